#pragma once

#include "command.h"
#include "confirmation.h"
#include "settings/profile.h"
#include "stackconfig/configapplyjob.h"

#include <QCoreApplication>

class QTextStream;

namespace artgen::core {
class ConfigDocuments;
}

namespace artgen::cli {

// `artgenctl config show | set | preset | presets | history | rollback | capacity`: the stack's
// timeouts, rate limit, workers and pool sizes read byte-exactly from its four files (the
// deployment instructions' "What was changed"); a change shown as the unified diff it would make
// and applied (validated, written, recorded, made to take effect and checked: ConfigApplyJob);
// the history of applied changes and a rollback to any of them, or to git's HEAD; user presets;
// and the worst-case PostgreSQL connections.
class ConfigCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ConfigCommand)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // Tests: where the y/N answer is read from, and whether it counts as a terminal.
    void setConfirmationInput(QTextStream* in, bool isTerminal);

private:
    int show(CommandContext& context, const core::ConfigDocuments& docs, bool json);
    int change(CommandContext& context, const core::Profile& profile,
               const core::ConfigDocuments& docs, const QStringList& arguments, bool preset,
               const QCommandLineParser& parser);
    int presets(CommandContext& context, const core::ConfigDocuments& docs, QStringList arguments,
                bool json);
    int history(CommandContext& context, const core::Profile& profile, bool json);
    int rollback(CommandContext& context, const core::Profile& profile,
                 const core::ConfigDocuments& docs, const QStringList& arguments,
                 const QCommandLineParser& parser);
    int gitRollback(CommandContext& context, const core::Profile& profile,
                    const core::ConfigDocuments& docs, const QCommandLineParser& parser);
    int capacity(CommandContext& context, const core::ConfigDocuments& docs, bool json);
    int apply(CommandContext& context, const QCommandLineParser& parser,
              const core::ConfigApplyJob::Options& options);

    Confirmation m_confirmation;
};

} // namespace artgen::cli
