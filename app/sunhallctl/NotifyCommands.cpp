// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/NotifyCommands.h"

#include "app/sunhallctl/HallStore.h"
#include "server/notify/NoticeComposer.h"
#include "server/notify/NoticeOutbox.h"
#include "server/notify/NoticeTemplates.h"

#include <QFile>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::NoticeKind;
using server::NoticeOutbox;
using server::NoticeTemplates;
using server::ServerStore;

namespace {

constexpr qint64 maxTemplateFileBytes = 64 * 1024;

class NotifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(NotifyCommand)
public:
    static int templates(CtlContext &context, const QStringList &args)
    {
        const QString verb = args.value(0);
        if (verb == QLatin1String("list"))
            return listTemplates(context, args.mid(1));
        if (verb == QLatin1String("set"))
            return setTemplate(context, args.mid(1));
        const bool help = verb == QLatin1String("--help") || verb == QLatin1String("-h");
        QTextStream &stream = help ? context.out : context.err;
        if (!help && !verb.isEmpty())
            stream << tr("sunhallctl notify template: unknown command \"%1\"").arg(verb) << '\n';
        stream << tr("Usage: sunhallctl notify template list --dir HALL") << '\n'
               << tr("       sunhallctl notify template set --dir HALL --kind KIND "
                     "(--text TEXT | --file FILE | --default)")
               << "\n\n"
               << tr("Kinds: %1").arg(kindIds().join(QStringLiteral(", "))) << '\n'
               << tr("Placeholders: %1").arg(placeholderList()) << '\n';
        return help ? ExitOk : ExitUsage;
    }

    static int status(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("notify status"),
                       tr("Counts the SMS notices in the hall's outbox: queued (waiting to be "
                          "sent or tried again), sent, failed (given up) and skipped (no mobile "
                          "number); with --list, the latest notices."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(
            {QStringLiteral("list"), tr("Also list the latest N notices."), QStringLiteral("N")});
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        int listed = 0;
        if (cl.parser().isSet(QStringLiteral("list"))) {
            const Result<int> count = parseCount(cl.parser().value(QStringLiteral("list")),
                                                 QStringLiteral("list"), 10000);
            if (!count)
                return cl.usageError(count.error().message);
            listed = *count;
        }
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        NoticeOutbox outbox(*store.value());
        const Result<server::NoticeCounts> counts = outbox.counts();
        if (!counts)
            return cl.failure(counts.error());
        context.out << tr("queued: %1").arg(counts->queued) << '\n'
                    << tr("sent: %1").arg(counts->sent) << '\n'
                    << tr("failed: %1").arg(counts->failed) << '\n'
                    << tr("skipped: %1").arg(counts->skipped) << '\n';
        if (const auto next = outbox.nextAttemptMs(); next && next->has_value()) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(**next);
            context.out << tr("next attempt: %1").arg(HallStore::displayTime(at, context.clock))
                        << '\n';
        }
        return listed > 0 ? listLatest(context, cl, outbox, listed) : int(ExitOk);
    }

    static int retry(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("notify retry"),
                       tr("Queues the failed SMS notices again: the server tries each at once."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        NoticeOutbox outbox(*store.value());
        const Result<int> queued = outbox.requeueFailed(context.clock.now().toMSecsSinceEpoch());
        if (!queued)
            return cl.failure(queued.error());
        context.out << tr("%n failed notice(s) queued again.", nullptr, *queued) << '\n';
        return ExitOk;
    }

private:
    static QStringList kindIds()
    {
        QStringList ids;
        for (const NoticeKind kind : server::allNoticeKinds())
            ids.append(server::noticeKindId(kind));
        return ids;
    }

    static QString placeholderList()
    {
        QStringList names;
        for (const QString &name : NoticeTemplates::placeholders())
            names.append(QLatin1Char('{') + name + QLatin1Char('}'));
        return names.join(QStringLiteral(", "));
    }

    static int listTemplates(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("notify template list"),
                       tr("Shows the text of each SMS notice to applicants, the hall's own or "
                          "the default."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        for (const NoticeKind kind : server::allNoticeKinds()) {
            const bool own = NoticeTemplates::isCustom(*store.value(), kind);
            context.out << server::noticeKindId(kind) << " (" << server::noticeKindDisplayName(kind)
                        << ", " << (own ? tr("the hall's own") : tr("default")) << ")\n"
                        << "  " << NoticeTemplates::text(*store.value(), kind) << '\n';
        }
        context.out << tr("Placeholders: %1").arg(placeholderList()) << '\n';
        return ExitOk;
    }

    static int setTemplate(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("notify template set"),
                       tr("Sets the text of one kind of SMS notice to applicants. The next "
                          "notice of that kind uses it. Placeholders: %1.")
                           .arg(placeholderList()));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("kind"),
                      tr("Which notice: %1.").arg(kindIds().join(QStringLiteral(", "))),
                      QStringLiteral("KIND")});
        cl.addOption({QStringLiteral("text"), tr("The new text."), QStringLiteral("TEXT")});
        cl.addOption({QStringLiteral("file"), tr("Read the new text from a UTF-8 file."),
                      QStringLiteral("FILE")});
        cl.addOption({QStringLiteral("default"), tr("Go back to the default text.")});
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        const auto kindText = dir ? cl.required(QStringLiteral("kind")) : std::nullopt;
        if (!dir || !kindText)
            return ExitUsage;
        const std::optional<NoticeKind> kind = server::noticeKindFromId(*kindText);
        if (!kind) {
            return cl.usageError(tr("--kind: \"%1\" is not a kind of notice; the kinds are %2")
                                     .arg(*kindText, kindIds().join(QStringLiteral(", "))));
        }
        const Result<QString> text = newText(cl);
        if (!text)
            return cl.usageError(text.error().message);
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        if (const Status set = NoticeTemplates::set(*store.value(), *kind, *text); !set)
            return cl.failure(set.error());
        context.out << tr("The %1 notice now reads:").arg(server::noticeKindId(*kind)) << '\n'
                    << "  " << NoticeTemplates::text(*store.value(), *kind) << '\n';
        return ExitOk;
    }

    // Exactly one of --text, --file and --default; the default is an empty text.
    static Result<QString> newText(CommandLine &cl)
    {
        const QCommandLineParser &parser = cl.parser();
        const int given = int(parser.isSet(QStringLiteral("text"))) +
                          int(parser.isSet(QStringLiteral("file"))) +
                          int(parser.isSet(QStringLiteral("default")));
        if (given != 1) {
            return makeError(QStringLiteral("usage.text"),
                             tr("give exactly one of --text, --file and --default"));
        }
        if (parser.isSet(QStringLiteral("default")))
            return QString();
        if (parser.isSet(QStringLiteral("text")))
            return parser.value(QStringLiteral("text"));
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxTemplateFileBytes) {
            return makeError(QStringLiteral("file.unreadable"),
                             tr("--file: cannot read %1").arg(file.fileName()));
        }
        return QString::fromUtf8(file.readAll()).trimmed();
    }

    static int listLatest(CtlContext &context, CommandLine &cl, const NoticeOutbox &outbox,
                          int count)
    {
        const Result<QList<server::OutboxNotice>> notices = outbox.recent(count);
        if (!notices)
            return cl.failure(notices.error());
        for (const server::OutboxNotice &notice : *notices) {
            context.out << QString::number(notice.id).rightJustified(8) << "  "
                        << HallStore::displayTime(notice.createdAt, context.clock) << "  "
                        << server::noticeKindId(notice.kind).leftJustified(10)
                        << server::NoticeComposer::maskedPhone(notice.phone).leftJustified(12)
                        << server::noticeStateId(notice.state).leftJustified(8)
                        << tr("%n attempt(s)", nullptr, notice.attempts);
            if (!notice.lastError.isEmpty())
                context.out << "  " << notice.lastError;
            context.out << '\n';
        }
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> notifyCommands()
{
    return {
        {QStringLiteral("notify template"),
         NotifyCommand::tr("Show or set the texts of the SMS notices"), &NotifyCommand::templates},
        {QStringLiteral("notify status"), NotifyCommand::tr("Count the SMS notices by state"),
         &NotifyCommand::status},
        {QStringLiteral("notify retry"), NotifyCommand::tr("Queue the failed SMS notices again"),
         &NotifyCommand::retry},
    };
}

} // namespace sunhall::ctl
