#include "deploycommand.h"

#include "checklist/checklistjob.h"
#include "checklistconsole.h"
#include "commandcontext.h"
#include "productiongate.h"
#include "settings/settingsstore.h"
#include "yesno.h"

#include <QCommandLineParser>
#include <unistd.h>

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
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    ProductionGate::addOption(parser);
}

void DeployCommand::setConfirmationInput(QTextStream* in, bool isTerminal)
{
    m_in = in;
    m_inIsTerminal = isTerminal;
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
    const bool terminal = m_in ? m_inIsTerminal : ::isatty(STDIN_FILENO) == 1;
    if (!terminal) {
        context.err() << QStringLiteral("artgenctl deploy: ")
                      << tr("a deployment stops and starts the stack's containers (steps 2 and "
                            "5) and accepts the configuration files as they are (step 3). There "
                            "is no terminal to ask on, so pass --yes to go ahead. Nothing was "
                            "changed.")
                      << Qt::endl;
        return false;
    }
    QTextStream stdinStream(stdin);
    QTextStream& in = m_in ? *m_in : stdinStream;
    if (YesNo::ask(context.err(), in,
                   tr("deploy stops and starts the containers of “%1” (compose project %2) and "
                      "accepts its configuration files as they are now; data volumes are "
                      "kept. Continue? [y/N] ")
                       .arg(profile.name, profile.projectName)))
        return true;
    context.err() << tr("Nothing was changed.") << Qt::endl;
    return false;
}

int DeployCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("no-build")) && parser.isSet(QStringLiteral("no-cache"))) {
        context.err() << QStringLiteral("artgenctl deploy: ")
                      << tr("--no-cache is for the build of step 4, which --no-build skips: "
                            "pass one of them.")
                      << Qt::endl;
        return ExitUsage;
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return CommandContext::exitCodeFor(profile.error());
    }
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
    return console.run(
        job, tr("Stopping the deployment; artgenctl deploy --resume goes on from there…"));
}

} // namespace artgen::cli
