#include "troubleshootcontroller.h"

#include "common/jobcontroller.h"
#include "session/profileservices.h"
#include "troubleshoot/diagnosejob.h"
#include "troubleshoot/flushdbjob.h"
#include "troubleshoot/restartservicejob.h"

namespace artgen::gui {

TroubleshootController::TroubleshootController(core::JobRunner& jobs, QObject* parent)
    : QObject(parent), m_jobs(new JobController(jobs, this))
{
    connect(m_jobs, &JobController::finished, this, &TroubleshootController::onFinished);
}

TroubleshootController::~TroubleshootController() = default;

bool TroubleshootController::isBusy() const
{
    return m_jobs->isRunning();
}

bool TroubleshootController::hasProfile() const
{
    return m_services && m_services->hasProfile();
}

void TroubleshootController::setServices(std::shared_ptr<core::ProfileServices> services)
{
    if (services == m_services)
        return;
    m_services = std::move(services);
    // Another profile's evidence says nothing about this one.
    m_diagnoses.clear();
    m_picked.reset();
    m_diagnosed = false;
}

bool TroubleshootController::start(std::shared_ptr<core::Job> job, const QString& description)
{
    // The job keeps the Docker client it talks to, even across a profile switch.
    if (!m_jobs->run(std::move(job), m_services))
        return false;
    Q_EMIT started(description);
    return true;
}

bool TroubleshootController::diagnose(std::optional<core::Problem> asked)
{
    if (isBusy() || !hasProfile())
        return false;
    m_asked = asked;
    return start(std::make_shared<core::DiagnoseJob>(m_services->profile(), m_services->docker(),
                                                     m_thresholds),
                 tr("Gathering the evidence…"));
}

bool TroubleshootController::restart(core::StackRole role)
{
    if (isBusy() || !hasProfile())
        return false;
    const QString service = core::StackRoles::service(role);
    return start(std::make_shared<core::RestartServiceJob>(m_services->profile(),
                                                           m_services->docker(), role),
                 tr("Restarting %1 and waiting until it answers…").arg(service));
}

bool TroubleshootController::flushDb(int database, const QString& typed)
{
    if (isBusy() || !hasProfile())
        return false;
    return start(std::make_shared<core::FlushDbJob>(m_services->profile(), m_services->docker(),
                                                    database, typed),
                 tr("FLUSHDB on Redis database %1…").arg(database));
}

std::optional<core::Diagnosis> TroubleshootController::diagnosis(core::Problem problem) const
{
    for (const core::Diagnosis& d : m_diagnoses)
        if (d.problem == problem)
            return d;
    return std::nullopt;
}

void TroubleshootController::onFinished(core::Job* job)
{
    if (m_jobs->outcome() != JobController::Outcome::Succeeded) {
        if (m_jobs->outcome() == JobController::Outcome::Failed)
            Q_EMIT failed(m_jobs->error());
        return;
    }
    if (const auto* diagnose = qobject_cast<core::DiagnoseJob*>(job)) {
        m_diagnoses = diagnose->diagnoses();
        m_picked = diagnose->picked();
        m_diagnosed = true;
        Q_EMIT diagnosed(m_asked);
        return;
    }
    const QString took = JobController::durationText(m_jobs->elapsedMs());
    if (qobject_cast<core::FlushDbJob*>(job))
        Q_EMIT fixed(tr("FLUSHDB done in %1: the database's keys are gone.").arg(took));
    else
        Q_EMIT fixed(tr("Restarted in %1; the service answers again.").arg(took));
}

} // namespace artgen::gui
