#pragma once

#include "command.h"
#include "logs/logentry.h"
#include "util/result.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl logs [SERVICE…] [-f] [--tail N|all] [--since TIME] [--grep REGEX] [--level LEVEL]
// [--json] [-t]`: the merged log of the stack's services (ContainerMap::discover: the profile's
// and the project's others), each line prefixed by its service (`--json`: one object per line),
// with the panel's level detection and filters. `-f` follows across container and daemon
// restarts until Ctrl-C (exit 0). Replaces `docker logs -f` and `docker logs --tail 100` from
// the deployment instructions.
class LogsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::LogsCommand)

public:
    QString name() const override { return QStringLiteral("logs"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // "10m", "2h", "1d", "30s", a Unix time, or an ISO 8601 / RFC 3339 date, relative to `now`.
    static core::Result<qint64> parseSince(const QString& text, qint64 nowNs);
    static QByteArray toJson(const core::LogEntry& entry, const QString& container);
};

} // namespace artgen::cli
