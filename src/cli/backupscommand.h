#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// artgenctl backups [--json] — the profile's backup catalogue.
class BackupsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
