// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/SignalWatcher.h"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace sunhall::server {

namespace {
int pipeEnds[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler
struct sigaction previousTerm = {};
struct sigaction previousInt = {};

void onSignal(int signalNumber)
{
    const auto byte = static_cast<char>(signalNumber);
    // Nothing to do if the pipe is full: a termination is already pending.
    [[maybe_unused]] const auto written = ::write(pipeEnds[1], &byte, 1);
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{}

SignalWatcher::~SignalWatcher()
{
    if (m_notifier) {
        ::sigaction(SIGTERM, &previousTerm, nullptr);
        ::sigaction(SIGINT, &previousInt, nullptr);
        m_notifier.reset();
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        pipeEnds[0] = pipeEnds[1] = -1;
    }
}

bool SignalWatcher::install()
{
    if (m_notifier ||
        ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pipeEnds) != 0)
        return false;
    m_notifier = std::make_unique<QSocketNotifier>(pipeEnds[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, &previousTerm) == 0 &&
           ::sigaction(SIGINT, &action, &previousInt) == 0;
}

void SignalWatcher::onReadable()
{
    char byte = 0;
    while (::read(pipeEnds[0], &byte, 1) == 1)
        emit terminationRequested(int(static_cast<unsigned char>(byte)));
}

} // namespace sunhall::server
