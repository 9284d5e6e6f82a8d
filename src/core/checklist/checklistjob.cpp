#include "checklistjob.h"

#include "checklist.h"
#include "checkliststep.h"
#include "stepcontext.h"

#include <QElapsedTimer>

namespace artgen::core {

ChecklistJob::ChecklistJob(Profile profile, DockerClient& docker, ChecklistRun run,
                           ChecklistOptions options, QString folder,
                           std::shared_ptr<void> keepAlive)
    : ChecklistRunJob(tr("Deployment checklist"), std::move(run), std::move(folder)),
      m_profile(std::move(profile)), m_docker(docker), m_options(std::move(options)),
      m_keepAlive(std::move(keepAlive))
{
    // Saved with the run, so that a resumed run (wizard or deploy --resume) can make them again.
    m_run.options = m_options.choicesToJson();
    limitTo(m_run.first, m_run.last);
}

void ChecklistJob::limitTo(int first, int last)
{
    m_first = std::max(first, m_run.first);
    m_last = std::min(last, m_run.last);
    QStringList titles;
    for (int id = m_first; id <= m_last; ++id)
        if (const ChecklistStep* s = Checklist::step(id))
            titles << tr("%1. %2").arg(id).arg(s->title());
    declareSteps(titles);
}

void ChecklistJob::run()
{
    const ChecklistRun at = snapshot();
    for (const StepRecord& r : at.steps) {
        if (isCancelRequested())
            break;
        if (r.id < m_first || r.id > m_last)
            continue;
        if (r.isDone() && m_first != m_last)
            continue; // done before this job: a resumed run (one step asked for runs again)
        runStep(r.id);
        const StepRecord* done = snapshot().record(r.id);
        if (m_options.stopOnFailure && done && done->state == StepState::Failed)
            break;
    }
    finishRun();
}

void ChecklistJob::runStep(int stepId)
{
    const ChecklistStep* step = Checklist::step(stepId);
    beginStep(stepId - m_first);
    StepRecord record;
    {
        QMutexLocker lock(&m_mutex);
        record = *m_run.record(stepId);
        record.state = StepState::Running;
        record.startedAt = QDateTime::currentDateTimeUtc();
        m_run.setRecord(record);
    }
    save();
    QElapsedTimer timer;
    timer.start();
    const ChecklistRun current = snapshot();
    StepContext context(m_profile, m_docker, m_options, &current);
    context.setLog([this](const QString& line) { log(line); });
    context.setCancelled([this] { return isCancelRequested(); });
    StepRecord result = step->run(context);
    result.id = stepId;
    result.startedAt = record.startedAt;
    result.durationMs = timer.elapsed();
    {
        QMutexLocker lock(&m_mutex);
        m_run.setRecord(result);
    }
    save();
    log(tr("%1. %2: %3 — %4")
            .arg(stepId)
            .arg(step->title(), StepRecord::stateLabel(result.state), result.summary));
    Q_EMIT stepFinished(stepId);
}

} // namespace artgen::core
