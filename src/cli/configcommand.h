#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::core {
class ConfigDocuments;
}

namespace artgen::cli {

// `artgenctl config show [--json] | set KEY=VALUE… --dry-run | preset optimized|previous
// --dry-run | capacity [--json]`: the stack's timeouts, rate limit, workers and pool sizes read
// byte-exactly from its four files (the deployment instructions' "What was changed"), a change
// shown as the unified diff it would make, and the worst-case PostgreSQL connections. Writing
// (validation in the containers, apply, history, rollback) is not there yet: without --dry-run
// `set` and `preset` refuse and write nothing.
class ConfigCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

private:
    int show(CommandContext& context, const core::ConfigDocuments& docs, bool json);
    int change(CommandContext& context, const core::ConfigDocuments& docs,
               const QStringList& arguments, bool preset, bool dryRun);
    int capacity(CommandContext& context, const core::ConfigDocuments& docs, bool json);
};

} // namespace artgen::cli
