#include "connectionscommand.h"

#include "commandcontext.h"
#include "monitorrun.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace artgen::cli {

QString ConnectionsCommand::summary() const
{
    return tr("PostgreSQL connections and Redis clients against their thresholds.");
}

void ConnectionsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int ConnectionsCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    MonitorRun run(*profile, context.settings());
    run.start({core::MonitorHub::Source::Postgres, core::MonitorHub::Source::Redis});
    run.waitForConnections();
    const core::ConnectionsReport report = run.report();
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const QString& line : report.toLines())
            context.out() << line << '\n';
        context.out().flush();
    }
    return int(report.exit());
}

} // namespace artgen::cli
