#pragma once

#include "loadtest/loadreport.h"
#include "loadtest/loadsample.h"
#include "loadtestsetup.h"
#include "util/error.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <optional>

namespace artgen::core {
class Job;
class JobRunner;
class LoadRunStore;
class ProfileServices;
} // namespace artgen::core

namespace artgen::gui {

class JobController;
class LoadRunsModel;

// What the Load test page does, without its widgets: checks a setup against the active profile
// (a host that is neither the profile's nor loopback waits for the user's consent), reads the
// profile's API token off the UI thread, runs the core LoadTestJob through its JobController,
// passes on the job's live samples, keeps the profile's finished runs (newest first; read from
// and saved to its LoadRunStore off the UI thread, so they outlive a restart) and writes a run to
// a file off the UI thread.
class LoadTestController : public QObject
{
    Q_OBJECT

public:
    explicit LoadTestController(core::JobRunner& jobs, QObject* parent = nullptr);
    ~LoadTestController() override;

    JobController* jobs() const { return m_jobs; }
    LoadRunsModel* runs() const { return m_runs; }
    bool isBusy() const;

    void setServices(std::shared_ptr<core::ProfileServices> services);
    const core::Profile& profile() const;

    // Checks and starts `setup`: started() follows, or confirmationNeeded() (then confirm() or
    // forget it), or failed().
    void start(const LoadTestSetup& setup);
    // The user agreed to load a host outside the profile: the pending setup starts.
    void confirm();
    bool isAwaitingConfirmation() const { return m_pending.has_value(); }
    void cancel();

    // Writes run `row` of runs() as JSON, CSV or Markdown (by the file's suffix), off the UI
    // thread; exported() follows.
    void exportRun(int row, const QString& path);
    // Forgets run `row` and removes its file, off the UI thread.
    void deleteRun(int row);

Q_SIGNALS:
    void started(const QString& description);
    void confirmationNeeded(const QString& host);
    void sample(const artgen::core::LoadSample& sample);
    // The run ended (interrupted by cancel or not): its report, also the newest of runs().
    void finished(const artgen::core::LoadReport& report);
    void failed(const artgen::core::Error& error);
    void exported(const QString& path, const QString& error);
    // The profile's kept runs were read into runs().
    void runsLoaded();
    // The newest run was kept at `path`, or could not be (`error`).
    void runSaved(const QString& path, const artgen::core::Error& error);
    // A deleted run's file is gone.
    void runDeleted();

private:
    void launch(LoadTestSetup setup);
    void run(const core::LoadTestOptions& options);
    void onFinished(core::Job* job);
    void loadRuns();
    void saveRun(const QDateTime& when, const core::LoadReport& report);
    void removeFile(const core::LoadRunStore& store, const QString& path);

    JobController* m_jobs;
    LoadRunsModel* m_runs;
    std::shared_ptr<core::ProfileServices> m_services;
    std::optional<LoadTestSetup> m_pending;
    bool m_preparing = false;
};

} // namespace artgen::gui
