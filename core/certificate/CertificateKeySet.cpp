// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateKeySet.h"

#include "core/case/PayloadReader.h"
#include "core/certificate/CertificateContent.h"
#include "core/values/DocumentNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

// A province has a few hundred departments, each with a handful of keys over the years.
constexpr qsizetype maxKeys = 10'000;

Status checkReason(const QString &reason, const QString &field)
{
    if (reason.size() > CertificateKeySet::maxReasonLength) {
        return makeError(QStringLiteral("certificate.reason-too-long"),
                         CertificateKeySet::tr("The reason has %1 characters; at most %2 are kept.")
                             .arg(reason.size())
                             .arg(CertificateKeySet::maxReasonLength),
                         field);
    }
    return Status::success();
}

} // namespace

Status CertificateKeySet::addKey(const QString &departmentCode, const QString &departmentName,
                                 const Sm2PublicKey &key)
{
    if (const Status code = CertificateContent::checkDepartmentCode(departmentCode); !code)
        return code;
    const QString fingerprint = key.fingerprint();
    if (const DepartmentKey *known = this->key(fingerprint)) {
        if (known->departmentCode == departmentCode)
            return Status::success();
        return makeError(QStringLiteral("certificate.key-duplicate"),
                         tr("The key %1 is already the key of department %2, so it cannot also "
                            "be a key of %3.")
                             .arg(fingerprint.left(16), known->departmentCode, departmentCode),
                         QStringLiteral("publicKey"));
    }
    if (m_keys.size() >= maxKeys) {
        return makeError(QStringLiteral("certificate.too-many-keys"),
                         tr("A key set holds at most %1 keys.").arg(maxKeys),
                         QStringLiteral("publicKey"));
    }
    if (!departmentName.isEmpty())
        m_departmentNames.insert(departmentCode, departmentName);
    m_keyIndex.insert(fingerprint, m_keys.size());
    m_keys.append(DepartmentKey{departmentCode, fingerprint, key.toDer(), {}, {}});
    return Status::success();
}

Status CertificateKeySet::revokeKey(const QString &fingerprint, const QDateTime &at,
                                    const QString &reason)
{
    const auto found = m_keyIndex.constFind(fingerprint);
    if (found == m_keyIndex.cend()) {
        return makeError(QStringLiteral("certificate.key-unknown"),
                         tr("There is no department key with the fingerprint %1.").arg(fingerprint),
                         QStringLiteral("fingerprint"));
    }
    if (!at.isValid()) {
        return makeError(QStringLiteral("certificate.revoked-at-missing"),
                         tr("A key is revoked from a date and time; none was given."),
                         QStringLiteral("revokedAt"));
    }
    if (const Status checked = checkReason(reason, QStringLiteral("revokedReason")); !checked)
        return checked;
    DepartmentKey &key = m_keys[*found];
    if (!key.isRevoked() || at < key.revokedAt) {
        key.revokedAt = at;
        key.revokedReason = reason;
    }
    return Status::success();
}

Status CertificateKeySet::revokeCertificate(const QString &number, const QDateTime &at,
                                            const QString &reason)
{
    const Result<DocumentNumber> parsed = DocumentNumber::parse(number);
    if (!parsed || parsed->kind() != DocumentNumber::Kind::Certificate) {
        return makeError(QStringLiteral("certificate.number-kind"),
                         tr("\"%1\" is not a certificate number.").arg(number),
                         QStringLiteral("number"));
    }
    if (!at.isValid()) {
        return makeError(QStringLiteral("certificate.revoked-at-missing"),
                         tr("Certificate %1 has no date and time of revocation.").arg(number),
                         QStringLiteral("revokedAt"));
    }
    if (const Status checked = checkReason(reason, QStringLiteral("reason")); !checked)
        return checked;
    const QString canonical = parsed->toString();
    if (!m_revoked.contains(canonical))
        m_revoked.insert(canonical, RevokedCertificate{canonical, at, reason});
    return Status::success();
}

const DepartmentKey *CertificateKeySet::key(const QString &fingerprint) const
{
    const auto found = m_keyIndex.constFind(fingerprint);
    return found == m_keyIndex.cend() ? nullptr : &m_keys.at(*found);
}

const RevokedCertificate *CertificateKeySet::revokedCertificate(const QString &number) const
{
    const auto found = m_revoked.constFind(number);
    return found == m_revoked.cend() ? nullptr : &*found;
}

QString CertificateKeySet::departmentName(const QString &departmentCode) const
{
    return m_departmentNames.value(departmentCode);
}

QList<DepartmentKey> CertificateKeySet::keys() const
{
    QList<DepartmentKey> sorted = m_keys;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.departmentCode < b.departmentCode;
    });
    return sorted;
}

QList<DepartmentKey> CertificateKeySet::keysOf(const QString &departmentCode) const
{
    QList<DepartmentKey> found;
    for (const DepartmentKey &key : m_keys) {
        if (key.departmentCode == departmentCode)
            found.append(key);
    }
    return found;
}

QList<RevokedCertificate> CertificateKeySet::revokedCertificates() const
{
    return m_revoked.values();
}

QByteArray CertificateKeySet::toJson() const
{
    QJsonArray departments;
    QJsonArray keyArray;
    QString department;
    const auto closeDepartment = [&] {
        if (department.isEmpty())
            return;
        departments.append(QJsonObject{{QStringLiteral("code"), department},
                                       {QStringLiteral("name"), departmentName(department)},
                                       {QStringLiteral("keys"), keyArray}});
        keyArray = QJsonArray();
    };
    for (const DepartmentKey &key : keys()) {
        if (key.departmentCode != department) {
            closeDepartment();
            department = key.departmentCode;
        }
        QJsonObject object{
            {QStringLiteral("fingerprint"), key.fingerprint},
            {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKeyDer.toBase64())}};
        if (key.isRevoked()) {
            object.insert(QStringLiteral("revokedAt"), instantToString(key.revokedAt));
            object.insert(QStringLiteral("revokedReason"), key.revokedReason);
        }
        keyArray.append(object);
    }
    closeDepartment();
    QJsonArray revoked;
    for (const RevokedCertificate &certificate : m_revoked) {
        revoked.append(
            QJsonObject{{QStringLiteral("number"), certificate.number},
                        {QStringLiteral("revokedAt"), instantToString(certificate.revokedAt)},
                        {QStringLiteral("reason"), certificate.reason}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QString(format)},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("departments"), departments},
                                     {QStringLiteral("revokedCertificates"), revoked}})
        .toJson(QJsonDocument::Indented);
}

Result<CertificateKeySet> CertificateKeySet::fromJson(QByteArrayView json)
{
    if (json.size() > maxJsonSize) {
        return makeError(QStringLiteral("certificate.keys-too-large"),
                         tr("The key set has %1 MiB; at most %2 MiB are read.")
                             .arg(json.size() / (1024 * 1024))
                             .arg(maxJsonSize / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isObject()) {
        return makeError(QStringLiteral("certificate.keys-not-json"),
                         tr("The key set is not a JSON object (%1).")
                             .arg(parseError.error == QJsonParseError::NoError
                                      ? tr("wrong top-level type")
                                      : parseError.errorString()));
    }
    PayloadReader reader(document.object());
    if (reader.text(QStringLiteral("format"), Presence::Required, 64) != QString(format) ||
        reader.integer(QStringLiteral("version"), 1, 1000) != version) {
        if (reader.ok()) {
            return makeError(
                QStringLiteral("certificate.keys-format"),
                tr("This is not a Sunhall certificate key set of version %1.").arg(version),
                QStringLiteral("format"));
        }
        return reader.error();
    }
    CertificateKeySet keySet;
    const QString departmentsKey = QStringLiteral("departments");
    const QList<QJsonObject> departments = reader.objectList(departmentsKey, Presence::Required);
    for (qsizetype i = 0; i < departments.size() && reader.ok(); ++i) {
        PayloadReader department = reader.element(departmentsKey, i, departments.at(i));
        keySet.readDepartment(department);
    }
    const QString revokedKey = QStringLiteral("revokedCertificates");
    const QList<QJsonObject> revoked = reader.objectList(revokedKey, Presence::Optional);
    for (qsizetype i = 0; i < revoked.size() && reader.ok(); ++i) {
        PayloadReader entry = reader.element(revokedKey, i, revoked.at(i));
        const QString number = entry.text(QStringLiteral("number"), Presence::Required, 64);
        const QDateTime at = entry.instant(QStringLiteral("revokedAt"));
        const QString reason =
            entry.text(QStringLiteral("reason"), Presence::Optional, maxReasonLength);
        if (entry.ok())
            keySet.report(entry, keySet.revokeCertificate(number, at, reason));
    }
    return reader.finish(std::move(keySet));
}

void CertificateKeySet::readDepartment(PayloadReader &reader)
{
    const QString code = reader.text(QStringLiteral("code"), Presence::Required,
                                     CertificateContent::maxDepartmentCodeLength);
    const QString name =
        reader.text(QStringLiteral("name"), Presence::Optional, CertificateContent::maxNameLength);
    if (reader.ok())
        report(reader, CertificateContent::checkDepartmentCode(code), QStringLiteral("code"));
    const QString keysKey = QStringLiteral("keys");
    const QList<QJsonObject> keyObjects = reader.objectList(keysKey, Presence::Required);
    for (qsizetype i = 0; i < keyObjects.size() && reader.ok(); ++i) {
        PayloadReader entry = reader.element(keysKey, i, keyObjects.at(i));
        const QString fingerprint =
            entry.text(QStringLiteral("fingerprint"), Presence::Required, 64);
        const QByteArray base64 =
            entry.text(QStringLiteral("publicKey"), Presence::Required, 4096).toLatin1();
        const QDateTime revokedAt = entry.instant(QStringLiteral("revokedAt"), Presence::Optional);
        const QString reason =
            entry.text(QStringLiteral("revokedReason"), Presence::Optional, maxReasonLength);
        if (!entry.ok())
            return;
        const auto der =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        const Result<Sm2PublicKey> key =
            der ? Sm2PublicKey::fromDer(der.decoded)
                : Result<Sm2PublicKey>(makeError(QStringLiteral("certificate.key-malformed"),
                                                 tr("The public key is not valid base64.")));
        if (!key) {
            report(entry, key.error(), QStringLiteral("publicKey"));
            return;
        }
        if (key->fingerprint() != fingerprint) {
            report(entry,
                   makeError(QStringLiteral("certificate.fingerprint-mismatch"),
                             tr("The fingerprint %1 is not the SM3 fingerprint of the key "
                                "beside it (%2).")
                                 .arg(fingerprint, key->fingerprint())),
                   QStringLiteral("fingerprint"));
            return;
        }
        report(entry, addKey(code, name, *key));
        if (revokedAt.isValid())
            report(entry, revokeKey(fingerprint, revokedAt, reason), QStringLiteral("revokedAt"));
    }
}

void CertificateKeySet::report(PayloadReader &reader, const Status &status, const QString &key)
{
    if (status)
        return;
    Error error = status.error();
    error.field = reader.fieldName(key.isEmpty() ? error.field : key);
    error.message = tr("%1: %2").arg(error.field, error.message);
    reader.fail(std::move(error));
}

} // namespace sunhall::core
