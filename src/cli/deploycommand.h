#pragma once

#include "checklist/checklistrun.h"
#include "command.h"

#include <QCoreApplication>
#include <optional>

class QTextStream;

namespace artgen::core {
class Profile;
}

namespace artgen::cli {

// `artgenctl deploy [--yes] [--no-build] [--no-cache] [--resume] [--json]`: the deployment
// checklist 1–11 headless — backup, compose down, the files confirmed, build, compose up,
// logs, API, workers, connections, basic test, monitoring — stopping at the first failed step,
// one line per step as it ends and the report's paths at the end. Steps 2 and 5 stop and start
// the stack, so without --yes a terminal is asked y/N (which also confirms the files, step 3)
// and a non-terminal is refused; a production profile needs its name typed as well. --resume
// goes on with the newest unfinished deployment of the profile at the step it stood. Exit 0
// no step failed (warnings listed), 3 one did, 2 Docker cannot be reached, 1 refused.
class DeployCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::DeployCommand)

public:
    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;

    // Tests only: where the y/N answer is read, and whether that counts as a terminal
    // (by default stdin, and isatty() decides).
    void setConfirmationInput(QTextStream* in, bool isTerminal);

private:
    // The run to go on with: a new one, or with --resume the newest unfinished deployment.
    // Empty (and the reason printed) when there is none to resume.
    std::optional<core::ChecklistRun> runToDo(CommandContext& context,
                                              const QCommandLineParser& parser,
                                              const core::Profile& profile) const;
    // --yes, or "y" on a terminal; otherwise the reason is printed and false returned.
    bool confirmed(CommandContext& context, const QCommandLineParser& parser,
                   const core::Profile& profile, int fromStep);

    QTextStream* m_in = nullptr;
    bool m_inIsTerminal = false;
};

} // namespace artgen::cli
