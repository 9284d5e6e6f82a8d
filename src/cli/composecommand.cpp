#include "composecommand.h"

#include "commandcontext.h"
#include "confirmation.h"
#include "jobconsole.h"
#include "productiongate.h"

#include <QCommandLineParser>

namespace artgen::cli {

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
    if (m_operation == Operation::Down)
        ProductionGate::addOption(parser);
}

void ComposeCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_confirmation.setInput(in, isTerminal);
}

bool ComposeCommand::confirmDown(CommandContext& context, const core::Profile& profile)
{
    return m_confirmation.ask(
        context.err(), tr("down stops and removes the containers of “%1” (compose project %2); "
                          "data volumes are kept. Continue? [y/N] ")
                           .arg(profile.name, profile.projectName));
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
    if (m_operation == Operation::Down &&
        !m_confirmation.canAsk(
            confirmed, context.err(),
            prefix + tr("down stops and removes the stack's containers; data volumes are "
                        "kept. There is no terminal to ask on, so pass --yes to go ahead.")))
        return ExitUsage;

    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
    if (m_operation == Operation::Down &&
        !ProductionGate::allows(context, parser, *profile, name()))
        return ExitFailed;
    if (m_operation == Operation::Down && !confirmed && !confirmDown(context, *profile))
        return ExitFailed;

    const bool noCache =
        m_operation == Operation::Build && parser.isSet(QStringLiteral("no-cache"));
    auto job = std::make_shared<core::ComposeJob>(m_operation, *profile, services, noCache);
    JobConsole console(context);
    console.setInterruptMessage(tr("Stopping compose…"));
    return console.run(job);
}

} // namespace artgen::cli
