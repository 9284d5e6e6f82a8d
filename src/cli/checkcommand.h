#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl check [--json] [--steps 6-10]`: the deployment checklist's health check of a running
// stack — logs, API, workers, connections, basic test (or the steps asked for) — one line per
// step with its evidence under warnings and failures, and the report written to the profile's
// data folder. Exit 0 when no step failed (warnings are listed), 3 when one did, 2 when Docker
// cannot be reached.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
