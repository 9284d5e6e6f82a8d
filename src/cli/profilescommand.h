#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl profiles [--json]`: the configured stack profiles, the active one marked.
class ProfilesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ProfilesCommand)

public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
