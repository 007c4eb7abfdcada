// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Folding a case from its events, deciding a command, and summarising the read-model row:
// what a client does for every pulled case and the server for every pushed command.
#include "core/case/CaseAggregate.h"
#include "core/case/CaseState.h"
#include "core/case/CaseSummary.h"
#include "core/case/Commands.h"
#include "core/common/DataPaths.h"
#include "tests/support/CaseFixture.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace sunhall::core;
using namespace casefixture;

namespace {

const CaseDriver &concludedCase()
{
    static const CaseDriver driver = [] {
        CaseDriver d(item(TestItem::Promised));
        if (const QString error = d.reach(Stage::Concluded); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        return d;
    }();
    return driver;
}

void BM_FoldConcludedCase(benchmark::State &state)
{
    const QList<Event> &events = concludedCase().events();
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseState::fold(events));
    state.SetItemsProcessed(state.iterations() * events.size());
    state.counters["events_per_case"] = double(events.size());
}
BENCHMARK(BM_FoldConcludedCase);

void BM_DecideCompleteReview(benchmark::State &state)
{
    CaseDriver driver(item(TestItem::Promised));
    if (const QString error = driver.reach(Stage::Review); !error.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    Command command = Commands::completeStep(driver.caseId(), QStringLiteral("review"),
                                             QStringLiteral("材料齐全，同意。"));
    command.actor = reviewer();
    command.workstation = QStringLiteral("W07");
    command.clientTime = at(2025, 1, 22, 10);
    command.workstationSeq = 99;
    for (auto _ : state) {
        auto events = CaseAggregate::decide(driver.state(), command, driver.item());
        if (!events)
            state.SkipWithError(qPrintable(events.error().message));
        benchmark::DoNotOptimize(events);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecideCompleteReview);

void BM_SummarizeRunningCase(benchmark::State &state)
{
    static const WorkingCalendar calendar =
        WorkingCalendar::loadDirectory(DataPaths::calendarsDir()).value();
    const DeadlineClock clock(calendar);
    CaseDriver driver(item(TestItem::Promised));
    if (const QString error = driver.reach(Stage::Review); !error.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const QDateTime readAt = at(2025, 2, 10, 15);
    for (auto _ : state)
        benchmark::DoNotOptimize(summarize(driver.state(), driver.item(), clock, readAt));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SummarizeRunningCase);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
