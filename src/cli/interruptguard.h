#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <csignal>
#include <functional>
#include <memory>

namespace artgen::cli {

// While alive, SIGINT and SIGTERM call `onInterrupt` on the event loop instead of ending
// artgenctl, so a command can end its work cleanly (cancel a job, end a follow). Compose runs in
// a process group of its own, so the terminal's Ctrl+C does not reach it: without this it would
// go on (or die of a broken pipe) after artgenctl is gone.
class InterruptGuard
{
public:
    InterruptGuard(QObject* context, std::function<void()> onInterrupt);
    ~InterruptGuard();

    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

} // namespace artgen::cli
