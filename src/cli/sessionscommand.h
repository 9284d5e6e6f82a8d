#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>

namespace artgen::core {
struct PgSession;
}

namespace artgen::cli {

class CommandContext;

// `artgenctl sessions [--json]`: PostgreSQL's client sessions (pid, user, application, client,
// state, since, query start, query cut short) — the monitor's own left out. Exit 0, 2 when
// PostgreSQL cannot be reached (named), 1 on any other error.
class SessionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::SessionsCommand)

public:
    QString name() const override { return QStringLiteral("sessions"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // The table `sessions` and `terminate-idle` print.
    static void printTable(CommandContext& context, const QList<core::PgSession>& sessions);
    static void printJson(CommandContext& context, const QList<core::PgSession>& sessions);
};

} // namespace artgen::cli
