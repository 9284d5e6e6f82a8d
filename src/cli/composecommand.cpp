#include "composecommand.h"

#include "commandcontext.h"
#include "job/jobrunner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace artgen::cli {

namespace {

// 128 + SIGINT, what a shell reports for a command stopped with Ctrl+C.
constexpr int kExitInterrupted = 130;

int g_interruptPipe[2] = {-1, -1};

void onInterruptSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_interruptPipe[1], &byte, 1);
}

// While alive, SIGINT and SIGTERM call `onInterrupt` on the event loop instead of ending
// artgenctl. Compose runs in a process group of its own, so the terminal's Ctrl+C does not
// reach it: without this it would go on (or die of a broken pipe) after artgenctl is gone.
struct InterruptGuard
{
    InterruptGuard(QObject* context, std::function<void()> onInterrupt)
    {
        if (::pipe2(g_interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        notifier = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, context,
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
        ::sigaction(SIGINT, &action, &oldInt);
        ::sigaction(SIGTERM, &action, &oldTerm);
        installed = true;
    }

    ~InterruptGuard()
    {
        if (!installed)
            return;
        ::sigaction(SIGINT, &oldInt, nullptr);
        ::sigaction(SIGTERM, &oldTerm, nullptr);
        notifier.reset();
        ::close(g_interruptPipe[0]);
        ::close(g_interruptPipe[1]);
        g_interruptPipe[0] = g_interruptPipe[1] = -1;
    }

    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    bool installed = false;
};

} // namespace

using Operation = core::ComposeJob::Operation;

ComposeCommand::ComposeCommand(Operation operation) : m_operation(operation) {}

QString ComposeCommand::name() const
{
    switch (m_operation) {
    case Operation::Up:
        return QStringLiteral("up");
    case Operation::Down:
        return QStringLiteral("down");
    case Operation::Build:
        return QStringLiteral("build");
    case Operation::Pull:
        return QStringLiteral("pull");
    case Operation::Config:
        return QStringLiteral("config");
    case Operation::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

QString ComposeCommand::summary() const
{
    switch (m_operation) {
    case Operation::Up:
        return tr("Create and start the stack's containers (compose up -d).");
    case Operation::Down:
        return tr("Stop and remove the stack's containers; data volumes are kept (compose down).");
    case Operation::Build:
        return tr("Build the stack's images (compose build).");
    case Operation::Restart:
        return tr("Restart the stack's services (compose restart).");
    case Operation::Pull:
    case Operation::Config:
        break; // not artgenctl commands (yet)
    }
    return {};
}

bool ComposeCommand::takesServices() const
{
    return m_operation == Operation::Up || m_operation == Operation::Build ||
           m_operation == Operation::Restart;
}

void ComposeCommand::addOptions(QCommandLineParser& parser) const
{
    if (takesServices())
        parser.addPositionalArgument(QStringLiteral("services"),
                                     tr("The services to act on; all of them when none is named."),
                                     QStringLiteral("[SERVICE…]"));
    if (m_operation == Operation::Build)
        parser.addOption({QStringLiteral("no-cache"), tr("Build without the image cache.")});
    parser.addOption(
        {QStringLiteral("yes"), tr("Do not ask for confirmation (down asks otherwise).")});
}

void ComposeCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_in = in;
    m_inIsTerminal = isTerminal;
}

bool ComposeCommand::confirmDown(CommandContext& context, const core::Profile& profile)
{
    QTextStream stdinStream(stdin);
    QTextStream& in = m_in ? *m_in : stdinStream;
    context.err() << tr("down stops and removes the containers of “%1” (compose project %2); data "
                        "volumes are kept. Continue? [y/N] ")
                         .arg(profile.name, profile.projectName)
                  << Qt::flush;
    const QString answer = in.readLine().trimmed().toLower();
    // The English answers always work, the translated ones too.
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes") ||
           answer == tr("y", "short yes to a [y/N] question") ||
           answer == tr("yes", "yes to a [y/N] question");
}

int ComposeCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const QString prefix = QStringLiteral("artgenctl ") + name() + QStringLiteral(": ");
    const QStringList services = parser.positionalArguments();
    if (!takesServices() && !services.isEmpty()) {
        context.err() << prefix
                      << tr("%1 takes no service names; it acts on the whole stack.").arg(name())
                      << Qt::endl;
        return ExitUsage;
    }
    for (const QString& service : services) {
        if (!core::ComposeJob::isValidServiceName(service)) {
            context.err() << prefix << tr("“%1” is not a valid service name.").arg(service)
                          << Qt::endl;
            return ExitUsage;
        }
    }
    const bool confirmed = parser.isSet(QStringLiteral("yes"));
    const bool terminal = m_in ? m_inIsTerminal : ::isatty(STDIN_FILENO) == 1;
    if (m_operation == Operation::Down && !confirmed && !terminal) {
        context.err() << prefix
                      << tr("down stops and removes the stack's containers; data volumes are "
                            "kept. There is no terminal to ask on, so pass --yes to go ahead.")
                      << Qt::endl;
        return ExitUsage;
    }

    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
    if (m_operation == Operation::Down && !confirmed && !confirmDown(context, *profile)) {
        context.err() << tr("Nothing was changed.") << Qt::endl;
        return ExitFailed;
    }

    const bool noCache =
        m_operation == Operation::Build && parser.isSet(QStringLiteral("no-cache"));
    auto job = std::make_shared<core::ComposeJob>(m_operation, *profile, services, noCache);
    QEventLoop loop;
    QObject::connect(job.get(), &core::Job::logLines, &loop, [&context](const QStringList& lines) {
        for (const QString& line : lines)
            context.out() << line << '\n';
        context.out().flush();
    });
    QObject::connect(job.get(), &core::Job::finished, &loop, &QEventLoop::quit);
    bool interrupted = false;
    InterruptGuard guard(&loop, [&] {
        if (!interrupted)
            context.err() << tr("Stopping compose…") << Qt::endl;
        interrupted = true;
        job->cancel();
    });
    core::JobRunner runner;
    runner.start(job);
    loop.exec();

    switch (job->state()) {
    case core::Job::State::Succeeded:
        return ExitOk;
    case core::Job::State::Cancelled:
        context.printError(job->error());
        return kExitInterrupted;
    default:
        context.printError(job->error());
        return CommandContext::exitCodeFor(job->error());
    }
}

} // namespace artgen::cli
