// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/documents/DocumentFixture.h"

#include "core/time/DeadlineClock.h"

#include <QDir>

namespace documentfixture {

using namespace sunhall;
using namespace casefixture;

widgets::HallInfo hall()
{
    widgets::HallInfo info;
    info.name = QStringLiteral("青岛市示范行政服务中心");
    info.address = QStringLiteral("青岛市市南区东海西路1号");
    info.phone = QStringLiteral("0532-12345678");
    info.website = QStringLiteral("zwfw.qingdao.example.cn");
    info.reviewBody = QStringLiteral("青岛市人民政府");
    info.court = QStringLiteral("青岛市市南区人民法院");
    info.departments = {{QStringLiteral("SCJG"), QStringLiteral("青岛市市场监督管理局")},
                        {QStringLiteral("FGW"), QStringLiteral("青岛市发展和改革委员会")}};
    return info;
}

CaseDriver caseAt(Stage stage, QString *error)
{
    CaseDriver driver(item(TestItem::Promised));
    *error = driver.reach(stage);
    return driver;
}

core::CaseSummary summaryOf(const CaseDriver &driver, const core::WorkingCalendar &calendar)
{
    const core::DeadlineClock clock(calendar);
    return core::summarize(driver.state(), driver.item(), clock, driver.now());
}

QString problemOf(int n)
{
    return QStringLiteral("第%1项：未提交原件").arg(n, 2, 10, QLatin1Char('0'));
}

CaseDriver manyMissingMaterials(int count, QString *error)
{
    core::Item many = item(TestItem::Promised);
    many.materials.clear();
    for (int n = 1; n <= count; ++n) {
        core::Material material;
        material.id = QStringLiteral("m%1").arg(n);
        material.name = QStringLiteral("补充材料%1").arg(n, 2, 10, QLatin1Char('0'));
        material.form = n % 2 ? core::MaterialForm::Original : core::MaterialForm::Copy;
        material.copies = 1 + n % 3;
        many.materials.append(material);
    }
    CaseDriver driver(many);
    *error = driver.reach(Stage::RegisteredIncomplete);
    if (!error->isEmpty())
        return driver;
    QList<core::MaterialProblem> problems;
    for (int n = 2; n <= count; ++n)
        problems.append({QStringLiteral("m%1").arg(n), problemOf(n)});
    *error = driver.must(core::Commands::requestSupplement(driver.caseId(), problems), clerk());
    return driver;
}

QString buildFolder(const QString &name)
{
    const QString dir = QDir::currentPath() + QLatin1Char('/') + name;
    QDir().mkpath(dir);
    return dir;
}

} // namespace documentfixture
