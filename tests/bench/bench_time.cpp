// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Due-date computation: what every queue, board refresh and intake screen does per case.
#include "core/common/DataPaths.h"
#include "core/time/DeadlineClock.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace sunhall::core;

namespace {

const WorkingCalendar &calendar()
{
    static const WorkingCalendar shipped =
        WorkingCalendar::loadDirectory(DataPaths::calendarsDir()).value();
    return shipped;
}

void BM_DueDate(benchmark::State &state)
{
    const DeadlineClock clock(calendar());
    const QDate first(2024, 1, 2);
    int offset = 0;
    for (auto _ : state) {
        const ClockSpec spec{first.addDays(offset % 600), int(state.range(0)), 0, {}};
        benchmark::DoNotOptimize(clock.dueDate(spec));
        ++offset;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DueDate)->Arg(5)->Arg(20)->Arg(45);

void BM_DueDateWithSuspensionAndExtension(benchmark::State &state)
{
    const DeadlineClock clock(calendar());
    const QDate first(2024, 1, 2);
    int offset = 0;
    for (auto _ : state) {
        const QDate start = first.addDays(offset % 600);
        const ClockSpec spec{start, 20, 10, {Suspension{start.addDays(3), start.addDays(12)}}};
        benchmark::DoNotOptimize(clock.dueDate(spec));
        ++offset;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DueDateWithSuspensionAndExtension);

void BM_ClockReading(benchmark::State &state)
{
    const DeadlineClock clock(calendar());
    const QDate first(2024, 1, 2);
    const QDateTime at(QDate(2025, 12, 1), QTime(10, 30));
    int offset = 0;
    for (auto _ : state) {
        const ClockSpec spec{first.addDays(offset % 600), 20, 0, {}};
        benchmark::DoNotOptimize(clock.read(spec, at));
        ++offset;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ClockReading);

void BM_WorkingDaysBetween(benchmark::State &state)
{
    const QDate from(2024, 1, 5);
    int offset = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(calendar().workingDaysBetween(from, from.addDays(offset % 1000)));
        ++offset;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WorkingDaysBetween);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
