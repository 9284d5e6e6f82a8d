#include "deploycommand.h"

#include "backup/databasetarget.h"
#include "checklist/checklistjob.h"
#include "checklist/rollbackjob.h"
#include "checklist/rollbackplan.h"
#include "checklistconsole.h"
#include "commandcontext.h"
#include "confirmation.h"
#include "productiongate.h"
#include "rollbackconsole.h"
#include "settings/settingsstore.h"

#include <QCommandLineParser>

namespace artgen::cli {

namespace {
// Steps 2 (compose down) to 5 (compose up) change the running stack.
constexpr int kLastStackStep = 5;
} // namespace

QString DeployCommand::summary() const
{
    return tr("Deploy: the whole checklist 1–11 headless (backup, down, build, up, checks), "
              "stopping at the first failed step, with its report.");
}

void DeployCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("yes"),
                      tr("Do not ask before stopping and starting the stack (steps 2 and 5); "
                         "also confirms the configuration files as they are now (step 3).")});
    parser.addOption({QStringLiteral("no-build"), tr("Skip step 4: do not rebuild the images.")});
    parser.addOption(
        {QStringLiteral("no-cache"), tr("Step 4 builds without the image cache (compose build "
                                        "--no-cache).")});
    parser.addOption({QStringLiteral("resume"),
                      tr("Go on with this profile's newest unfinished deployment at the step "
                         "it stood.")});
    parser.addOption(
        {QStringLiteral("auto-rollback"),
         tr("When a step from 5 on fails, roll back: step 1's configuration files, the images "
            "the stack ran before (no build), compose up -d, then checks 5–9 again. The exit "
            "code stays 3 (the deployment failed); the output says whether the rollback is "
            "green.")});
    parser.addOption({QStringLiteral("rollback"),
                      tr("Roll back this profile's newest failed deployment now, as "
                         "--auto-rollback would have; exit 0 when the rollback is green.")});
    parser.addOption(
        {QStringLiteral("restore-backup"),
         tr("With a rollback, also restore step 1's backup (a safety backup of the database is "
            "taken first); data written since is lost. Needs --confirm-database.")});
    parser.addOption({QStringLiteral("confirm-database"),
                      tr("The profile's database name, typed to allow --restore-backup."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    ProductionGate::addOption(parser);
}

void DeployCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_confirmation.setInput(in, isTerminal);
}

std::optional<core::ChecklistRun> DeployCommand::runToDo(CommandContext& context,
                                                         const QCommandLineParser& parser,
                                                         const core::Profile& profile) const
{
    if (!parser.isSet(QStringLiteral("resume")))
        return core::ChecklistRun::create(profile.name, core::ChecklistRun::kFirstStep,
                                          core::ChecklistRun::kLastStep);
    auto run =
        core::ChecklistRun::latestUnfinishedDeployment(core::ChecklistRun::folderFor(profile));
    if (!run) {
        context.printError(run.error());
        return std::nullopt;
    }
    context.err() << tr("Resuming the deployment started %1 at step %2.")
                         .arg(run->createdAt.toLocalTime().toString(Qt::ISODate))
                         .arg(run->resumeStep())
                  << Qt::endl;
    return *run;
}

bool DeployCommand::confirmed(CommandContext& context, const QCommandLineParser& parser,
                              const core::Profile& profile, int fromStep)
{
    if (parser.isSet(QStringLiteral("yes")) || fromStep > kLastStackStep)
        return true;
    return m_confirmation.canAsk(
               false, context.err(),
               QStringLiteral("artgenctl deploy: ") +
                   tr("a deployment stops and starts the stack's containers (steps 2 and "
                      "5) and accepts the configuration files as they are (step 3). There "
                      "is no terminal to ask on, so pass --yes to go ahead. Nothing was "
                      "changed.")) &&
           m_confirmation.ask(
               context.err(),
               tr("deploy stops and starts the containers of “%1” (compose project %2) and "
                  "accepts its configuration files as they are now; data volumes are "
                  "kept. Continue? [y/N] ")
                   .arg(profile.name, profile.projectName));
}

QString DeployCommand::usageError(const QCommandLineParser& parser)
{
    const auto set = [&parser](const char* name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    if (set("no-build") && set("no-cache"))
        return tr("--no-cache is for the build of step 4, which --no-build skips: pass one of "
                  "them.");
    if (set("rollback") &&
        (set("auto-rollback") || set("resume") || set("no-build") || set("no-cache")))
        return tr("--rollback rolls the last failed deployment back and deploys nothing: pass it "
                  "without --auto-rollback, --resume, --no-build or --no-cache.");
    if (set("restore-backup") && !set("rollback") && !set("auto-rollback"))
        return tr("--restore-backup is part of a rollback: pass --auto-rollback or --rollback "
                  "with it.");
    if (set("restore-backup") && !set("confirm-database"))
        return tr("--restore-backup loses the data written since step 1's backup: confirm it by "
                  "typing the database's name with --confirm-database NAME.");
    if (set("confirm-database") && !set("restore-backup"))
        return tr("--confirm-database confirms --restore-backup, which was not asked for.");
    return {};
}

core::RollbackOptions DeployCommand::rollbackOptions(const QCommandLineParser& parser)
{
    core::RollbackOptions o;
    o.restoreBackup = parser.isSet(QStringLiteral("restore-backup"));
    o.confirmedDatabase = parser.value(QStringLiteral("confirm-database"));
    return o;
}

bool DeployCommand::confirmedRollback(CommandContext& context, const QCommandLineParser& parser,
                                      const core::Profile& profile)
{
    if (parser.isSet(QStringLiteral("yes")))
        return true;
    return m_confirmation.canAsk(
               false, context.err(),
               QStringLiteral("artgenctl deploy: ") +
                   tr("a rollback writes step 1's configuration files back and starts the "
                      "stack's containers on the previous images. There is no terminal to "
                      "ask on, so pass --yes to go ahead. Nothing was changed.")) &&
           m_confirmation.ask(
               context.err(),
               tr("The rollback writes step 1's configuration files of “%1” back and starts "
                  "its containers (compose project %2) on the previous images; data volumes "
                  "are kept. Continue? [y/N] ")
                   .arg(profile.name, profile.projectName));
}

int DeployCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    if (const QString why = usageError(parser); !why.isEmpty()) {
        context.err() << QStringLiteral("artgenctl deploy: ") << why << Qt::endl;
        return ExitUsage;
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
    // The typed name is checked before anything runs: a wrong one is a usage error, not a
    // rollback that stops half-way.
    if (const QString refused = core::RollbackJob::refusal(
            rollbackOptions(parser), core::DatabaseTarget::databaseName(*profile));
        !refused.isEmpty()) {
        context.err() << QStringLiteral("artgenctl deploy: ") << refused << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("rollback")))
        return rollBack(context, parser, *profile);
    const std::optional<core::ChecklistRun> run = runToDo(context, parser, *profile);
    if (!run)
        return ExitFailed;
    if (!ProductionGate::allows(context, parser, *profile, name()) ||
        !confirmed(context, parser, *profile, run->resumeStep()))
        return ExitFailed;
    int unreachable = ExitOk;
    core::DockerClient* docker = ChecklistConsole::reachDocker(context, &unreachable);
    if (!docker)
        return unreachable;

    core::ChecklistOptions options;
    options.thresholds = core::Thresholds::load(context.settings(), profile->name);
    options.build = !parser.isSet(QStringLiteral("no-build"));
    options.noCache = parser.isSet(QStringLiteral("no-cache"));
    // Past confirmed(): --yes or a "y" to a question that named the files as they are now.
    options.manualChangeConfirmed = true;
    options.stopOnFailure = true;
    auto job = std::make_shared<core::ChecklistJob>(*profile, *docker, *run, options,
                                                    core::ChecklistRun::folderFor(*profile));
    ChecklistConsole console(context, parser.isSet(QStringLiteral("json")));
    console.setShowStarts(true);
    const bool autoRollback = parser.isSet(QStringLiteral("auto-rollback"));
    // One JSON document in the end: the run with its rollback when there is one.
    console.setDeferFailedJson(autoRollback);
    const int code = console.run(
        job, tr("Stopping the deployment; artgenctl deploy --resume goes on from there…"));
    if (code != ExitNotHealthy || !autoRollback)
        return code;
    if (!autoRollBack(context, parser, *profile, *docker, job->snapshot(), options) &&
        parser.isSet(QStringLiteral("json")))
        console.printJson(job->snapshot(), job->reportFiles());
    return code; // the deployment failed, whatever the rollback did
}

bool DeployCommand::autoRollBack(CommandContext& context, const QCommandLineParser& parser,
                                 const core::Profile& profile, core::DockerClient& docker,
                                 const core::ChecklistRun& run,
                                 const core::ChecklistOptions& checks)
{
    const int failed = run.resumeStep();
    if (failed < kLastStackStep) {
        context.err() << tr("The deployment failed at step %1, before the stack was started: "
                            "there is nothing to roll back; fix it and run deploy --resume.")
                             .arg(failed)
                      << Qt::endl;
        return false;
    }
    context.err() << tr("The deployment failed at step %1: rolling back to the configuration "
                        "and images the stack ran before…")
                         .arg(failed)
                  << Qt::endl;
    runRollback(context, parser, profile, docker, run, checks);
    return true;
}

int DeployCommand::runRollback(CommandContext& context, const QCommandLineParser& parser,
                               const core::Profile& profile, core::DockerClient& docker,
                               const core::ChecklistRun& run, const core::ChecklistOptions& checks)
{
    auto job = std::make_shared<core::RollbackJob>(profile, docker, run, rollbackOptions(parser),
                                                   core::ChecklistRun::folderFor(profile));
    job->setChecklistOptions(checks);
    return RollbackConsole(context, parser.isSet(QStringLiteral("json"))).run(job);
}

int DeployCommand::rollBack(CommandContext& context, const QCommandLineParser& parser,
                            const core::Profile& profile)
{
    const auto run =
        core::ChecklistRun::latestFailedDeployment(core::ChecklistRun::folderFor(profile));
    if (!run) {
        context.printError(run.error());
        return ExitFailed;
    }
    int unreachable = ExitOk;
    core::DockerClient* docker = ChecklistConsole::reachDocker(context, &unreachable);
    if (!docker)
        return unreachable;
    const core::RollbackPlan plan = core::RollbackPlan::make(*run, profile, *docker);
    printPlan(context, *run, plan);
    if (!plan.canRollBack())
        return ExitFailed;
    if (!ProductionGate::allows(context, parser, profile, name()) ||
        !confirmedRollback(context, parser, profile))
        return ExitFailed;
    core::ChecklistOptions checks;
    checks.thresholds = core::Thresholds::load(context.settings(), profile.name);
    return runRollback(context, parser, profile, *docker, *run, checks);
}

void DeployCommand::printPlan(CommandContext& context, const core::ChecklistRun& run,
                              const core::RollbackPlan& plan)
{
    QTextStream& err = context.err();
    err << tr("Rolling back the deployment %1 (failed at step %2).")
               .arg(run.id)
               .arg(run.resumeStep())
        << Qt::endl;
    for (const QString& file : plan.filesToRestore)
        err << tr("  file back to step 1's copy: %1").arg(file) << Qt::endl;
    for (const auto& image : plan.images)
        err << tr("  %1: %2 back to %3")
                   .arg(image.service, image.reference, image.previousId.left(19))
            << Qt::endl;
    for (const QString& problem : plan.problems)
        err << tr("  cannot roll back: %1").arg(problem) << Qt::endl;
}

} // namespace artgen::cli
