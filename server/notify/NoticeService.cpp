// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeService.h"

#include "server/notify/FileSmsGateway.h"
#include "server/notify/HttpSmsGateway.h"

#include <QDir>

namespace sunhall::server {

namespace {

// Commits that land within this long of each other get their notices in one transaction.
constexpr int writeDelayMs = 20;
constexpr int retryWriteMs = 5000;

} // namespace

NoticeService::NoticeService(ServerStore &store, const QString &hallName, const core::Clock &clock)
    : m_clock(clock)
    , m_outbox(store)
    , m_writer(store, m_outbox, hallName)
{
    m_writeTimer.setSingleShot(true);
    connect(&m_writeTimer, &QTimer::timeout, this, &NoticeService::writeNew);
}

NoticeService::~NoticeService() = default;

core::Result<std::unique_ptr<NoticeService>>
NoticeService::create(ServerStore &store, const QString &hallDir, const QString &hallName,
                      const NoticeOptions &options, const core::Clock &clock)
{
    std::unique_ptr<SmsGateway> gateway;
    QString description;
    if (options.gateway == NoticeOptions::Gateway::Http) {
        const QString caFile = options.caFile.isEmpty()
                                   ? QDir(hallDir).filePath(QStringLiteral("ca/ca.pem"))
                                   : options.caFile;
        core::Result<QList<QSslCertificate>> ca = HttpSmsGateway::readCaFile(caFile);
        if (!ca)
            return ca.error();
        gateway = std::make_unique<HttpSmsGateway>(options.url, *ca, options.timeoutMs);
        description = tr("the HTTP gateway at %1").arg(options.url.toDisplayString());
    } else {
        const QString folder = QDir(hallDir).filePath(QStringLiteral("sms-outbox"));
        gateway = std::make_unique<FileSmsGateway>(folder, clock);
        description = tr("the file gateway in %1").arg(QDir::cleanPath(folder));
    }
    std::unique_ptr<NoticeService> service(new NoticeService(store, hallName, clock));
    service->m_description = description;
    service->m_sender =
        std::make_unique<NoticeSender>(service->m_outbox, std::move(gateway), clock, options);
    connect(service->m_sender.get(), &NoticeSender::problem, service.get(),
            &NoticeService::warning);
    return service;
}

void NoticeService::start()
{
    writeNew();
    m_sender->start();
}

void NoticeService::stop()
{
    m_writeTimer.stop();
    m_sender->stop();
}

void NoticeService::afterCommit()
{
    if (!m_writeTimer.isActive() || m_writeTimer.remainingTime() > writeDelayMs)
        m_writeTimer.start(writeDelayMs);
}

void NoticeService::writeNew()
{
    const core::Result<int> written = m_writer.writeNew(m_clock.now());
    if (!written) {
        emit warning(tr("cannot write the SMS notices of the latest events: %1")
                         .arg(written.error().message));
        m_writeTimer.start(retryWriteMs);
        return;
    }
    if (*written > 0)
        m_sender->wake();
}

} // namespace sunhall::server
