// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CertCommands.h"
#include "app/sunhallctl/HallStore.h"

#include "core/certificate/CertificateBytes.h"
#include "core/certificate/CertificateSigner.h"
#include "core/certificate/CertificateVerifier.h"
#include "core/certificate/DepartmentKeyFolder.h"
#include "core/values/DocumentNumber.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::ctl {

using namespace sunhall::core;
using State = CertificateVerification::State;

namespace {

constexpr qint64 maxRecordSize = 1024 * 1024;

class CertCommand
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)
public:
    static Result<QByteArray> readFile(const QString &path, const QString &option, qint64 max)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(QStringLiteral("file.unreadable"),
                             tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()),
                             option);
        }
        if (file.size() > max) {
            return makeError(QStringLiteral("file.too-large"),
                             tr("--%1: %2 is larger than %3 KiB").arg(option, path).arg(max / 1024),
                             option);
        }
        return file.readAll();
    }

    static Result<CertificateContent> readRecord(const QString &path, const Clock &clock)
    {
        const Result<QByteArray> bytes = readFile(path, QStringLiteral("record"), maxRecordSize);
        if (!bytes)
            return bytes.error();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
        if (!document.isObject()) {
            return makeError(
                QStringLiteral("certificate.record-not-json"),
                tr("--record: %1 is not a JSON object (%2)").arg(path, parseError.errorString()),
                QStringLiteral("record"));
        }
        Result<CertificateContent> content = CertificateContent::fromJson(document.object());
        if (!content) {
            return makeError(content.error().code, tr("%1: %2").arg(path, content.error().message),
                             content.error().field);
        }
        if (!content->issuedAt.isValid())
            content.value().issuedAt = clock.now();
        return content;
    }

    // A certificate number names its hall: a number of another hall is a mistake here.
    static Status checkHall(const CertificateContent &content, const HallStore::Config &hall)
    {
        const Result<DocumentNumber> number = DocumentNumber::parse(content.number);
        if (number && number->hallCode() != hall.code) {
            return makeError(QStringLiteral("certificate.other-hall"),
                             tr("The certificate number %1 belongs to the hall %2, not to this "
                                "hall (%3).")
                                 .arg(content.number, number->hallCode(), hall.code),
                             QStringLiteral("number"));
        }
        return Status::success();
    }

    static int sign(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("cert sign"),
                       tr("Signs a certificate record (JSON, see docs/certificate-qr.md) with "
                          "the SM2 key of its issuing department in DIR/department-keys and "
                          "prints the text of its QR code. Without issuedAt, the certificate "
                          "is issued now."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("record"), tr("The certificate record (JSON)."),
                      QStringLiteral("FILE")});
        cl.addOption(
            {QStringLiteral("json"), tr("Print the QR text with the record as signed, as JSON.")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        const auto recordPath = dir ? cl.required(QStringLiteral("record")) : std::nullopt;
        if (!recordPath)
            return ExitUsage;
        const Result<HallStore::Config> hall = HallStore::readConfig(*dir);
        if (!hall)
            return cl.failure(hall.error());
        const Result<CertificateContent> content = readRecord(*recordPath, context.clock);
        if (!content)
            return cl.failure(content.error());
        if (const Status sameHall = checkHall(*content, *hall); !sameHall)
            return cl.failure(sameHall.error());
        const Result<Sm2KeyPair> key =
            DepartmentKeyFolder(*dir).signingKey(content->departmentCode);
        if (!key)
            return cl.failure(key.error());
        const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(*content, *key);
        if (!signedCertificate)
            return cl.failure(signedCertificate.error());
        if (cl.parser().isSet(QStringLiteral("json"))) {
            const QJsonObject json{{QStringLiteral("qr"), signedCertificate->qrText},
                                   {QStringLiteral("record"), signedCertificate->content.toJson()},
                                   {QStringLiteral("abbreviated"), signedCertificate->abbreviated}};
            context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        if (signedCertificate->abbreviated) {
            context.err << tr("Note: the content was shortened to fit the QR code; the printed "
                              "certificate shows it in full.")
                        << '\n';
        }
        context.out << signedCertificate->qrText << '\n';
        return ExitOk;
    }

    static Result<CertificateKeySet> loadKeys(CommandLine &cl)
    {
        const bool fromHall = cl.parser().isSet(QStringLiteral("dir"));
        if (fromHall) {
            return hallCertificateKeySet(cl.parser().value(QStringLiteral("dir")),
                                         cl.parser().value(QStringLiteral("db")));
        }
        const QString path = cl.parser().value(QStringLiteral("keys"));
        const Result<QByteArray> json =
            readFile(path, QStringLiteral("keys"), CertificateKeySet::maxJsonSize);
        if (!json)
            return json.error();
        Result<CertificateKeySet> keySet = CertificateKeySet::fromJson(*json);
        if (!keySet)
            return makeError(keySet.error().code, tr("%1: %2").arg(path, keySet.error().message),
                             keySet.error().field);
        return keySet;
    }

    static QString validityText(const CertificateContent &content, const QDate &today)
    {
        const QString period =
            content.isLongTerm()
                ? tr("long-term from %1").arg(content.validFrom.toString(Qt::ISODate))
                : tr("%1 to %2")
                      .arg(content.validFrom.toString(Qt::ISODate),
                           content.validUntil.toString(Qt::ISODate));
        if (content.isInForceOn(today))
            return tr("%1 (in force today)").arg(period);
        return today < content.validFrom ? tr("%1 (not yet in force)").arg(period)
                                         : tr("%1 (expired)").arg(period);
    }

    static void printContent(QTextStream &out, const CertificateContent &content,
                             const QDate &today)
    {
        const auto row = [&out](const QString &label, const QString &value) {
            out << "  " << label << ' ' << value << '\n';
        };
        row(tr("Certificate:"), tr("%1 %2").arg(content.title, content.number));
        row(tr("Holder:"), tr("%1 (%2)").arg(content.holderName, content.holderId));
        row(tr("Item:"), tr("%1 %2").arg(content.itemCode, content.itemName));
        for (const CertificateLine &line : content.lines)
            row(tr("%1:").arg(line.key), line.value);
        row(tr("Valid:"), validityText(content, today));
        row(tr("Issued by:"), tr("%1 (%2) at %3")
                                  .arg(content.departmentName, content.departmentCode,
                                       CertificateBytes::instantText(content.issuedAt)));
        row(tr("Signing key:"), content.keyId);
        row(tr("Case:"), content.caseId.toString(QUuid::WithoutBraces));
    }

    static void printVerification(QTextStream &out, const CertificateVerification &verification,
                                  const QDate &today)
    {
        out << CertificateVerification::stateDisplayName(verification.state).toUpper() << ": "
            << verification.reason << '\n';
        if (!verification.content)
            return;
        const bool vouched =
            verification.state == State::Valid || verification.state == State::Revoked;
        if (!vouched)
            out << tr("What the code claims (not confirmed):") << '\n';
        printContent(out, *verification.content, today);
    }

    static int verify(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("cert verify"),
                       tr("Checks the text of a certificate's QR code against the department "
                          "keys and the revocation list of a hall (--dir) or of a key set file "
                          "(--keys, from 'sunhallctl department keys --json'), and prints "
                          "whether it is valid, altered, revoked or unknown, and what it says. "
                          "Exit status 0 only when it is valid."));
        cl.addOption({QStringLiteral("qr"), tr("The text of the QR code (SHC1.…)."),
                      QStringLiteral("TEXT")});
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
        cl.addOption({QStringLiteral("keys"), tr("A key set file (JSON) instead of a hall."),
                      QStringLiteral("FILE")});
        cl.addOption({QStringLiteral("json"), tr("Print the answer as JSON.")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto qr = cl.required(QStringLiteral("qr"));
        if (!qr)
            return ExitUsage;
        if (cl.parser().isSet(QStringLiteral("dir")) == cl.parser().isSet(QStringLiteral("keys")))
            return cl.usageError(tr("give either --dir DIR or --keys FILE"));
        if (cl.parser().isSet(QStringLiteral("db")) && !cl.parser().isSet(QStringLiteral("dir")))
            return cl.usageError(tr("--db needs --dir"));
        const Result<CertificateKeySet> keySet = loadKeys(cl);
        if (!keySet)
            return cl.failure(keySet.error());
        const CertificateVerification verification = CertificateVerifier(*keySet).verify(*qr);
        const QDate today = context.clock.today();
        if (cl.parser().isSet(QStringLiteral("json"))) {
            context.out << QString::fromUtf8(
                QJsonDocument(verification.toJson(today)).toJson(QJsonDocument::Indented));
        } else {
            printVerification(context.out, verification, today);
        }
        return verification.isValid() ? ExitOk : ExitNo;
    }
};

} // namespace

QList<CtlCommand> certCommands()
{
    QList<CtlCommand> commands{
        {QStringLiteral("cert sign"), CertCommand::tr("Sign a certificate record: its QR text"),
         &CertCommand::sign},
        {QStringLiteral("cert verify"), CertCommand::tr("Verify a certificate's QR text"),
         &CertCommand::verify},
    };
    commands += departmentCommands();
    return commands;
}

} // namespace sunhall::ctl
