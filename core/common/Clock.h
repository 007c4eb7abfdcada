// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace sunhall::core {

/// The source of "now" for all domain code. Domain code never reads the wall clock itself:
/// programs pass a SystemClock down from main(), tests a FixedClock standing on any date.
/// Times are in the hall's time zone (China Standard Time unless the hall says otherwise).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

/// The hall's wall clock.
class SystemClock final : public Clock
{
public:
    explicit SystemClock(QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        : m_zone(std::move(zone))
    {}
    QDateTime now() const override { return QDateTime::currentDateTime().toTimeZone(m_zone); }

private:
    QTimeZone m_zone;
};

/// A clock that stands still until told to move; for tests and simulations.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace sunhall::core
