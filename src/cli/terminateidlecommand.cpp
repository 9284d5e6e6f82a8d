#include "terminateidlecommand.h"

#include "commandcontext.h"
#include "confirmation.h"
#include "postgres/pgmonitor.h"
#include "postgres/pgsession.h"
#include "postgressession.h"
#include "productiongate.h"
#include "sessionscommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace artgen::cli {

QString TerminateIdleCommand::summary() const
{
    return tr("End PostgreSQL sessions idle for longer than a limit (default 5 minutes).");
}

void TerminateIdleCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("older-than"),
                      tr("End sessions idle for longer than this: 90s, 5m, 2h (a bare number is "
                         "minutes)."),
                      QStringLiteral("DURATION"), QStringLiteral("5m")});
    parser.addOption({QStringLiteral("dry-run"), tr("Only list what would be ended.")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation.")});
    ProductionGate::addOption(parser);
}

void TerminateIdleCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_confirmation.setInput(in, isTerminal);
}

std::optional<qint64> TerminateIdleCommand::parseDurationMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(ms|s|m|h)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok || n > 1000000000)
        return std::nullopt;
    const QString unit = m.captured(2);
    if (unit == u"ms")
        return n;
    if (unit == u"s")
        return n * 1000;
    if (unit == u"h")
        return n * 3600 * 1000;
    return n * 60 * 1000;
}

bool TerminateIdleCommand::confirm(CommandContext& context, int count)
{
    return m_confirmation.ask(context.err(),
                              tr("End %n session(s)? Their clients lose the connection and must "
                                 "reconnect. [y/N] ",
                                 nullptr, count));
}

int TerminateIdleCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const QString prefix = QStringLiteral("artgenctl ") + name() + QStringLiteral(": ");
    const auto limitMs = parseDurationMs(parser.value(QStringLiteral("older-than")));
    if (!limitMs) {
        context.err() << prefix
                      << tr("“%1” is not a duration; write it as 90s, 5m or 2h.")
                             .arg(parser.value(QStringLiteral("older-than")))
                      << Qt::endl;
        return ExitUsage;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool confirmed = parser.isSet(QStringLiteral("yes"));
    if (!m_confirmation.canAsk(
            dryRun || confirmed, context.err(),
            prefix + tr("ending sessions cuts their clients off. There is no terminal to ask "
                        "on, so pass --yes to go ahead (or --dry-run to only list them).")))
        return ExitUsage;
    if (!dryRun) {
        const auto profile = context.profile();
        if (profile && !ProductionGate::allows(context, parser, *profile, name()))
            return ExitFailed;
    }
    auto session = PostgresSession::open(context);
    if (!session) {
        context.printError(session.error());
        return ExitFailed;
    }
    core::PgMonitor& monitor = (*session)->monitor();
    const auto candidates = PostgresSession::wait(monitor.terminateIdle(*limitMs, true));
    if (!candidates) {
        context.printError(candidates.error());
        return PostgresSession::exitCodeFor(candidates.error());
    }
    if (candidates->isEmpty()) {
        context.out() << tr("No session has been idle for longer than the limit.") << Qt::endl;
        return ExitOk;
    }
    SessionsCommand::printTable(context, *candidates);
    if (dryRun)
        return ExitOk;
    if (!confirmed && !confirm(context, int(candidates->size())))
        return ExitFailed;
    // Asked again: a session that became busy meanwhile is left alone.
    const auto ended = PostgresSession::wait(monitor.terminateIdle(*limitMs, false));
    if (!ended) {
        context.printError(ended.error());
        return PostgresSession::exitCodeFor(ended.error());
    }
    context.out() << tr("Ended %n session(s):", nullptr, int(ended->size())) << '\n';
    SessionsCommand::printTable(context, *ended);
    return ExitOk;
}

} // namespace artgen::cli
