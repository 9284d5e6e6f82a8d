#pragma once

#include "command.h"
#include "confirmation.h"

#include <QCoreApplication>
#include <QTextStream>

namespace artgen::cli {

// artgenctl restore FILE [--clean] [--no-safety-backup] [--keep-services] [--yes]
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // For tests: where the confirmation is read from.
    void setConfirmationInput(QTextStream* in, bool isTerminal);

private:
    Confirmation m_confirmation;
};

} // namespace artgen::cli
