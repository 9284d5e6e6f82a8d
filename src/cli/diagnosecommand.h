#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl diagnose [--json]`: "What is wrong?" from a terminal — every troubleshooting
// runbook's diagnosis, the one that matches with its evidence and fixes. Exit 0 when nothing is
// wrong, 3 when a problem was found, 2 when Docker cannot be reached.
class DiagnoseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::DiagnoseCommand)

public:
    QString name() const override { return QStringLiteral("diagnose"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
