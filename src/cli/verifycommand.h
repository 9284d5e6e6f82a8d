#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// artgenctl verify FILE — checks a backup without touching any database.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
