#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace artgen::cli {

class MonitorRun;

// `artgenctl watch [--interval S] [--count N] [--json]`: one line (or one JSON object) per
// interval for every source — PostgreSQL, Redis, Celery, the API and the containers — until
// Ctrl-C or N lines. The panel's monitors, so the figures are the Charts page's.
class WatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::WatchCommand)

public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    static QString line(MonitorRun& run);
    static QJsonObject object(MonitorRun& run);
};

} // namespace artgen::cli
