#include "auditcommand.h"

#include "commandcontext.h"
#include "logging/auditlog.h"
#include "logging/auditreader.h"
#include "logs/logtimestamp.h"
#include "logscommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>

namespace artgen::cli {

QString AuditCommand::summary() const
{
    return tr("Show the audit log: who changed which stack, when, and how it ended.");
}

void AuditCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("since"),
                      tr("Only entries since TIME: 10m, 2h, 1d, a Unix time or an ISO 8601 date."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("until"), tr("Only entries until TIME (same forms)."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("action"), tr("Only this action (down, restore, …)."),
                      QStringLiteral("ACTION")});
    parser.addOption({QStringLiteral("outcome"),
                      tr("Only this outcome (started, succeeded, failed, cancelled, refused)."),
                      QStringLiteral("OUTCOME")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per line.")});
}

int AuditCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    core::AuditReader::Filter filter;
    const qint64 nowNs = core::LogTimestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    for (const QString& bound : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!parser.isSet(bound))
            continue;
        const auto ns = LogsCommand::parseSince(parser.value(bound), nowNs);
        if (!ns) {
            context.err() << QStringLiteral("artgenctl audit: ")
                          << ns.error().message().replace(QStringLiteral("--since"),
                                                          QStringLiteral("--") + bound)
                          << Qt::endl;
            return ExitUsage;
        }
        (bound == QStringLiteral("since") ? filter.since : filter.until) =
            core::LogTimestamp::toDateTime(*ns);
    }
    // The global --profile narrows the log to that profile; without it, every profile shows.
    filter.profile = context.profileName();
    filter.action = parser.value(QStringLiteral("action"));
    filter.outcome = parser.value(QStringLiteral("outcome"));
    const auto contents = core::AuditReader::read(core::AuditLog::path(), filter);
    if (!contents) {
        context.printError(contents.error());
        return ExitFailed;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const auto& e : contents->entries) {
        if (json)
            context.out() << QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            context.out() << e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          << '\t' << e.user << '\t' << e.profile << '\t' << e.action << '\t'
                          << e.target << '\t' << e.outcome << '\n';
    }
    context.out().flush();
    if (contents->unreadableLines > 0)
        context.err() << tr("%n line(s) of the audit log could not be read and were skipped.",
                            nullptr, contents->unreadableLines)
                      << Qt::endl;
    return ExitOk;
}

} // namespace artgen::cli
