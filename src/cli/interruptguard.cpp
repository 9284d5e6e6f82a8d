#include "interruptguard.h"

#include <fcntl.h>
#include <unistd.h>

namespace artgen::cli {

namespace {

int g_interruptPipe[2] = {-1, -1};

void onInterruptSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_interruptPipe[1], &byte, 1);
}

} // namespace

InterruptGuard::InterruptGuard(QObject* context, std::function<void()> onInterrupt)
{
    if (::pipe2(g_interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context,
                     [callback = std::move(onInterrupt)] {
                         char buffer[16];
                         while (::read(g_interruptPipe[0], buffer, sizeof buffer) > 0) {
                         }
                         callback();
                     });
    struct sigaction action = {};
    action.sa_handler = onInterruptSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
    m_installed = true;
}

InterruptGuard::~InterruptGuard()
{
    if (!m_installed)
        return;
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    m_notifier.reset();
    ::close(g_interruptPipe[0]);
    ::close(g_interruptPipe[1]);
    g_interruptPipe[0] = g_interruptPipe[1] = -1;
}

} // namespace artgen::cli
