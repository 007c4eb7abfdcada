// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The local store's event-apply rate (events plus the read-model rows they change, in pull
// pages of 500, one transaction each, synchronous=FULL) beside the sqlite3 shell inserting
// the same rows into the same schema with the same pragmas. DESIGN.md §7: the store must
// reach at least 25% of the shell's rate.
#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace sunhall::core;

namespace {

constexpr int eventsPerCase = 10;
constexpr int pageSize = 500;

int caseCount()
{
    return qEnvironmentVariableIsSet("SUNHALL_BENCH_SMOKE") ? 100 : 2000;
}

struct Page
{
    QList<Event> events;
    QList<CaseRow> rows;
};

QList<Page> makePages()
{
    static const char *types[] = {"registered",     "materials-checked", "accepted", "step-started",
                                  "step-completed", "step-started",      "decided",  "fee-assessed",
                                  "fee-paid",       "concluded"};
    QList<Event> events;
    QHash<QUuid, CaseRow> rows;
    const QDateTime start(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600));
    QList<QUuid> ids;
    for (int c = 0; c < caseCount(); ++c)
        ids.append(QUuid::createUuid());
    // Interleave cases as a pull would: round-robin over the cases, in order within each.
    for (int seq = 1; seq <= eventsPerCase; ++seq) {
        for (int c = 0; c < ids.size(); ++c) {
            Event e;
            e.caseId = ids.at(c);
            e.caseSeq = seq;
            e.type = QString::fromLatin1(types[seq - 1]);
            e.payload = QJsonObject{
                {QStringLiteral("applicant"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("青岛海川食品有限公司")},
                             {QStringLiteral("idNumber"), QStringLiteral("91370200MA3C1234X5")}}},
                {QStringLiteral("itemCode"), QStringLiteral("370200-SC-XK-003")},
                {QStringLiteral("opinion"), QStringLiteral("材料齐全，符合法定形式，同意。")},
                {QStringLiteral("window"), QStringLiteral("A12")}};
            e.actorId = QStringLiteral("u%1").arg(c % 40);
            e.actorName = QStringLiteral("王晓明");
            e.workstation = QStringLiteral("W%1").arg(c % 12, 2, 10, QLatin1Char('0'));
            e.at = start.addSecs(qint64(c) * 60 + seq);
            e.commandId = QUuid::createUuid();
            e.serverSeq = events.size() + 1;
            events.append(e);
            CaseRow &row = rows[e.caseId];
            row.caseId = e.caseId;
            row.caseNumber = QStringLiteral("SLQD0001202500%1").arg(c, 6, 10, QLatin1Char('0'));
            row.itemCode = QStringLiteral("370200-SC-XK-003");
            row.itemVersion = 1;
            row.itemName = QStringLiteral("食品经营许可");
            row.department = QStringLiteral("SC");
            row.applicantName = QStringLiteral("青岛海川食品有限公司");
            row.applicantIdNumber = QStringLiteral("91370200MA3C1234X5");
            row.status = e.type;
            row.colour = QStringLiteral("none");
            row.acceptedAt = start;
            row.nextDue = start.addDays(28);
            row.lastCaseSeq = seq;
            row.summaryJson = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        }
    }
    QList<Page> pages;
    for (qsizetype i = 0; i < events.size(); i += pageSize) {
        Page page;
        page.events = events.mid(i, pageSize);
        QSet<QUuid> seen;
        for (const Event &e : page.events) {
            if (!seen.contains(e.caseId)) {
                seen.insert(e.caseId);
                CaseRow row = rows.value(e.caseId);
                row.lastCaseSeq = e.caseSeq;
                row.status = e.type;
                page.rows.append(row);
            }
        }
        pages.append(page);
    }
    return pages;
}

const QList<Page> &pages()
{
    static const QList<Page> all = makePages();
    return all;
}

qsizetype eventTotal()
{
    qsizetype n = 0;
    for (const Page &page : pages())
        n += page.events.size();
    return n;
}

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString time(const QDateTime &at)
{
    return sqlText(at.toString(Qt::ISODateWithMs));
}

void writeScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the SQL script");
    QTextStream out(&file);
    out << "PRAGMA foreign_keys = ON;\nPRAGMA synchronous = FULL;\n";
    for (const Page &page : pages()) {
        out << "BEGIN;\n";
        for (const Event &e : page.events) {
            out << "INSERT INTO events(case_id, case_seq, type, payload, actor_id, actor_name, "
                   "workstation, at, command_id, server_seq) VALUES ("
                << sqlText(e.caseId.toString(QUuid::WithoutBraces)) << ',' << e.caseSeq << ','
                << sqlText(e.type) << ','
                << sqlText(
                       QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)))
                << ',' << sqlText(e.actorId) << ',' << sqlText(e.actorName) << ','
                << sqlText(e.workstation) << ',' << time(e.at) << ','
                << sqlText(e.commandId.toString(QUuid::WithoutBraces)) << ',' << e.serverSeq
                << ");\n";
        }
        for (const CaseRow &r : page.rows) {
            out << "INSERT INTO cases(case_id, case_number, item_code, item_version, item_name, "
                   "department, applicant_name, applicant_id, status, colour, green_channel, "
                   "accepted_at, next_due, last_case_seq, summary) VALUES ("
                << sqlText(r.caseId.toString(QUuid::WithoutBraces)) << ',' << sqlText(r.caseNumber)
                << ',' << sqlText(r.itemCode) << ',' << r.itemVersion << ',' << sqlText(r.itemName)
                << ',' << sqlText(r.department) << ',' << sqlText(r.applicantName) << ','
                << sqlText(r.applicantIdNumber) << ',' << sqlText(r.status) << ','
                << sqlText(r.colour) << ',' << (r.greenChannel ? 1 : 0) << ',' << time(r.acceptedAt)
                << ',' << time(r.nextDue) << ',' << r.lastCaseSeq << ','
                << sqlText(QString::fromUtf8(r.summaryJson))
                << ") ON CONFLICT(case_id) DO UPDATE SET case_number = excluded.case_number, "
                   "item_code = excluded.item_code, item_version = excluded.item_version, "
                   "item_name = excluded.item_name, department = excluded.department, "
                   "applicant_name = excluded.applicant_name, applicant_id = "
                   "excluded.applicant_id, status = excluded.status, colour = excluded.colour, "
                   "green_channel = excluded.green_channel, accepted_at = excluded.accepted_at, "
                   "next_due = excluded.next_due, last_case_seq = excluded.last_case_seq, "
                   "summary = excluded.summary;\n";
        }
        out << "COMMIT;\n";
    }
}

// An empty store made by LocalStore itself, so both sides write the same schema and indexes.
QString emptyStore(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("template.db"));
    if (!QFile::exists(path)) {
        auto store = LocalStore::open(path);
        if (!store)
            qFatal("cannot create the template store");
    }
    return path;
}

QString freshCopy(const QTemporaryDir &dir, int iteration)
{
    const QString path = dir.filePath(QStringLiteral("run%1.db").arg(iteration));
    QFile::copy(emptyStore(dir), path);
    return path;
}

void BM_StoreApplyEvents(benchmark::State &state)
{
    QTemporaryDir dir;
    pages();
    int iteration = 0;
    for (auto _ : state) {
        const QString path = freshCopy(dir, iteration++);
        auto store = LocalStore::open(path);
        if (!store) {
            state.SkipWithError("cannot open the store");
            return;
        }
        QElapsedTimer timer;
        timer.start();
        for (const Page &page : pages()) {
            if (!store.value()->applyEvents(page.events, page.rows)) {
                state.SkipWithError("applying events failed");
                return;
            }
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
    state.SetItemsProcessed(state.iterations() * eventTotal());
    state.counters["events"] = double(eventTotal());
}
BENCHMARK(BM_StoreApplyEvents)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_Sqlite3ShellInsertSameRows(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("rows.sql"));
    writeScript(script);
    int iteration = 0;
    for (auto _ : state) {
        const QString path = freshCopy(dir, iteration++);
        QProcess shell;
        shell.setStandardInputFile(script);
        QElapsedTimer timer;
        timer.start();
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), path});
        if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
            state.SkipWithError("the sqlite3 shell failed (is the sqlite3 package installed?)");
            return;
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
    state.SetItemsProcessed(state.iterations() * eventTotal());
    state.counters["events"] = double(eventTotal());
}
BENCHMARK(BM_Sqlite3ShellInsertSameRows)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
