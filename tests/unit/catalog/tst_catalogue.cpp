// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/Catalogue.h"
#include "core/catalog/CatalogueJson.h"
#include "core/catalog/CatalogueValidator.h"
#include "core/common/DataPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sunhall::core;
using namespace Qt::StringLiterals;

using Mutation = void (*)(Catalogue &);
Q_DECLARE_METATYPE(Mutation)

namespace {

FlowStep step(const QString &id, const QString &name, StepKind kind, Role role, int budget = 0)
{
    FlowStep s;
    s.id = id;
    s.name = name;
    s.kind = kind;
    s.role = role;
    s.budgetDays = budget;
    return s;
}

Material material(const QString &id, const QString &name, MaterialForm form, bool required = true)
{
    Material m;
    m.id = id;
    m.name = name;
    m.form = form;
    m.required = required;
    return m;
}

Item foodLicence()
{
    Item item;
    item.code = u"370200-SJ-XK-001"_s;
    item.name = u"食品经营许可"_s;
    item.department = u"SJ"_s;
    item.legalBasis = u"《中华人民共和国食品安全法》第三十五条"_s;
    item.conditions = u"具有与经营的食品品种、数量相适应的经营场所"_s;
    item.materials = {material(u"m1"_s, u"食品经营许可申请书"_s, MaterialForm::Original),
                      material(u"m2"_s, u"营业执照"_s, MaterialForm::Copy),
                      material(u"m3"_s, u"授权委托书"_s, MaterialForm::OriginalAndCopy, false)};
    item.materials[0].templateName = u"食品经营许可申请书"_s;
    item.materials[1].copies = 2;
    item.materials[2].note = u"委托他人办理时提交"_s;
    item.legalLimitDays = 20;
    item.promisedLimitDays = 7;
    item.greenChannelEligible = true;
    item.timeoutDefault = true;
    item.warnings = WarningThresholds{0.4, 2.0};
    item.certificate = CertificateSpec{u"食品经营许可证"_s, 5};
    item.flow.version = 2;
    item.flow.publishedOn = QDate(2025, 2, 17);
    item.flow.steps = {step(u"accept"_s, u"受理"_s, StepKind::Accept, Role::Clerk),
                       step(u"review"_s, u"审核"_s, StepKind::Review, Role::Reviewer, 4),
                       step(u"sign-off"_s, u"审批"_s, StepKind::SignOff, Role::ChiefApprover, 2),
                       step(u"conclude"_s, u"办结"_s, StepKind::Conclude, Role::Clerk),
                       step(u"print"_s, u"制证"_s, StepKind::PrintCertificate, Role::Clerk),
                       step(u"issue"_s, u"发证"_s, StepKind::IssueCertificate, Role::Clerk)};
    item.flow.steps[2].department = u"SJ"_s;
    return item;
}

Item firstRegistration()
{
    Item item;
    item.code = u"370200-ZG-QR-003"_s;
    item.name = u"国有建设用地使用权及房屋所有权首次登记"_s;
    item.department = u"ZG"_s;
    item.category = ItemCategory::Confirmation;
    item.legalBasis = u"《不动产登记暂行条例》第二十条"_s;
    item.materials = {material(u"m1"_s, u"不动产登记申请书"_s, MaterialForm::Electronic)};
    item.fees = {FeeItem{u"BDC-DJF-ZZ"_s, u"不动产登记费（住宅）"_s, Money::fromFen(8000),
                         u"发改价格规〔2016〕2559号"_s},
                 FeeItem{u"BDC-GBF"_s, u"不动产权属证书工本费"_s, Money::fromFen(1000),
                         u"财税〔2016〕79号"_s}};
    item.legalLimitDays = 30;
    item.promisedLimitDays = 10;
    item.certificate = CertificateSpec{u"不动产权证书"_s, 0};
    item.flow.steps = {step(u"accept"_s, u"受理"_s, StepKind::Accept, Role::Clerk),
                       step(u"review"_s, u"审核"_s, StepKind::Review, Role::Reviewer, 5),
                       step(u"sign-off"_s, u"登簿"_s, StepKind::SignOff, Role::ChiefApprover, 2),
                       step(u"conclude"_s, u"办结"_s, StepKind::Conclude, Role::Clerk),
                       step(u"fee"_s, u"收费"_s, StepKind::Fee, Role::Cashier),
                       step(u"print"_s, u"制证"_s, StepKind::PrintCertificate, Role::Clerk),
                       step(u"issue"_s, u"发证"_s, StepKind::IssueCertificate, Role::Clerk)};
    return item;
}

Item invoiceLimit()
{
    Item item;
    item.code = u"370200-SW-XK-001"_s;
    item.name = u"增值税专用发票最高开票限额审批"_s;
    item.department = u"SW"_s;
    item.kind = ItemKind::Immediate;
    item.legalBasis = u"国务院令第412号附件第236项"_s;
    item.materials = {material(u"m1"_s, u"申请单"_s, MaterialForm::Original)};
    item.promisedLimitDays = 0;
    item.maxExtensionDays = 0;
    item.flow.steps = {step(u"accept"_s, u"受理"_s, StepKind::Accept, Role::Clerk),
                       step(u"sign-off"_s, u"审批"_s, StepKind::SignOff, Role::ChiefApprover),
                       step(u"conclude"_s, u"办结"_s, StepKind::Conclude, Role::Clerk)};
    return item;
}

Item jointConstruction()
{
    Item item;
    item.code = u"370200-ZJ-XK-101"_s;
    item.name = u"建设项目施工许可联合审批"_s;
    item.department = u"ZJ"_s;
    item.kind = ItemKind::Joint;
    item.legalBasis = u"《中华人民共和国建筑法》第八条"_s;
    item.materials = {material(u"m1"_s, u"申请表"_s, MaterialForm::Original)};
    item.legalLimitDays = 45;
    item.promisedLimitDays = 15;
    item.maxExtensionDays = 15;
    item.certificate = CertificateSpec{u"建筑工程施工许可证"_s, 0};
    FlowStep parallel =
        step(u"joint-review"_s, u"并联审查"_s, StepKind::Review, Role::Reviewer, 10);
    parallel.parallelDepartments = {u"ZJ"_s, u"ZG"_s, u"SJ"_s};
    item.flow.steps = {
        step(u"accept"_s, u"受理"_s, StepKind::Accept, Role::Clerk), parallel,
        step(u"sign-off"_s, u"联合审批决定"_s, StepKind::SignOff, Role::ChiefApprover, 2),
        step(u"conclude"_s, u"办结"_s, StepKind::Conclude, Role::Clerk),
        step(u"issue"_s, u"发证"_s, StepKind::IssueCertificate, Role::Clerk)};
    return item;
}

Item farmlandConversion()
{
    Item item;
    item.code = u"370200-ZG-XK-201"_s;
    item.name = u"农用地转用审批"_s;
    item.department = u"ZG"_s;
    item.kind = ItemKind::Escalated;
    item.legalBasis = u"《中华人民共和国土地管理法》第四十四条"_s;
    item.materials = {material(u"m1"_s, u"农用地转用方案"_s, MaterialForm::Original)};
    item.promisedLimitDays = 15;
    item.flow.steps = {
        step(u"accept"_s, u"受理"_s, StepKind::Accept, Role::Clerk),
        step(u"review"_s, u"初审"_s, StepKind::Review, Role::Reviewer, 8),
        step(u"report-up"_s, u"签署意见并上报"_s, StepKind::LeaderSignOff, Role::Leader, 2),
        step(u"conclude"_s, u"办结"_s, StepKind::Conclude, Role::Clerk)};
    return item;
}

/// A small valid catalogue: one item of every kind, and every optional field set somewhere.
Catalogue sampleCatalogue()
{
    Catalogue c;
    c.version = 2;
    c.publishedAt = QDateTime(QDate(2025, 3, 3), QTime(8, 30), Qt::OffsetFromUTC, 8 * 3600);
    c.publishedBy = u"admin"_s;
    c.hallName = u"青岛市示范行政服务中心"_s;
    c.departments = {{u"SJ"_s, u"市场监督管理局"_s},
                     {u"ZG"_s, u"自然资源和规划局"_s},
                     {u"ZJ"_s, u"住房和城乡建设局"_s},
                     {u"SW"_s, u"税务局"_s}};
    c.items = {foodLicence(), firstRegistration(), invoiceLimit(), jointConstruction(),
               farmlandConversion()};
    return c;
}

void compareSteps(const FlowStep &a, const FlowStep &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(int(a.kind), int(b.kind));
    QCOMPARE(int(a.role), int(b.role));
    QCOMPARE(a.department, b.department);
    QCOMPARE(a.parallelDepartments, b.parallelDepartments);
    QCOMPARE(a.budgetDays, b.budgetDays);
}

void compareMaterials(const Material &a, const Material &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.required, b.required);
    QCOMPARE(int(a.form), int(b.form));
    QCOMPARE(a.copies, b.copies);
    QCOMPARE(a.templateName, b.templateName);
    QCOMPARE(a.note, b.note);
}

void compareItemHeads(const Item &a, const Item &b)
{
    QCOMPARE(a.code, b.code);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.department, b.department);
    QCOMPARE(int(a.category), int(b.category));
    QCOMPARE(int(a.kind), int(b.kind));
    QCOMPARE(a.legalBasis, b.legalBasis);
    QCOMPARE(a.conditions, b.conditions);
    QCOMPARE(a.legalLimitDays, b.legalLimitDays);
    QCOMPARE(a.promisedLimitDays, b.promisedLimitDays);
    QCOMPARE(a.maxExtensionDays, b.maxExtensionDays);
    QCOMPARE(a.greenChannelEligible, b.greenChannelEligible);
    QCOMPARE(a.timeoutDefault, b.timeoutDefault);
    QCOMPARE(a.warnings.blueUsedFraction, b.warnings.blueUsedFraction);
    QCOMPARE(a.warnings.yellowDaysLeft, b.warnings.yellowDaysLeft);
    QCOMPARE(a.certificate.has_value(), b.certificate.has_value());
    if (a.certificate) {
        QCOMPARE(a.certificate->name, b.certificate->name);
        QCOMPARE(a.certificate->validityYears, b.certificate->validityYears);
    }
}

void compareItems(const Item &a, const Item &b)
{
    compareItemHeads(a, b);
    QCOMPARE(a.materials.size(), b.materials.size());
    for (qsizetype i = 0; i < a.materials.size() && !QTest::currentTestFailed(); ++i)
        compareMaterials(a.materials.at(i), b.materials.at(i));
    QCOMPARE(a.fees.size(), b.fees.size());
    for (qsizetype i = 0; i < a.fees.size(); ++i) {
        QCOMPARE(a.fees.at(i).code, b.fees.at(i).code);
        QCOMPARE(a.fees.at(i).name, b.fees.at(i).name);
        QCOMPARE(a.fees.at(i).amount.fen(), b.fees.at(i).amount.fen());
        QCOMPARE(a.fees.at(i).basis, b.fees.at(i).basis);
    }
    QCOMPARE(a.flow.version, b.flow.version);
    QCOMPARE(a.flow.publishedOn, b.flow.publishedOn);
    QCOMPARE(a.flow.steps.size(), b.flow.steps.size());
    for (qsizetype i = 0; i < a.flow.steps.size() && !QTest::currentTestFailed(); ++i)
        compareSteps(a.flow.steps.at(i), b.flow.steps.at(i));
}

void compareCatalogues(const Catalogue &a, const Catalogue &b)
{
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.publishedAt, b.publishedAt);
    QCOMPARE(a.publishedBy, b.publishedBy);
    QCOMPARE(a.hallName, b.hallName);
    QCOMPARE(a.departments.size(), b.departments.size());
    for (qsizetype i = 0; i < a.departments.size(); ++i) {
        QCOMPARE(a.departments.at(i).code, b.departments.at(i).code);
        QCOMPARE(a.departments.at(i).name, b.departments.at(i).name);
    }
    QCOMPARE(a.items.size(), b.items.size());
    for (qsizetype i = 0; i < a.items.size() && !QTest::currentTestFailed(); ++i)
        compareItems(a.items.at(i), b.items.at(i));
}

/// `items[1].materials[0].form` → {"items", 1, "materials", 0, "form"}.
QVariantList splitPath(const QString &path)
{
    QVariantList parts;
    static const QRegularExpression token(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    for (auto it = token.globalMatch(path); it.hasNext();) {
        const auto match = it.next();
        if (match.hasCaptured(2))
            parts.append(match.captured(2).toInt());
        else
            parts.append(match.captured(1));
    }
    return parts;
}

/// `node` with the value at `path` replaced by `value`, or removed when `value` is undefined.
QJsonValue replaced(const QJsonValue &node, QVariantList path, const QJsonValue &value)
{
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        array[index] = path.isEmpty() ? value : replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = head.toString();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = path.isEmpty() ? value : replaced(object.value(key), path, value);
    return object;
}

QByteArray sampleWith(const QString &path, const QJsonValue &value)
{
    const QJsonObject root =
        QJsonDocument::fromJson(CatalogueJson::write(sampleCatalogue())).object();
    return QJsonDocument(replaced(root, splitPath(path), value).toObject()).toJson();
}

QString describe(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(u"%1 [%2] %3"_s.arg(error.code, error.field, error.message));
    return lines.join(u'\n');
}

Result<Catalogue> loadDemo()
{
    QFile file(DataPaths::catalogDir() + u"/demo-catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"test.demo-missing"_s, file.fileName() + u": "_s + file.errorString());
    return CatalogueJson::parse(file.readAll());
}

} // namespace

class tst_Catalogue : public QObject
{
    Q_OBJECT
private slots:
    void enumIds_data();
    void enumIds();
    void unknownEnumIds();
    void lookup();
    void standardFee();

    void jsonRoundTrip();
    void itemJsonRoundTrip();
    void optionalFieldsOmitted();
    void parseErrorMessageNamesItemAndField();
    void parseRejectsNonCatalogue_data();
    void parseRejectsNonCatalogue();
    void parseErrors_data();
    void parseErrors();
    void itemFromJsonErrorIsRelative();

    void sampleIsValid();
    void validatorErrors_data();
    void validatorErrors();
    void validatorReportsEveryProblem();
    void validateItemAlone();

    void demoCatalogue();
};

void tst_Catalogue::enumIds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("id");
    const auto add = [](const char *type, int value, const char *id) {
        QTest::addRow("%s %s", type, id)
            << QString::fromLatin1(type) << value << QString::fromLatin1(id);
    };
    add("category", int(ItemCategory::Licensing), "licensing");
    add("category", int(ItemCategory::NonLicensingApproval), "non-licensing-approval");
    add("category", int(ItemCategory::PublicService), "public-service");
    add("category", int(ItemCategory::Confirmation), "confirmation");
    add("category", int(ItemCategory::Levy), "levy");
    add("category", int(ItemCategory::Other), "other");
    add("kind", int(ItemKind::Immediate), "immediate");
    add("kind", int(ItemKind::Promised), "promised");
    add("kind", int(ItemKind::Joint), "joint");
    add("kind", int(ItemKind::Escalated), "escalated");
    add("form", int(MaterialForm::Original), "original");
    add("form", int(MaterialForm::Copy), "copy");
    add("form", int(MaterialForm::OriginalAndCopy), "original-and-copy");
    add("form", int(MaterialForm::Electronic), "electronic");
    add("step", int(StepKind::Accept), "accept");
    add("step", int(StepKind::Review), "review");
    add("step", int(StepKind::SignOff), "sign-off");
    add("step", int(StepKind::LeaderSignOff), "leader-sign-off");
    add("step", int(StepKind::Conclude), "conclude");
    add("step", int(StepKind::Fee), "fee");
    add("step", int(StepKind::PrintCertificate), "print-certificate");
    add("step", int(StepKind::IssueCertificate), "issue-certificate");
}

void tst_Catalogue::enumIds()
{
    QFETCH(QString, type);
    QFETCH(int, value);
    QFETCH(QString, id);
    if (type == "category"_L1) {
        QCOMPARE(itemCategoryId(ItemCategory(value)), id);
        QCOMPARE(itemCategoryFromId(id), std::optional(ItemCategory(value)));
        QVERIFY(!itemCategoryDisplayName(ItemCategory(value)).isEmpty());
        QVERIFY(allItemCategories().contains(ItemCategory(value)));
    } else if (type == "kind"_L1) {
        QCOMPARE(itemKindId(ItemKind(value)), id);
        QCOMPARE(itemKindFromId(id), std::optional(ItemKind(value)));
        QVERIFY(!itemKindDisplayName(ItemKind(value)).isEmpty());
        QVERIFY(allItemKinds().contains(ItemKind(value)));
    } else if (type == "form"_L1) {
        QCOMPARE(materialFormId(MaterialForm(value)), id);
        QCOMPARE(materialFormFromId(id), std::optional(MaterialForm(value)));
        QVERIFY(!materialFormDisplayName(MaterialForm(value)).isEmpty());
        QVERIFY(allMaterialForms().contains(MaterialForm(value)));
    } else {
        QCOMPARE(stepKindId(StepKind(value)), id);
        QCOMPARE(stepKindFromId(id), std::optional(StepKind(value)));
        QVERIFY(!stepKindDisplayName(StepKind(value)).isEmpty());
        QVERIFY(allStepKinds().contains(StepKind(value)));
    }
}

void tst_Catalogue::unknownEnumIds()
{
    QVERIFY(!itemCategoryFromId(u"permit"_s));
    QVERIFY(!itemKindFromId(u"Immediate"_s));
    QVERIFY(!materialFormFromId(u"scan"_s));
    QVERIFY(!stepKindFromId(u""_s));
    QCOMPARE(allItemCategories().size(), 6);
    QCOMPARE(allItemKinds().size(), 4);
    QCOMPARE(allMaterialForms().size(), 4);
    QCOMPARE(allStepKinds().size(), 8);
}

void tst_Catalogue::lookup()
{
    const Catalogue catalogue = sampleCatalogue();
    const Item *item = catalogue.item(u"370200-SW-XK-001"_s);
    QVERIFY(item);
    QCOMPARE(item->name, u"增值税专用发票最高开票限额审批"_s);
    QCOMPARE(catalogue.item(u"370200-SW-XK-999"_s), nullptr);
    const Department *department = catalogue.department(u"ZG"_s);
    QVERIFY(department);
    QCOMPARE(department->name, u"自然资源和规划局"_s);
    QCOMPARE(catalogue.department(u"GA"_s), nullptr);
}

void tst_Catalogue::standardFee()
{
    const Catalogue catalogue = sampleCatalogue();
    QCOMPARE(catalogue.item(u"370200-ZG-QR-003"_s)->standardFee().fen(), 9000);
    QCOMPARE(catalogue.item(u"370200-SJ-XK-001"_s)->standardFee().fen(), 0);
}

void tst_Catalogue::jsonRoundTrip()
{
    const Catalogue original = sampleCatalogue();
    const QByteArray json = CatalogueJson::write(original);
    const auto parsed = CatalogueJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    compareCatalogues(*parsed, original);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(CatalogueJson::write(*parsed), json);
    // The file is indented, one key per line, for a readable diff between versions.
    QVERIFY(json.contains("\n    \"hallName\": \"青岛市示范行政服务中心\",\n"));
    QVERIFY(json.contains("\"amountFen\": 8000"));
}

void tst_Catalogue::itemJsonRoundTrip()
{
    for (const Item &item : sampleCatalogue().items) {
        const QJsonObject object = CatalogueJson::itemToJson(item);
        const auto parsed = CatalogueJson::itemFromJson(object);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        compareItems(*parsed, item);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(CatalogueJson::itemToJson(*parsed), object);
    }
}

void tst_Catalogue::optionalFieldsOmitted()
{
    const Catalogue catalogue = sampleCatalogue();
    const QJsonObject plain = CatalogueJson::itemToJson(catalogue.items.at(2));
    for (const char *key : {"conditions", "fees", "greenChannelEligible", "timeoutDefault",
                            "warnings", "certificate"}) {
        QVERIFY2(!plain.contains(QLatin1String(key)), key);
    }
    const QJsonObject full = CatalogueJson::itemToJson(catalogue.items.at(0));
    for (const char *key :
         {"conditions", "greenChannelEligible", "timeoutDefault", "warnings", "certificate"}) {
        QVERIFY2(full.contains(QLatin1String(key)), key);
    }
    // A certificate without expiry is still a certificate.
    const QJsonObject noExpiry = CatalogueJson::itemToJson(catalogue.items.at(1));
    QCOMPARE(noExpiry.value("certificate"_L1).toObject().value("validityYears"_L1).toInt(-1), 0);
}

void tst_Catalogue::parseErrorMessageNamesItemAndField()
{
    const auto parsed =
        CatalogueJson::parse(sampleWith(u"items[0].materials[2].form"_s, u"scan"_s));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"catalog.parse.unknown-value"_s);
    QCOMPARE(parsed.error().field, u"items[0].materials[2].form"_s);
    QCOMPARE(parsed.error().message,
             u"items[0] \"370200-SJ-XK-001\": materials[2].form: \"scan\" is not one of "
             "original, copy, original-and-copy, electronic"_s);
}

void tst_Catalogue::parseRejectsNonCatalogue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"catalog.parse.syntax"_s;
    QTest::newRow("truncated") << QByteArray("{\"version\": 1,") << u"catalog.parse.syntax"_s;
    QTest::newRow("list") << QByteArray("[]") << u"catalog.parse.wrong-type"_s;
    QTest::newRow("too large") << QByteArray(CatalogueJson::maxBytes + 1, ' ')
                               << u"catalog.parse.too-large"_s;
}

void tst_Catalogue::parseRejectsNonCatalogue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const auto parsed = CatalogueJson::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void tst_Catalogue::parseErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageStart");

    const QJsonValue removed(QJsonValue::Undefined);
    const QString missing = u"catalog.parse.missing-field"_s;
    const QString type = u"catalog.parse.wrong-type"_s;
    const QString unknownValue = u"catalog.parse.unknown-value"_s;
    const QString unknownField = u"catalog.parse.unknown-field"_s;
    const QString bad = u"catalog.parse.bad-value"_s;
    const auto row = [](const char *name, const QString &path, const QJsonValue &value,
                        const QString &code, const QString &field, const QString &start) {
        QTest::newRow(name) << path << value << code << field << start;
    };
    const QString food = u"items[0] \"370200-SJ-XK-001\": "_s;
    const QString registration = u"items[1] \"370200-ZG-QR-003\": "_s;
    const QString joint = u"items[3] \"370200-ZJ-XK-101\": "_s;

    row("no version", u"version"_s, removed, missing, u"version"_s, u"version: "_s);
    row("version as text", u"version"_s, u"3"_s, type, u"version"_s, u"version: "_s);
    row("hall name a number", u"hallName"_s, 7, type, u"hallName"_s, u"hallName: "_s);
    row("published without offset", u"publishedAt"_s, u"2025-03-03T08:30:00"_s, bad,
        u"publishedAt"_s, u"publishedAt: "_s);
    row("unknown top field", u"publisher"_s, u"admin"_s, unknownField, u"publisher"_s,
        u"publisher: "_s);
    row("department without name", u"departments[1].name"_s, removed, missing,
        u"departments[1].name"_s, u"departments[1].name: "_s);
    row("item not an object", u"items[1]"_s, u"x"_s, type, u"items[1]"_s, u"items[1]: "_s);
    row("item without code", u"items[2].code"_s, removed, missing, u"items[2].code"_s,
        u"items[2]: code: "_s);
    row("item without name", u"items[1].name"_s, removed, missing, u"items[1].name"_s,
        registration + u"name: "_s);
    row("unknown category", u"items[2].category"_s, u"permit"_s, unknownValue,
        u"items[2].category"_s, u"items[2] \"370200-SW-XK-001\": category: \"permit\""_s);
    row("unknown kind", u"items[3].kind"_s, u"parallel"_s, unknownValue, u"items[3].kind"_s,
        joint + u"kind: "_s);
    row("misspelt field", u"items[0].promisedLimtDays"_s, 5, unknownField,
        u"items[0].promisedLimtDays"_s, food + u"promisedLimtDays: "_s);
    row("no legal limit", u"items[0].legalLimitDays"_s, removed, missing,
        u"items[0].legalLimitDays"_s, food + u"legalLimitDays: "_s);
    row("limit beyond int", u"items[0].legalLimitDays"_s, 3e10, bad, u"items[0].legalLimitDays"_s,
        food + u"legalLimitDays: "_s);
    row("green channel as text", u"items[0].greenChannelEligible"_s, u"true"_s, type,
        u"items[0].greenChannelEligible"_s, food + u"greenChannelEligible: "_s);
    row("material required as text", u"items[0].materials[0].required"_s, u"yes"_s, type,
        u"items[0].materials[0].required"_s, food + u"materials[0].required: "_s);
    row("half a copy", u"items[0].materials[1].copies"_s, 1.5, bad,
        u"items[0].materials[1].copies"_s, food + u"materials[1].copies: "_s);
    row("materials an object", u"items[1].materials"_s, QJsonObject(), type,
        u"items[1].materials"_s, registration + u"materials: "_s);
    row("fee in yuan text", u"items[1].fees[0].amountFen"_s, u"80.00"_s, type,
        u"items[1].fees[0].amountFen"_s, registration + u"fees[0].amountFen: "_s);
    row("fee with half a fen", u"items[1].fees[1].amountFen"_s, 10.5, bad,
        u"items[1].fees[1].amountFen"_s, registration + u"fees[1].amountFen: "_s);
    row("fee without basis", u"items[1].fees[1].basis"_s, removed, missing,
        u"items[1].fees[1].basis"_s, registration + u"fees[1].basis: "_s);
    row("certificate as text", u"items[0].certificate"_s, u"食品经营许可证"_s, type,
        u"items[0].certificate"_s, food + u"certificate: "_s);
    row("warning without yellow", u"items[0].warnings.yellowDaysLeft"_s, removed, missing,
        u"items[0].warnings.yellowDaysLeft"_s, food + u"warnings.yellowDaysLeft: "_s);
    row("no flow", u"items[4].flow"_s, removed, missing, u"items[4].flow"_s,
        u"items[4] \"370200-ZG-XK-201\": flow: "_s);
    row("bad flow date", u"items[0].flow.publishedOn"_s, u"2025-02-30"_s, bad,
        u"items[0].flow.publishedOn"_s, food + u"flow.publishedOn: \"2025-02-30\""_s);
    row("unknown step kind", u"items[0].flow.steps[1].kind"_s, u"approve"_s, unknownValue,
        u"items[0].flow.steps[1].kind"_s, food + u"flow.steps[1].kind: \"approve\""_s);
    row("unknown role", u"items[0].flow.steps[0].role"_s, u"window"_s, unknownValue,
        u"items[0].flow.steps[0].role"_s, food + u"flow.steps[0].role: \"window\""_s);
    row("step without budget", u"items[2].flow.steps[1].budgetDays"_s, removed, missing,
        u"items[2].flow.steps[1].budgetDays"_s,
        u"items[2] \"370200-SW-XK-001\": flow.steps[1].budgetDays: "_s);
    row("parallel department a number", u"items[3].flow.steps[1].parallelDepartments[1]"_s, 7, type,
        u"items[3].flow.steps[1].parallelDepartments[1]"_s,
        joint + u"flow.steps[1].parallelDepartments[1]: "_s);
}

void tst_Catalogue::parseErrors()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messageStart);

    const auto parsed = CatalogueJson::parse(sampleWith(path, value));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.startsWith(messageStart), qPrintable(parsed.error().message));
}

void tst_Catalogue::itemFromJsonErrorIsRelative()
{
    QJsonObject object = CatalogueJson::itemToJson(foodLicence());
    object.remove("name"_L1);
    const auto parsed = CatalogueJson::itemFromJson(object);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"catalog.parse.missing-field"_s);
    QCOMPARE(parsed.error().field, u"name"_s);
    QVERIFY2(parsed.error().message.startsWith(u"item \"370200-SJ-XK-001\": name: "_s),
             qPrintable(parsed.error().message));
}

void tst_Catalogue::sampleIsValid()
{
    const QList<Error> errors = CatalogueValidator::validate(sampleCatalogue());
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void tst_Catalogue::validatorErrors_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("itemCode");

    const QString food = u"370200-SJ-XK-001"_s;
    const QString registration = u"370200-ZG-QR-003"_s;
    const QString immediate = u"370200-SW-XK-001"_s;
    const QString joint = u"370200-ZJ-XK-101"_s;
    const QString escalated = u"370200-ZG-XK-201"_s;
    const auto row = [](const char *name, Mutation mutation, const char *code, const char *field,
                        const QString &itemCode) {
        QTest::newRow(name) << mutation << QString::fromLatin1(code) << QString::fromLatin1(field)
                            << itemCode;
    };

    row("catalogue version 0", [](Catalogue &c) { c.version = 0; }, "catalog.version", "version",
        {});
    row("department code twice",
        [](Catalogue &c) {
            c.departments.append({u"SJ"_s, u"市场监管"_s});
        },
        "catalog.department.code-duplicate", "departments[4].code", {});
    row("department without code",
        [](Catalogue &c) {
            c.departments.append({{}, u"教育局"_s});
        },
        "catalog.department.code-empty", "departments[4].code", {});
    row("department without name", [](Catalogue &c) { c.departments[3].name.clear(); },
        "catalog.department.name-empty", "departments[3].name", {});
    row(
        "item without code", [](Catalogue &c) { c.items[2].code.clear(); },
        "catalog.item.code-empty", "items[2].code", u"items[2]"_s);
    row(
        "item code twice", [](Catalogue &c) { c.items[4].code = c.items[0].code; },
        "catalog.item.code-duplicate", "items[4].code", food);
    row(
        "item without name", [](Catalogue &c) { c.items[1].name = u"  "_s; },
        "catalog.item.name-empty", "items[1].name", registration);
    row(
        "unknown department", [](Catalogue &c) { c.items[0].department = u"XX"_s; },
        "catalog.item.unknown-department", "items[0].department", food);
    row(
        "negative legal limit", [](Catalogue &c) { c.items[4].legalLimitDays = -1; },
        "catalog.item.negative-limit", "items[4].legalLimitDays", escalated);
    row(
        "negative promised limit", [](Catalogue &c) { c.items[0].promisedLimitDays = -2; },
        "catalog.item.negative-limit", "items[0].promisedLimitDays", food);
    row(
        "promised over legal", [](Catalogue &c) { c.items[0].promisedLimitDays = 25; },
        "catalog.item.promised-over-legal", "items[0].promisedLimitDays", food);
    row(
        "immediate with a limit", [](Catalogue &c) { c.items[2].promisedLimitDays = 1; },
        "catalog.item.immediate-limit", "items[2].promisedLimitDays", immediate);
    row(
        "extension 11", [](Catalogue &c) { c.items[0].maxExtensionDays = 11; },
        "catalog.item.extension-range", "items[0].maxExtensionDays", food);
    row(
        "joint extension 16", [](Catalogue &c) { c.items[3].maxExtensionDays = 16; },
        "catalog.item.extension-range", "items[3].maxExtensionDays", joint);
    row(
        "negative extension", [](Catalogue &c) { c.items[2].maxExtensionDays = -1; },
        "catalog.item.extension-range", "items[2].maxExtensionDays", immediate);
    row(
        "negative fee", [](Catalogue &c) { c.items[1].fees[0].amount = Money::fromFen(-100); },
        "catalog.fee.negative", "items[1].fees[0].amountFen", registration);
    row(
        "fee code twice", [](Catalogue &c) { c.items[1].fees[1].code = c.items[1].fees[0].code; },
        "catalog.fee.code-duplicate", "items[1].fees[1].code", registration);
    row(
        "fee without code", [](Catalogue &c) { c.items[1].fees[1].code.clear(); },
        "catalog.fee.code-empty", "items[1].fees[1].code", registration);
    row(
        "fee without name", [](Catalogue &c) { c.items[1].fees[0].name.clear(); },
        "catalog.fee.name-empty", "items[1].fees[0].name", registration);
    row(
        "material id twice", [](Catalogue &c) { c.items[0].materials[1].id = u"m1"_s; },
        "catalog.material.id-duplicate", "items[0].materials[1].id", food);
    row(
        "material without id", [](Catalogue &c) { c.items[0].materials[2].id.clear(); },
        "catalog.material.id-empty", "items[0].materials[2].id", food);
    row(
        "material without name", [](Catalogue &c) { c.items[0].materials[1].name.clear(); },
        "catalog.material.name-empty", "items[0].materials[1].name", food);
    row(
        "no copies", [](Catalogue &c) { c.items[0].materials[1].copies = 0; },
        "catalog.material.copies", "items[0].materials[1].copies", food);
    row(
        "blue at 0", [](Catalogue &c) { c.items[0].warnings.blueUsedFraction = 0; },
        "catalog.warnings.blue", "items[0].warnings.blueUsedFraction", food);
    row(
        "blue above 1", [](Catalogue &c) { c.items[0].warnings.blueUsedFraction = 1.5; },
        "catalog.warnings.blue", "items[0].warnings.blueUsedFraction", food);
    row(
        "negative yellow", [](Catalogue &c) { c.items[0].warnings.yellowDaysLeft = -1; },
        "catalog.warnings.yellow", "items[0].warnings.yellowDaysLeft", food);
    row(
        "certificate without name", [](Catalogue &c) { c.items[0].certificate->name.clear(); },
        "catalog.certificate.name-empty", "items[0].certificate.name", food);
    row(
        "negative validity", [](Catalogue &c) { c.items[0].certificate->validityYears = -1; },
        "catalog.certificate.validity", "items[0].certificate.validityYears", food);
    row(
        "flow version 0", [](Catalogue &c) { c.items[0].flow.version = 0; }, "catalog.flow.version",
        "items[0].flow.version", food);
    row(
        "no steps", [](Catalogue &c) { c.items[2].flow.steps.clear(); }, "catalog.flow.empty",
        "items[2].flow.steps", immediate);
    row(
        "step id twice",
        [](Catalogue &c) { c.items[0].flow.steps[2].id = c.items[0].flow.steps[1].id; },
        "catalog.flow.step-id-duplicate", "items[0].flow.steps[2].id", food);
    row(
        "step without id", [](Catalogue &c) { c.items[0].flow.steps[3].id.clear(); },
        "catalog.flow.step-id-empty", "items[0].flow.steps[3].id", food);
    row(
        "starts with review",
        [](Catalogue &c) { c.items[2].flow.steps[0].kind = StepKind::Review; },
        "catalog.flow.first-step", "items[2].flow.steps[0].kind", immediate);
    row(
        "accepted by a reviewer",
        [](Catalogue &c) { c.items[0].flow.steps[0].role = Role::Reviewer; },
        "catalog.flow.first-step", "items[0].flow.steps[0].role", food);
    row(
        "second acceptance", [](Catalogue &c) { c.items[0].flow.steps[1].kind = StepKind::Accept; },
        "catalog.flow.accept-repeated", "items[0].flow.steps[1].kind", food);
    row(
        "no sign-off", [](Catalogue &c) { c.items[0].flow.steps[2].kind = StepKind::Review; },
        "catalog.flow.sign-off-count", "items[0].flow.steps", food);
    row(
        "concluded before the decision",
        [](Catalogue &c) { c.items[2].flow.steps.swapItemsAt(1, 2); },
        "catalog.flow.before-decision", "items[2].flow.steps[1].kind", immediate);
    row(
        "review after the decision", [](Catalogue &c) { c.items[0].flow.steps.swapItemsAt(1, 2); },
        "catalog.flow.after-decision", "items[0].flow.steps[2].kind", food);
    row(
        "fee step without fees", [](Catalogue &c) { c.items[1].fees.clear(); },
        "catalog.flow.fee-step-without-fees", "items[1].flow.steps[4].kind", registration);
    row(
        "fees without fee step", [](Catalogue &c) { c.items[1].flow.steps.removeAt(4); },
        "catalog.flow.fee-step-missing", "items[1].flow.steps", registration);
    row(
        "certificate step without certificate",
        [](Catalogue &c) {
            c.items[4].flow.steps.append(
                step(u"issue"_s, u"发证"_s, StepKind::IssueCertificate, Role::Clerk));
        },
        "catalog.flow.certificate-step-without-spec", "items[4].flow.steps[4].kind", escalated);
    row(
        "certificate never handed over", [](Catalogue &c) { c.items[0].flow.steps.removeLast(); },
        "catalog.flow.issue-step-missing", "items[0].flow.steps", food);
    row(
        "issued before printed", [](Catalogue &c) { c.items[0].flow.steps.swapItemsAt(4, 5); },
        "catalog.flow.issue-before-print", "items[0].flow.steps[4].kind", food);
    row(
        "fee collected by a clerk",
        [](Catalogue &c) { c.items[1].flow.steps[4].role = Role::Clerk; }, "catalog.flow.step-role",
        "items[1].flow.steps[4].role", registration);
    row(
        "signed by a reviewer",
        [](Catalogue &c) { c.items[3].flow.steps[2].role = Role::Reviewer; },
        "catalog.flow.step-role", "items[3].flow.steps[2].role", joint);
    row(
        "step of an unknown department",
        [](Catalogue &c) { c.items[0].flow.steps[2].department = u"XX"_s; },
        "catalog.flow.unknown-department", "items[0].flow.steps[2].department", food);
    row(
        "parallel unknown department",
        [](Catalogue &c) { c.items[3].flow.steps[1].parallelDepartments[2] = u"XX"_s; },
        "catalog.flow.unknown-department", "items[3].flow.steps[1].parallelDepartments[2]", joint);
    row(
        "parallel on a promised item",
        [](Catalogue &c) {
            c.items[0].flow.steps[1].parallelDepartments = {u"SJ"_s, u"ZG"_s};
        },
        "catalog.flow.parallel-not-joint", "items[0].flow.steps[1].parallelDepartments", food);
    row(
        "parallel with one department",
        [](Catalogue &c) { c.items[3].flow.steps[1].parallelDepartments = {u"ZJ"_s}; },
        "catalog.flow.parallel-too-few", "items[3].flow.steps[1].parallelDepartments", joint);
    row(
        "parallel department twice",
        [](Catalogue &c) { c.items[3].flow.steps[1].parallelDepartments[2] = u"ZJ"_s; },
        "catalog.flow.parallel-duplicate", "items[3].flow.steps[1].parallelDepartments", joint);
    row(
        "joint without parallel step",
        [](Catalogue &c) { c.items[3].flow.steps[1].parallelDepartments.clear(); },
        "catalog.flow.joint-without-parallel", "items[3].flow.steps", joint);
    row(
        "negative budget", [](Catalogue &c) { c.items[0].flow.steps[1].budgetDays = -1; },
        "catalog.flow.negative-budget", "items[0].flow.steps[1].budgetDays", food);
    row(
        "budgets over the promise", [](Catalogue &c) { c.items[0].flow.steps[1].budgetDays = 6; },
        "catalog.flow.budget-over-promised", "items[0].flow.steps", food);
}

void tst_Catalogue::validatorErrors()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, itemCode);

    Catalogue catalogue = sampleCatalogue();
    mutation(catalogue);
    const QList<Error> errors = CatalogueValidator::validate(catalogue);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(itemCode), qPrintable(errors.first().message));
}

void tst_Catalogue::validatorReportsEveryProblem()
{
    Catalogue catalogue = sampleCatalogue();
    catalogue.items[0].promisedLimitDays = 25;
    catalogue.items[2].flow.steps.clear();
    catalogue.items[3].maxExtensionDays = 20;
    const QList<Error> errors = CatalogueValidator::validate(catalogue);
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    QCOMPARE(fields, QStringList({u"items[0].promisedLimitDays"_s, u"items[2].flow.steps"_s,
                                  u"items[3].maxExtensionDays"_s}));
}

void tst_Catalogue::validateItemAlone()
{
    const Catalogue catalogue = sampleCatalogue();
    QVERIFY(
        CatalogueValidator::validateItem(catalogue.items.at(3), catalogue.departments).isEmpty());
    Item item = catalogue.items.at(0);
    item.promisedLimitDays = 21;
    const QList<Error> errors = CatalogueValidator::validateItem(item, catalogue.departments);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, u"catalog.item.promised-over-legal"_s);
    QCOMPARE(errors.first().field, u"promisedLimitDays"_s);
    // Without its department the item cannot be checked as belonging anywhere.
    QCOMPARE(CatalogueValidator::validateItem(catalogue.items.at(0), {}).first().code,
             u"catalog.item.unknown-department"_s);
}

void tst_Catalogue::demoCatalogue()
{
    const auto loaded = loadDemo();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const Catalogue &demo = *loaded;
    const QList<Error> errors = CatalogueValidator::validate(demo);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));

    QVERIFY(!demo.hallName.isEmpty());
    QVERIFY(demo.items.size() >= 30);
    QVERIFY(demo.departments.size() >= 10);
    QSet<ItemKind> kinds;
    QSet<ItemCategory> categories;
    int greenChannel = 0;
    int withFees = 0;
    int withCertificate = 0;
    for (const Item &item : demo.items) {
        kinds.insert(item.kind);
        categories.insert(item.category);
        greenChannel += item.greenChannelEligible ? 1 : 0;
        withFees += item.fees.isEmpty() ? 0 : 1;
        withCertificate += item.certificate ? 1 : 0;
        QVERIFY2(demo.department(item.department), qPrintable(item.code));
        QVERIFY2(!item.legalBasis.isEmpty(), qPrintable(item.code));
        QVERIFY2(!item.materials.isEmpty(), qPrintable(item.code));
        QVERIFY2(item.flow.steps.size() <= 7, qPrintable(item.code));
        QCOMPARE(demo.item(item.code), &item);
    }
    QCOMPARE(kinds.size(), allItemKinds().size());
    QCOMPARE(categories.size(), allItemCategories().size());
    QVERIFY(greenChannel >= 2);
    QVERIFY(withFees >= 1);
    QVERIFY(withCertificate >= 10);

    const auto again = CatalogueJson::parse(CatalogueJson::write(demo));
    QVERIFY(again.ok());
    compareCatalogues(*again, demo);
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
