#include "deploymentcontroller.h"

#include "checklist/checklistjob.h"
#include "checklist/checklistreport.h"
#include "checklist/rollbackjob.h"
#include "common/jobcontroller.h"
#include "session/profileservices.h"

#include <QPointer>
#include <QtConcurrent>

namespace artgen::gui {

DeploymentController::DeploymentController(core::JobRunner& jobs, QObject* parent)
    : QObject(parent), m_jobs(new JobController(jobs, this))
{
    connect(m_jobs, &JobController::stepChanged, this,
            [this](int index, int, const QString&) { onStep(index); });
    connect(m_jobs, &JobController::finished, this, &DeploymentController::onFinished);
}

DeploymentController::~DeploymentController() = default;

bool DeploymentController::isBusy() const
{
    return m_jobs->isRunning();
}

void DeploymentController::setServices(std::shared_ptr<core::ProfileServices> services)
{
    m_services = std::move(services);
}

void DeploymentController::setRun(const core::ChecklistRun& run)
{
    m_run = run;
    m_reports.clear();
    Q_EMIT runChanged();
}

bool DeploymentController::runStep(int id)
{
    return start(id, id, true);
}

bool DeploymentController::runFrom(int id, bool stopOnFailure)
{
    return start(id, m_run.last, stopOnFailure);
}

bool DeploymentController::start(int first, int last, bool stopOnFailure)
{
    if (isBusy() || !m_services || !m_services->hasProfile() || !m_run.record(first))
        return false;
    core::ChecklistOptions options = m_options;
    options.stopOnFailure = stopOnFailure;
    auto job = std::make_shared<core::ChecklistJob>(m_services->profile(), m_services->docker(),
                                                    m_run, options, m_folder);
    job->limitTo(first, last);
    m_first = std::max(first, m_run.first);
    // Queued from the job's thread; the job may be gone when a late one arrives.
    connect(job.get(), &core::ChecklistJob::stepFinished, this,
            [this, j = QPointer(job.get())](int id) {
                if (j)
                    m_run = j->snapshot();
                onStepFinished(id);
            });
    // The job keeps the Docker client it talks to, even across a profile switch.
    return m_jobs->run(std::move(job), m_services);
}

bool DeploymentController::planRollback()
{
    if (!m_services || !m_services->hasProfile())
        return false;
    // The services (and their Docker client) live as long as the computation.
    QtConcurrent::run([services = m_services, run = m_run] {
        return core::RollbackPlan::make(run, services->profile(), services->docker());
    }).then(this, [this](const core::RollbackPlan& plan) { Q_EMIT rollbackPlanned(plan); });
    return true;
}

bool DeploymentController::rollBack(const core::RollbackOptions& options)
{
    if (isBusy() || !m_services || !m_services->hasProfile())
        return false;
    auto job = std::make_shared<core::RollbackJob>(m_services->profile(), m_services->docker(),
                                                   m_run, options, m_folder, m_services);
    job->setChecklistOptions(m_options); // the profile's thresholds for re-check 9
    connect(job.get(), &core::RollbackJob::stageFinished, this,
            [this, j = QPointer(job.get())](int stage) {
                if (j)
                    m_run = j->snapshot();
                Q_EMIT rollbackStageFinished(stage);
                Q_EMIT runChanged();
            });
    m_rollingBack = m_jobs->run(std::move(job), m_services);
    if (m_rollingBack)
        Q_EMIT runChanged();
    return m_rollingBack;
}

void DeploymentController::onStep(int index)
{
    if (m_rollingBack)
        return; // the rollback's stages are not the checklist's steps
    m_runningStep = m_first + index;
    m_lastStarted = m_runningStep;
    if (core::StepRecord* r = m_run.record(m_runningStep)) {
        r->state = core::StepState::Running;
        r->evidence.clear();
        r->summary.clear();
    }
    Q_EMIT stepStarted(m_runningStep);
    Q_EMIT runChanged();
}

void DeploymentController::onStepFinished(int id)
{
    m_runningStep = 0;
    Q_EMIT stepFinished(id);
    Q_EMIT runChanged();
}

void DeploymentController::onFinished(core::Job* job)
{
    const bool cancelled = m_jobs->outcome() == JobController::Outcome::Cancelled;
    if (auto* checklist = qobject_cast<core::ChecklistJob*>(job)) {
        m_run = checklist->snapshot();
        m_reports = checklist->reportFiles();
    }
    if (auto* rollback = qobject_cast<core::RollbackJob*>(job)) {
        m_run = rollback->snapshot();
        m_reports = rollback->reportFiles();
    }
    m_rollingBack = false;
    if (m_jobs->outcome() == JobController::Outcome::Failed)
        Q_EMIT failed(m_jobs->error());
    m_runningStep = 0;
    Q_EMIT runChanged();
    Q_EMIT jobEnded(cancelled);
}

bool DeploymentController::skip(int id, const QString& reason)
{
    if (isBusy() || reason.trimmed().isEmpty() || !m_run.record(id))
        return false;
    m_run.skip(id, reason.trimmed());
    m_run.options = m_options.choicesToJson();
    saveInBackground();
    Q_EMIT runChanged();
    return true;
}

void DeploymentController::cancel()
{
    m_jobs->cancel();
}

void DeploymentController::saveInBackground()
{
    if (m_folder.isEmpty())
        return;
    QtConcurrent::run([run = m_run, folder = m_folder] {
        return run.save(folder);
    }).then(this, [this](const core::Status& saved) {
        if (!saved)
            Q_EMIT failed(saved.error());
    });
}

void DeploymentController::writeReport()
{
    if (m_folder.isEmpty())
        return;
    QtConcurrent::run([run = m_run, folder = m_folder] {
        if (const core::Status saved = run.save(folder); !saved)
            return core::Result<QStringList>(core::fail(saved.error()));
        return core::ChecklistReport::write(run, folder);
    }).then(this, [this](const core::Result<QStringList>& files) {
        if (!files) {
            Q_EMIT failed(files.error());
            return;
        }
        m_reports = *files;
        Q_EMIT reportWritten(m_reports);
    });
}

} // namespace artgen::gui
