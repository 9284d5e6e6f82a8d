#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl connections [--json]`: PostgreSQL connections and Redis clients against the
// profile's thresholds — the instructions' `psql … pg_stat_activity` and `redis-cli INFO
// clients` checks, without the password in argv. Exit 0 under the warn levels, 3 when one is
// crossed, 2 when a source gives no figures (naming it and why).
class ConnectionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ConnectionsCommand)

public:
    QString name() const override { return QStringLiteral("connections"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
