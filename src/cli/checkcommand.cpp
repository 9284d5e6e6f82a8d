#include "checkcommand.h"

#include "checklist/checklist.h"
#include "checklist/checklistjob.h"
#include "checklistconsole.h"
#include "commandcontext.h"
#include "docker/dockerclient.h"
#include "settings/settingsstore.h"

#include <QCommandLineParser>

namespace artgen::cli {

QString CheckCommand::summary() const
{
    return tr("Health check of the running stack: checklist steps 6–10 (logs, API, workers, "
              "connections, basic test).");
}

void CheckCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    parser.addOption({QStringLiteral("steps"),
                      tr("The checklist steps to run, e.g. 6-10 (default), 7 or 6-11."),
                      QStringLiteral("RANGE"), QStringLiteral("6-10")});
}

int CheckCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const auto range = core::Checklist::parseRange(parser.value(QStringLiteral("steps")));
    if (!range) {
        context.err() << tr("artgenctl check: --steps takes a step or a range of steps 1–11, "
                            "such as 6-10, not “%1”.")
                             .arg(parser.value(QStringLiteral("steps")))
                      << Qt::endl;
        return ExitUsage;
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    int unreachable = ExitOk;
    core::DockerClient* docker = ChecklistConsole::reachDocker(context, &unreachable);
    if (!docker)
        return unreachable;
    // No container of the project at all: the stack is not there to check (2), not unhealthy.
    auto listed = docker->listContainers(profile->projectName);
    listed.waitForFinished();
    if (listed.resultCount() > 0 && listed.result() && listed.result()->isEmpty()) {
        context.printError(core::Error(
            core::Error::Code::Unreachable,
            tr("The stack has no containers (compose project %1).").arg(profile->projectName), {},
            tr("Start it with `artgenctl up`, or choose its profile with --profile.")));
        return ExitUnreachable;
    }
    core::ChecklistOptions options;
    options.thresholds = core::Thresholds::load(context.settings(), profile->name);
    const QString folder = core::ChecklistRun::folderFor(*profile);
    auto job = std::make_shared<core::ChecklistJob>(
        *profile, *docker, core::ChecklistRun::create(profile->name, range->first, range->second),
        options, folder);
    ChecklistConsole console(context, parser.isSet(QStringLiteral("json")));
    return console.run(job, tr("Stopping the check…"));
}

} // namespace artgen::cli
