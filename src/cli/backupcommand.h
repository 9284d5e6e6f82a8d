#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// artgenctl backup [--format plain|plain-gz|plain-zst|custom] [--out DIR] [--json]
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
