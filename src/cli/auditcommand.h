#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl [--profile P] audit [--since TIME] [--until TIME] [--action A] [--outcome O]
// [--json]`: the audit log the panel and artgenctl write, oldest first; --profile narrows it to
// one profile.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
