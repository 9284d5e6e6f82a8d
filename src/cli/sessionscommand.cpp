#include "sessionscommand.h"

#include "commandcontext.h"
#include "postgres/pgmonitor.h"
#include "postgres/pgsession.h"
#include "postgressession.h"
#include "util/humanformat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace artgen::cli {

QString SessionsCommand::summary() const
{
    return tr("List PostgreSQL's client sessions (who holds the connections).");
}

void SessionsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int SessionsCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    auto session = PostgresSession::open(context);
    if (!session) {
        context.printError(session.error());
        return ExitFailed;
    }
    const auto sessions = PostgresSession::wait((*session)->monitor().listSessions());
    if (!sessions) {
        context.printError(sessions.error());
        return PostgresSession::exitCodeFor(sessions.error());
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(context, *sessions);
    else
        printTable(context, *sessions);
    return ExitOk;
}

void SessionsCommand::printJson(CommandContext& context, const QList<core::PgSession>& sessions)
{
    QJsonArray rows;
    for (const core::PgSession& s : sessions)
        rows << s.toJson();
    context.out() << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
}

void SessionsCommand::printTable(CommandContext& context, const QList<core::PgSession>& sessions)
{
    QTextStream& out = context.out();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto since = [&now](const QDateTime& t) {
        return t.isValid() ? tr("%1 ago").arg(core::HumanFormat::duration(t.secsTo(now)))
                           : QStringLiteral("-");
    };
    out << qSetFieldWidth(8) << Qt::left << tr("PID") << qSetFieldWidth(14) << tr("USER")
        << qSetFieldWidth(22) << tr("APPLICATION") << qSetFieldWidth(16) << tr("CLIENT")
        << qSetFieldWidth(30) << tr("STATE") << qSetFieldWidth(14) << tr("SINCE")
        << qSetFieldWidth(0) << tr("QUERY") << '\n';
    for (const core::PgSession& s : sessions)
        out << qSetFieldWidth(8) << QString::number(s.pid) << qSetFieldWidth(14) << s.user
            << qSetFieldWidth(22) << s.application << qSetFieldWidth(16) << s.client
            << qSetFieldWidth(30) << s.state << qSetFieldWidth(14) << since(s.stateChange)
            << qSetFieldWidth(0) << s.query.left(60) << '\n';
    out << tr("%n session(s)", nullptr, int(sessions.size())) << Qt::endl;
}

} // namespace artgen::cli
