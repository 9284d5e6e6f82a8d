#include "checkcommand.h"

#include "checklist/checklist.h"
#include "checklist/checklistjob.h"
#include "checklist/checkliststep.h"
#include "commandcontext.h"
#include "docker/dockerclient.h"
#include "jobconsole.h"
#include "settings/settingsstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QStringList CheckCommand::lines(const core::ChecklistRun& run)
{
    QStringList out;
    for (const core::StepRecord& r : run.steps) {
        const core::ChecklistStep* step = core::Checklist::step(r.id);
        out << QStringLiteral("%1  %2  %3 — %4")
                   .arg(QString::number(r.id).rightJustified(2),
                        core::StepRecord::stateLabel(r.state).leftJustified(7),
                        step ? step->title() : QString(), r.summary);
        if (r.state == core::StepState::Warned || r.state == core::StepState::Failed)
            for (const QString& line : r.evidence)
                out << QStringLiteral("        ") + line;
    }
    out << tr("%1 passed, %2 warned, %3 failed, %4 skipped")
               .arg(run.count(core::StepState::Passed))
               .arg(run.count(core::StepState::Warned))
               .arg(run.count(core::StepState::Failed))
               .arg(run.count(core::StepState::Skipped));
    return out;
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
    const auto docker = context.docker();
    if (!docker) {
        context.printError(docker.error());
        return CommandContext::exitCodeFor(docker.error());
    }
    // Nothing to check without Docker: say so (exit 2) rather than fail every step.
    auto version = (*docker)->version();
    version.waitForFinished();
    if (version.resultCount() == 0 || !version.result()) {
        if (version.resultCount() > 0)
            context.printError(version.result().error());
        return ExitUnreachable;
    }
    // No container of the project at all: the stack is not there to check (2), not unhealthy.
    auto listed = (*docker)->listContainers(profile->projectName);
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
        *profile, **docker, core::ChecklistRun::create(profile->name, range->first, range->second),
        options, folder);
    const bool json = parser.isSet(QStringLiteral("json"));
    JobConsole console(context);
    console.setQuiet(true);
    console.setInterruptMessage(tr("Stopping the check…"));
    if (!json)
        QObject::connect(job.get(), &core::ChecklistJob::stepFinished, job.get(),
                         [&context, job = job.get()](int id) {
                             core::ChecklistRun one = job->snapshot();
                             one.steps = {*one.record(id)};
                             const QStringList l = lines(one);
                             for (qsizetype i = 0; i + 1 < l.size(); ++i)
                                 context.out() << l.at(i) << '\n';
                             context.out().flush();
                         });
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    const core::ChecklistRun run = job->snapshot();
    if (json) {
        QJsonObject o = run.toJson();
        o.insert(QStringLiteral("reports"), QJsonArray::fromStringList(job->reportFiles()));
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out() << lines(run).constLast() << '\n';
        for (const QString& path : job->reportFiles())
            context.out() << tr("Report: %1").arg(path) << '\n';
        context.out().flush();
    }
    return run.anyFailed() ? ExitNotHealthy : ExitOk;
}

} // namespace artgen::cli
