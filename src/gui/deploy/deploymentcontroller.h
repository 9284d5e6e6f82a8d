#pragma once

#include "checklist/checklistoptions.h"
#include "checklist/checklistrun.h"
#include "checklist/rollbackoptions.h"
#include "checklist/rollbackplan.h"
#include "util/error.h"

#include <QObject>
#include <memory>

namespace artgen::core {
class Job;
class JobRunner;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

class JobController;

// What the deployment wizard and the Deployment page do with a checklist run, without widgets:
// holds the run as it stands, runs one step (Run, Retry), the rest until the first failure, or a
// whole range (the health check) as a ChecklistJob through its JobController, skips a step with
// the reason the report gives, and saves the run and writes its report off the UI thread. The
// job saves the run as it goes, so a run left behind is resumable. After a failed step it works
// out what a rollback would do (RollbackPlan, off the UI thread) and runs the rollback as a
// RollbackJob, whose stages and re-checks land in run().rollback as they end.
class DeploymentController : public QObject
{
    Q_OBJECT

public:
    explicit DeploymentController(core::JobRunner& jobs, QObject* parent = nullptr);
    ~DeploymentController() override;

    JobController* jobs() const { return m_jobs; }
    bool isBusy() const;

    void setServices(std::shared_ptr<core::ProfileServices> services);
    std::shared_ptr<core::ProfileServices> services() const { return m_services; }
    // Where the run and its reports are saved; empty saves nothing.
    void setFolder(const QString& folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    void setOptions(const core::ChecklistOptions& options) { m_options = options; }
    const core::ChecklistOptions& options() const { return m_options; }

    // The run to work on: a new one (every step pending) or one loaded to resume.
    void setRun(const core::ChecklistRun& run);
    const core::ChecklistRun& run() const { return m_run; }
    // The step the running job is at; 0 when none runs.
    int runningStep() const { return m_runningStep; }
    // The step the last job began last (its output may still arrive); 0 before any.
    int lastStartedStep() const { return m_lastStarted; }

    // Runs step `id` (again, for Retry). False when busy or without a profile.
    bool runStep(int id);
    // Runs from `id` to the run's last step; with stopOnFailure it ends at the first failure.
    bool runFrom(int id, bool stopOnFailure);
    // Skips step `id` with `reason` (required: the report gives it) and saves the run. False
    // when the reason is blank or a job runs.
    bool skip(int id, const QString& reason);
    void cancel();

    // Works out what a rollback of the run would do, off the UI thread; rollbackPlanned()
    // follows. False without a profile.
    bool planRollback();
    // Rolls the run back (RollbackJob) with `options`. False when busy or without a profile.
    bool rollBack(const core::RollbackOptions& options);
    // The rollback job runs now.
    bool isRollingBack() const { return m_rollingBack; }
    // Writes the Markdown and HTML reports of the run as it stands (off the UI thread);
    // reportWritten() or failed() follows.
    void writeReport();
    QStringList reportFiles() const { return m_reports; }

Q_SIGNALS:
    // run() changed: a step began, ended or was skipped.
    void runChanged();
    void stepStarted(int id);
    void stepFinished(int id);
    // The job ended (its steps' verdicts are in run()); `cancelled` when it was stopped.
    void jobEnded(bool cancelled);
    void reportWritten(const QStringList& files);
    void rollbackPlanned(const artgen::core::RollbackPlan& plan);
    // A rollback stage (1–4) or re-check (5–9) has ended; run().rollback holds its record.
    void rollbackStageFinished(int stage);
    void failed(const artgen::core::Error& error);

private:
    bool start(int first, int last, bool stopOnFailure);
    void onStep(int index);
    void onStepFinished(int id);
    void onFinished(core::Job* job);
    void saveInBackground();

    JobController* m_jobs;
    std::shared_ptr<core::ProfileServices> m_services;
    QString m_folder;
    core::ChecklistOptions m_options;
    core::ChecklistRun m_run;
    QStringList m_reports;
    int m_first = 0; // the running job's range
    int m_runningStep = 0;
    int m_lastStarted = 0;
    bool m_rollingBack = false;
};

} // namespace artgen::gui
