#pragma once

#include "checklist/checklistoptions.h"
#include "checklist/checklistrun.h"
#include "checklist/rollbackoptions.h"
#include "command.h"
#include "confirmation.h"

#include <QCoreApplication>
#include <optional>

class QTextStream;

namespace artgen::core {
class DockerClient;
class Profile;
struct RollbackPlan;
} // namespace artgen::core

namespace artgen::cli {

// `artgenctl deploy [--yes] [--no-build] [--no-cache] [--resume] [--auto-rollback
// [--restore-backup --confirm-database NAME]] [--json]` and `artgenctl deploy --rollback`: the
// deployment checklist 1–11 headless — backup, compose down, the files confirmed, build, compose
// up, logs, API, workers, connections, basic test, monitoring — stopping at the first failed step,
// one line per step as it ends and the report's paths at the end. Steps 2 and 5 stop and start
// the stack, so without --yes a terminal is asked y/N (which also confirms the files, step 3)
// and a non-terminal is refused; a production profile needs its name typed as well. --resume
// goes on with the newest unfinished deployment of the profile at the step it stood. Exit 0
// no step failed (warnings listed), 3 one did, 2 Docker cannot be reached, 1 refused.
// --auto-rollback: when a step from 5 on fails, the rollback (RollbackJob) runs at once, its
// stages and re-checks printed; the exit code stays 3, the output says whether it is green.
// --rollback rolls the newest failed deployment back by hand (exit 0 green, 3 not). It is an
// option of deploy, not a command of its own, because it is the undo of a deployment: the same
// profile, production gate, confirmation, Docker check, console and --restore-backup options.
// --restore-backup without the database's name typed in --confirm-database is a usage error
// (64) before anything runs.
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

    // Why the command line does not make sense (empty when it does). Pure.
    static QString usageError(const QCommandLineParser& parser);
    static core::RollbackOptions rollbackOptions(const QCommandLineParser& parser);
    bool confirmedRollback(CommandContext& context, const QCommandLineParser& parser,
                           const core::Profile& profile);
    // --rollback: the newest failed deployment, its plan shown, confirmed, rolled back.
    int rollBack(CommandContext& context, const QCommandLineParser& parser,
                 const core::Profile& profile);
    // --auto-rollback after a failed deployment: only a failure from step 5 on is rolled back;
    // false when nothing was.
    bool autoRollBack(CommandContext& context, const QCommandLineParser& parser,
                      const core::Profile& profile, core::DockerClient& docker,
                      const core::ChecklistRun& run, const core::ChecklistOptions& checks);
    int runRollback(CommandContext& context, const QCommandLineParser& parser,
                    const core::Profile& profile, core::DockerClient& docker,
                    const core::ChecklistRun& run, const core::ChecklistOptions& checks);
    static void printPlan(CommandContext& context, const core::ChecklistRun& run,
                          const core::RollbackPlan& plan);

    Confirmation m_confirmation;
};

} // namespace artgen::cli
