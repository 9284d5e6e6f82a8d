#pragma once

#include "checklistoptions.h"
#include "settings/profile.h"

#include <QCoreApplication>
#include <QFuture>
#include <functional>
#include <optional>

namespace artgen::core {

class ChecklistRun;
class DockerClient;
class Job;

// What a checklist step works with while it runs on the checklist job's worker thread: the
// profile, its Docker client (on its own thread), the options, the run so far (step 6 reads when
// step 5 ran, step 3 the files step 1 kept), and the job's log and cancel. Waiting here runs
// this worker thread's event loop (never the UI thread's), so replies, sub-jobs and timers
// living on it keep going.
class StepContext
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StepContext)

public:
    // `run` may be null (a diagnosis runs outside a checklist run): run() is then empty.
    StepContext(Profile profile, DockerClient& docker, ChecklistOptions options,
                const ChecklistRun* run);

    const Profile& profile() const { return m_profile; }
    DockerClient& docker() const { return m_docker; }
    const ChecklistOptions& options() const { return m_options; }
    const ChecklistRun& run() const;

    void setLog(std::function<void(const QString&)> log) { m_log = std::move(log); }
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    void log(const QString& line) const;
    bool isCancelled() const { return m_cancelled && m_cancelled(); }

    // Runs this thread's event loop until `done` holds (true), the deadline passes or the run
    // is cancelled (false).
    bool waitUntil(const std::function<bool()>& done, int timeoutMs) const;
    // Lets `ms` pass with the event loop running; false when cancelled meanwhile.
    bool pause(int ms) const;
    // The future's result; nothing when it did not finish in time, was cancelled or gave none.
    template <typename T> std::optional<T> wait(QFuture<T> future, int timeoutMs = 60000) const
    {
        if (!waitUntil([&future] { return future.isFinished(); }, timeoutMs) ||
            future.resultCount() == 0)
            return std::nullopt;
        return future.result();
    }
    // Runs `job` here to its end, its log lines into ours (and returned, the last `keep`); a
    // cancelled run cancels it, and so does `abort` when it returns true (asked every ~200 ms
    // while the job runs: a watchdog, e.g. a crash seen while compose up still waits).
    QStringList runJob(Job& job, int keep = 20, const std::function<bool()>& abort = {}) const;

    // "Docker did not answer in time." as the evidence line for a wait that gave nothing.
    static QString noAnswer(const QString& what);

private:
    Profile m_profile;
    DockerClient& m_docker;
    ChecklistOptions m_options;
    const ChecklistRun* m_run;
    std::function<void(const QString&)> m_log;
    std::function<bool()> m_cancelled;
};

} // namespace artgen::core
