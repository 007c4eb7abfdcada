// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace sunhall::core {

/// How long to wait before the next attempt to reach the server again (docs/protocol.md, live
/// channel): the first wait is `initialMs`, each further one doubles up to `maxMs`, and each is
/// spread by ±25 % so that a hall's workstations do not all knock at once after an outage.
/// The random source is injectable so that tests know the spread.
class Backoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Backoff(int initialMs = 1000, int maxMs = 30000, Random random = {});

    /// The wait before the next attempt; counts the attempt.
    int nextDelayMs();
    /// Back to the first wait, after a success.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    /// The wait before attempt `attempt` (0-based) for a random value `random` in [0, 1).
    static int delayFor(int attempt, int initialMs, int maxMs, double random);

private:
    int m_initialMs;
    int m_maxMs;
    Random m_random;
    int m_attempt = 0;
};

} // namespace sunhall::core
