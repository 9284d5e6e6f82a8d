#pragma once

#include "command.h"
#include "compose/composejob.h"
#include "confirmation.h"

#include <QCoreApplication>

class QTextStream;

namespace artgen::cli {

// `artgenctl up|down|build|restart [SERVICE…] [--no-cache] [--yes]`: one compose operation
// through ComposeJob, with compose's output streamed to stdout as it comes. One class for the
// four commands, registered once per operation. `down` asks first: on a terminal y/N, off a
// terminal it needs --yes. Ctrl+C cancels compose (and all it started) instead of orphaning it.
class ComposeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ComposeCommand)

public:
    explicit ComposeCommand(core::ComposeJob::Operation operation);

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // Tests only: where `down` reads its answer, and whether that counts as a terminal
    // (by default stdin, and isatty() decides).
    void setConfirmationInput(QTextStream* in, bool isTerminal);

private:
    bool takesServices() const;
    bool confirmDown(CommandContext& context, const core::Profile& profile);

    core::ComposeJob::Operation m_operation;
    Confirmation m_confirmation;
};

} // namespace artgen::cli
