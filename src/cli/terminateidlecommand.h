#pragma once

#include "command.h"
#include "confirmation.h"

#include <QCoreApplication>
#include <optional>

class QTextStream;

namespace artgen::cli {

// `artgenctl terminate-idle [--older-than 5m] [--dry-run] [--yes]`: the instructions'
// pg_terminate_backend on client sessions idle for longer than the limit, never the monitor's
// own. Lists them first; without --yes asks on a terminal and refuses without one. Prints
// exactly the sessions it ended. Audited (core). Exit 0, 2 when PostgreSQL cannot be reached,
// 1 on any other error or a "no".
class TerminateIdleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::TerminateIdleCommand)

public:
    QString name() const override { return QStringLiteral("terminate-idle"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // For tests: answers come from `in`, which is a terminal or not.
    void setConfirmationInput(QTextStream* in, bool isTerminal);

    // "90s", "5m", "2h", "1500ms"; a bare number is minutes. Empty when unreadable.
    static std::optional<qint64> parseDurationMs(const QString& text);

private:
    bool confirm(CommandContext& context, int count);

    Confirmation m_confirmation;
};

} // namespace artgen::cli
