#include "rollbackjob.h"

#include "backup/databasetarget.h"
#include "backup/restorejob.h"
#include "buildstep.h"
#include "checklist.h"
#include "checkliststep.h"
#include "compose/composejob.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "rollbackplan.h"
#include "stackconfig/configapplyjob.h"
#include "stackimages.h"
#include "startstep.h"
#include "stepcontext.h"

#include <QElapsedTimer>

namespace artgen::core {

RollbackJob::RollbackJob(Profile profile, DockerClient& docker, ChecklistRun run,
                         RollbackOptions options, QString folder, std::shared_ptr<void> keepAlive)
    : ChecklistRunJob(tr("Deployment rollback"), std::move(run), std::move(folder)),
      m_profile(std::move(profile)), m_docker(docker), m_options(std::move(options)),
      m_keepAlive(std::move(keepAlive))
{
    QStringList titles;
    for (int id = RollbackRecord::kStageConfiguration; id <= RollbackRecord::kStageDatabase; ++id)
        titles << tr("%1. %2").arg(id).arg(RollbackRecord::stageTitle(id));
    for (int id = RollbackRecord::kFirstRecheck; id <= RollbackRecord::kLastRecheck; ++id)
        titles << tr("Re-check %1. %2").arg(id).arg(Checklist::step(id)->title());
    declareSteps(titles);
}

QString RollbackJob::refusal(const RollbackOptions& options, const QString& database)
{
    if (!options.restoreBackup)
        return {};
    if (database.isEmpty())
        return tr("The profile's database name is not known, so the restore cannot be "
                  "confirmed: nothing was restored.");
    if (options.confirmedDatabase != database)
        return tr("The typed name “%1” is not the database “%2”: nothing was restored.")
            .arg(options.confirmedDatabase, database);
    return {};
}

void RollbackJob::update(const std::function<void(RollbackRecord&)>& change)
{
    QMutexLocker lock(&m_mutex);
    change(*m_run.rollback);
}

void RollbackJob::run()
{
    {
        QMutexLocker lock(&m_mutex);
        m_run.rollback = RollbackRecord::create();
        m_run.rollback->state = StepState::Running;
        m_run.rollback->startedAt = QDateTime::currentDateTimeUtc();
    }
    save();
    QElapsedTimer clock;
    clock.start();
    const QString refused = refusal(m_options, DatabaseTarget::databaseName(m_profile));
    if (!refused.isEmpty()) {
        // Refused before anything changes: the typed name is the only consent to lose data.
        runStage(RollbackRecord::kStageDatabase,
                 [&refused](StepContext&) { return StepRecord::failed(refused); });
    }
    const bool stagesPassed =
        refused.isEmpty() &&
        runStage(RollbackRecord::kStageConfiguration,
                 [this](StepContext& c) { return configuration(c); }) &&
        runStage(RollbackRecord::kStageImages, [this](StepContext& c) { return images(c); }) &&
        runStage(RollbackRecord::kStageContainers,
                 [this](StepContext& c) { return containers(c); }) &&
        runStage(RollbackRecord::kStageDatabase, [this](StepContext& c) { return database(c); });
    if (stagesPassed)
        for (int id = RollbackRecord::kFirstRecheck; id <= RollbackRecord::kLastRecheck; ++id) {
            if (isCancelRequested())
                break;
            runRecheck(id);
        }
    update([&](RollbackRecord& r) {
        r.state = r.verdict();
        r.durationMs = clock.elapsed();
    });
    finish();
}

bool RollbackJob::runStage(int id, const Body& body)
{
    if (isCancelRequested())
        return false;
    return runRecord(id, true, body).isDone();
}

void RollbackJob::runRecheck(int id)
{
    runRecord(id, false, [this, id](StepContext& context) {
        // Step 5 again, but never a build: the rollback runs the images it put back.
        return id == 5 ? StartStep::start(context, *ComposeJob::upWithoutBuild(m_profile),
                                          m_options.healthyDeadlineMs)
                       : Checklist::step(id)->run(context);
    });
}

StepRecord RollbackJob::runRecord(int id, bool stage, const Body& body)
{
    const auto slot = [id, stage](RollbackRecord& r) {
        return stage ? r.stage(id) : r.recheckRecord(id);
    };
    beginStep(stage ? id - 1 : RollbackRecord::kStageDatabase + id - RollbackRecord::kFirstRecheck);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    update([&](RollbackRecord& r) {
        slot(r)->state = StepState::Running;
        slot(r)->startedAt = started;
    });
    save();
    QElapsedTimer timer;
    timer.start();
    const ChecklistRun current = stage ? snapshot() : recheckRun();
    StepContext context(m_profile, m_docker, m_checks, &current);
    context.setLog([this](const QString& line) { log(line); });
    context.setCancelled([this] { return isCancelRequested(); });
    StepRecord result = body(context);
    result.id = id;
    result.startedAt = started;
    result.durationMs = timer.elapsed();
    update([&](RollbackRecord& r) { *slot(r) = result; });
    save();
    const QString said = result.state == StepState::Skipped ? result.skipReason : result.summary;
    log(stage ? tr("Rollback %1. %2: %3 — %4")
                    .arg(id)
                    .arg(RollbackRecord::stageTitle(id), StepRecord::stateLabel(result.state), said)
              : tr("Re-check %1. %2: %3 — %4")
                    .arg(id)
                    .arg(Checklist::step(id)->title(), StepRecord::stateLabel(result.state), said));
    Q_EMIT stageFinished(id);
    return result;
}

ChecklistRun RollbackJob::recheckRun() const
{
    ChecklistRun run = snapshot();
    const RollbackRecord& rollback = *run.rollback;
    for (const StepRecord& r : rollback.recheck)
        if (r.isFinished())
            run.setRecord(r);
    if (StepRecord* start = run.record(5))
        start->startedAt = rollback.stages.at(RollbackRecord::kStageContainers - 1).startedAt;
    return run;
}

StepRecord RollbackJob::configuration(StepContext& context)
{
    const ChecklistRun run = snapshot();
    const QHash<QString, QByteArray> target = RollbackPlan::recordedFiles(run);
    if (target.isEmpty())
        return StepRecord::failed(
            tr("Step 1 of this run kept no copy of the configuration files to go back to."));
    const ConfigApplyPlan plan = ConfigApplyPlan::fromFiles(
        RollbackPlan::currentFiles(m_profile.stackDir, target.keys()), target);
    if (plan.isEmpty())
        return StepRecord::skipped(
            tr("Every configuration file already holds the bytes step 1 kept."));
    ConfigApplyJob::Options o;
    o.profile = m_profile;
    o.plan = plan;
    // Step 1's bytes ran before; the containers are started on them in stage 3.
    o.validate = false;
    o.takeEffect = false;
    o.kind = QStringLiteral("rollback");
    o.summary = tr("Rollback of the deployment %1: %2").arg(run.id, plan.paths().join(u", "));
    ConfigApplyJob job(&m_docker, o);
    QStringList evidence = context.runJob(job);
    if (job.state() != Job::State::Succeeded)
        return StepRecord::failed(
            tr("The configuration files could not be put back: %1").arg(job.error().message()),
            evidence);
    return StepRecord::passed(tr("Put back as step 1 kept them: %1; history entry %2.")
                                  .arg(plan.paths().join(u", "), job.report().historyId),
                              evidence);
}

StepRecord RollbackJob::images(StepContext& context)
{
    const ChecklistRun run = snapshot();
    const StepRecord* stop = run.record(2);
    const StackImages::Map recorded = StackImages::fromJson(
        stop ? stop->figures.value(QStringLiteral("images")).toObject() : QJsonObject());
    if (recorded.isEmpty())
        return StepRecord::failed(tr("Step 2 of this run recorded no images to go back to."));
    QStringList evidence;
    int tagged = 0;
    QJsonObject replaced; // reference -> the id it pointed to (the deployment's build)
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        const auto now = context.wait(m_docker.imageId(it->reference));
        if (now && *now && **now == it->id) {
            evidence << tr("%1: %2 is still %3").arg(it.key(), it->reference, it->id.left(19));
            continue;
        }
        const auto done = context.wait(m_docker.tagImage(it->id, it->reference));
        if (!done || !*done)
            return StepRecord::failed(
                tr("%1's previous image %2 could not be tagged %3 again: %4")
                    .arg(it.key(), it->id.left(19), it->reference,
                         done ? done->error().message()
                              : StepContext::noAnswer(QStringLiteral("Docker"))),
                evidence);
        evidence << tr("%1: %2 is %3 again").arg(it.key(), it->reference, it->id.left(19));
        if (now && *now)
            replaced.insert(it->reference, **now);
        ++tagged;
    }
    if (const StepRecord* build = run.record(4);
        build && build->state == StepState::Passed &&
        build->figures.contains(QStringLiteral("previousInputs"))) {
        if (BuildStep::restoreRecord(m_profile,
                                     build->figures.value(QStringLiteral("previousInputs"))))
            evidence << tr("The build-inputs record is as it was before the deployment.");
        else
            evidence << tr("The build-inputs record %1 could not be put back.")
                            .arg(BuildStep::recordPath(m_profile));
    }
    StepRecord r = StepRecord::passed(
        tr("%n image reference(s) tagged back to the previous image id (no build).", nullptr,
           tagged),
        evidence);
    // The images the deployment built, now without a name: for whoever prunes them.
    if (!replaced.isEmpty())
        r.figures.insert(QStringLiteral("replaced"), replaced);
    return r;
}

StepRecord RollbackJob::containers(StepContext& context)
{
    // Files put back in stage 1 are bind mounts (nginx's file, the Python code) that a plain
    // up -d leaves unread by the running containers: they are all recreated then, as the
    // instructions' down / up would.
    const ChecklistRun run = snapshot();
    const bool filesBack =
        run.rollback &&
        run.rollback->stages.at(RollbackRecord::kStageConfiguration - 1).state == StepState::Passed;
    return StartStep::start(context, *ComposeJob::upWithoutBuild(m_profile, filesBack),
                            m_options.healthyDeadlineMs);
}

StepRecord RollbackJob::database(StepContext& context)
{
    if (!m_options.restoreBackup)
        return StepRecord::skipped(tr("Not asked for: the database was left as it is."));
    const ChecklistRun run = snapshot();
    const StepRecord* backup = run.record(1);
    const QString file =
        backup ? backup->figures.value(QStringLiteral("backup")).toString() : QString();
    if (file.isEmpty())
        return StepRecord::failed(tr("Step 1 of this run made no backup to restore."));
    const auto target = DatabaseTarget::fromProfile(m_profile);
    if (!target)
        return StepRecord::failed(target.error().message());
    RestoreJob::Options o;
    o.target = *target;
    o.file = file;
    o.safetyBackup = true;
    o.safetyFolder = m_profile.backupFolder();
    o.services = ContainerMap(m_profile).containers(StackRoles::workers());
    RestoreJob restore(&m_docker, o);
    QStringList evidence = context.runJob(restore);
    if (restore.state() != Job::State::Succeeded)
        return StepRecord::failed(
            tr("The restore of %1 failed: %2").arg(file, restore.error().message()), evidence);
    evidence
        << tr("Safety backup of the database as it was: %1").arg(restore.report().safetyBackup);
    return StepRecord::passed(tr("Restored %1 into %2.").arg(file, target->database), evidence);
}

void RollbackJob::finish()
{
    save();
    finishRun();
}

} // namespace artgen::core
