#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::core {
struct StackStatus;
}

namespace artgen::cli {

// `artgenctl status [--json] [--stats]`: one row per service — container, state, health,
// uptime, restarts (and CPU/memory with --stats). Exit 0 when every service runs and is
// healthy, 3 when some do not, 2 when Docker cannot be reached. Replaces `docker-compose ps`.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    static QByteArray toJson(const core::StackStatus& status, bool withStats);
    static QString toTable(const core::StackStatus& status, bool withStats);
};

} // namespace artgen::cli
