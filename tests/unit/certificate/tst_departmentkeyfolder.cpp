// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateSamples.h"

#include "core/certificate/CertificateSigner.h"
#include "core/certificate/CertificateVerifier.h"
#include "core/certificate/DepartmentKeyFolder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sunhall::core;
using namespace samples;
using State = CertificateVerification::State;

namespace {

bool othersHaveAccess(const QString &path)
{
    return QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

} // namespace

class tst_DepartmentKeyFolder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void layoutAndPermissions();
    void signingKeyMatchesPublicKey();
    void secondKeyRefused();
    void missingKey();
    void badCodeRefused_data();
    void badCodeRefused();
    void revokeAndRotate();
    void keySetVerifiesCertificates();

private:
    QTemporaryDir m_hall;
    DepartmentKeyFolder m_folder{QString()};
    QString m_firstFingerprint;
};

void tst_DepartmentKeyFolder::initTestCase()
{
    QVERIFY(m_hall.isValid());
    m_folder = DepartmentKeyFolder(m_hall.path());
    const Result<Sm2PublicKey> created = m_folder.create(QStringLiteral("SJ"));
    QVERIFY2(created.ok(), failure(created));
    m_firstFingerprint = created->fingerprint();
    QVERIFY(m_folder.create(QStringLiteral("MZ")).ok());
}

void tst_DepartmentKeyFolder::layoutAndPermissions()
{
    const QString dir = m_hall.filePath(QStringLiteral("department-keys/SJ"));
    QCOMPARE(m_folder.departmentPath(QStringLiteral("SJ")), dir);
    QVERIFY(!othersHaveAccess(m_hall.filePath(QStringLiteral("department-keys"))));
    QVERIFY(!othersHaveAccess(dir));
    QVERIFY(!othersHaveAccess(dir + QStringLiteral("/private.pem")));
    QVERIFY(!othersHaveAccess(dir + QStringLiteral("/passphrase")));
    QVERIFY(QFileInfo(dir + QStringLiteral("/public.pem")).permissions() & QFile::ReadOther);
    QFile privateKey(dir + QStringLiteral("/private.pem"));
    QVERIFY(privateKey.open(QIODevice::ReadOnly));
    QVERIFY(privateKey.readAll().contains("ENCRYPTED PRIVATE KEY"));
    QCOMPARE(m_folder.departments(), (QStringList{QStringLiteral("MZ"), QStringLiteral("SJ")}));
    QVERIFY(m_folder.hasKey(QStringLiteral("SJ")));
    QVERIFY(!m_folder.hasKey(QStringLiteral("GA")));
}

void tst_DepartmentKeyFolder::signingKeyMatchesPublicKey()
{
    const Result<Sm2KeyPair> pair = m_folder.signingKey(QStringLiteral("SJ"));
    QVERIFY2(pair.ok(), failure(pair));
    QCOMPARE(pair->fingerprint(), m_firstFingerprint);
    QCOMPARE(m_folder.publicKey(QStringLiteral("SJ"))->fingerprint(), m_firstFingerprint);
}

void tst_DepartmentKeyFolder::secondKeyRefused()
{
    const QString pem = m_hall.filePath(QStringLiteral("department-keys/MZ/private.pem"));
    QFile file(pem);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    const Result<Sm2PublicKey> again = m_folder.create(QStringLiteral("MZ"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("certificate.department-key-exists"));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_DepartmentKeyFolder::missingKey()
{
    const Result<Sm2KeyPair> pair = m_folder.signingKey(QStringLiteral("GA"));
    QVERIFY(!pair.ok());
    QCOMPARE(pair.error().code, QStringLiteral("certificate.department-key-missing"));
    QVERIFY(pair.error().message.contains(QStringLiteral("department keygen")));
}

void tst_DepartmentKeyFolder::badCodeRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("parent folder") << QStringLiteral("..");
    QTest::newRow("path") << QStringLiteral("SJ/../../etc");
    QTest::newRow("Chinese") << QStringLiteral("市场");
    QTest::newRow("too long") << QString(33, QLatin1Char('A'));
}

void tst_DepartmentKeyFolder::badCodeRefused()
{
    QFETCH(QString, code);
    const Result<Sm2PublicKey> created = m_folder.create(code);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("certificate.department-code"));
    QCOMPARE(m_folder.departments().size(), 2);
}

void tst_DepartmentKeyFolder::revokeAndRotate()
{
    const Result<Sm2KeyPair> oldKey = m_folder.signingKey(QStringLiteral("SJ"));
    QVERIFY(oldKey.ok());
    const Result<SignedCertificate> before = CertificateSigner::sign(company(), *oldKey);
    QVERIFY(before.ok());
    CertificateContent late = company();
    late.issuedAt = at(2025, 9, 1, 9, 0);
    const Result<SignedCertificate> after = CertificateSigner::sign(late, *oldKey);
    QVERIFY(after.ok());

    const Result<DepartmentKey> revoked =
        m_folder.revoke(QStringLiteral("SJ"), at(2025, 7, 1, 0, 0), QStringLiteral("年度轮换"));
    QVERIFY2(revoked.ok(), failure(revoked));
    QCOMPARE(revoked->fingerprint, m_firstFingerprint);
    QVERIFY(!m_folder.hasKey(QStringLiteral("SJ")));
    const QString dir = m_folder.departmentPath(QStringLiteral("SJ"));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/private.pem")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/passphrase")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/revoked/") + m_firstFingerprint +
                          QStringLiteral(".json")));
    QCOMPARE(m_folder.revoke(QStringLiteral("SJ"), at(2025, 7, 1, 0, 0), {}).error().code,
             QStringLiteral("certificate.department-key-missing"));

    const Result<Sm2PublicKey> successor = m_folder.create(QStringLiteral("SJ"));
    QVERIFY2(successor.ok(), failure(successor));
    QVERIFY(successor->fingerprint() != m_firstFingerprint);

    const Result<CertificateKeySet> keys =
        m_folder.keySet({{QStringLiteral("SJ"), QStringLiteral("青岛市市场监督管理局")}});
    QVERIFY2(keys.ok(), failure(keys));
    QCOMPARE(keys->keysOf(QStringLiteral("SJ")).size(), 2);
    const CertificateVerifier verifier(*keys);
    QCOMPARE(verifier.verify(before->qrText).state, State::Valid);
    QCOMPARE(verifier.verify(after->qrText).state, State::Revoked);
    QVERIFY(verifier.verify(after->qrText).reason.contains(QStringLiteral("年度轮换")));
}

void tst_DepartmentKeyFolder::keySetVerifiesCertificates()
{
    const Result<Sm2KeyPair> civil = m_folder.signingKey(QStringLiteral("MZ"));
    QVERIFY(civil.ok());
    const Result<SignedCertificate> marriage = CertificateSigner::sign(person(), *civil);
    QVERIFY(marriage.ok());
    const Result<CertificateKeySet> keys =
        m_folder.keySet({{QStringLiteral("MZ"), QStringLiteral("青岛市民政局")}});
    QVERIFY2(keys.ok(), failure(keys));
    QCOMPARE(keys->departmentName(QStringLiteral("MZ")), QStringLiteral("青岛市民政局"));
    QCOMPARE(CertificateVerifier(*keys).verify(marriage->qrText).state, State::Valid);
}

QTEST_GUILESS_MAIN(tst_DepartmentKeyFolder)
#include "tst_departmentkeyfolder.moc"
