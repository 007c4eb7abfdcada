// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// An acceptance receipt from the case's state to a PDF file on disk, as the intake screen
// prints it the moment a case is accepted (issue 4 budget: < 300 ms), on the 80 mm roll and
// on A4; and, first of all, the same receipt in a process that has not yet loaded a font.
#include "core/case/CaseSummary.h"
#include "core/common/DataPaths.h"
#include "core/time/DeadlineClock.h"
#include "core/time/WorkingCalendar.h"
#include "tests/support/CaseFixture.h"
#include "widgets/documents/AcceptanceReceiptDocument.h"
#include "widgets/documents/DocumentOutput.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace sunhall;
using namespace casefixture;

namespace {

struct AcceptedCase
{
    CaseDriver driver{item(TestItem::Promised)};
    core::CaseSummary summary;
    widgets::HallInfo hall;
};

const AcceptedCase &acceptedCase()
{
    static const AcceptedCase accepted = [] {
        AcceptedCase c;
        if (const QString error = c.driver.reach(Stage::Review); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        auto calendar = core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
        if (!calendar)
            qFatal("%s", qPrintable(calendar.error().message));
        const core::DeadlineClock clock(calendar.value());
        c.summary = core::summarize(c.driver.state(), c.driver.item(), clock, c.driver.now());
        c.hall.name = QStringLiteral("青岛市示范行政服务中心");
        c.hall.phone = QStringLiteral("0532-12345678");
        c.hall.website = QStringLiteral("zwfw.qingdao.example.cn");
        c.hall.departments = {{QStringLiteral("SCJG"), QStringLiteral("青岛市市场监督管理局")}};
        return c;
    }();
    return accepted;
}

/// Builds the receipt from the case and writes it; false (with the reason) on failure.
bool receiptToPdf(widgets::PaperFormat paper, const QString &path, benchmark::State &state)
{
    const AcceptedCase &accepted = acceptedCase();
    auto receipt = widgets::AcceptanceReceiptDocument::fromCase(
        accepted.driver.state(), accepted.summary, accepted.driver.item(), accepted.hall);
    if (!receipt) {
        state.SkipWithError(qPrintable(receipt.error().message));
        return false;
    }
    const core::Status saved = widgets::DocumentOutput::savePdf(receipt->toPrintable(paper), path);
    if (!saved) {
        state.SkipWithError(qPrintable(saved.error().message));
        return false;
    }
    return true;
}

void runReceipt(benchmark::State &state, widgets::PaperFormat paper)
{
    acceptedCase(); // the case and the calendar are made outside the timing
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
    for (auto _ : state) {
        if (!receiptToPdf(paper, path, state))
            return;
    }
    state.counters["pdf_bytes"] = double(QFileInfo(path).size());
    state.counters["budget_ms"] = 300;
}

// Registered first so that it runs before anything has loaded a font.
void BM_FirstAcceptanceReceiptColdFonts(benchmark::State &state)
{
    runReceipt(state, widgets::PaperFormat::ReceiptRoll80mm);
}
BENCHMARK(BM_FirstAcceptanceReceiptColdFonts)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_AcceptanceReceiptRollToPdf(benchmark::State &state)
{
    runReceipt(state, widgets::PaperFormat::ReceiptRoll80mm);
}
BENCHMARK(BM_AcceptanceReceiptRollToPdf)->Unit(benchmark::kMillisecond);

void BM_AcceptanceReceiptA4ToPdf(benchmark::State &state)
{
    runReceipt(state, widgets::PaperFormat::A4);
}
BENCHMARK(BM_AcceptanceReceiptA4ToPdf)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
