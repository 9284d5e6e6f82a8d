#pragma once

#include "checklistoptions.h"
#include "checklistrunjob.h"
#include "rollbackoptions.h"
#include "settings/profile.h"

#include <functional>
#include <memory>

namespace artgen::core {

class DockerClient;
class StepContext;

// Rolls a failed deployment back, the instructions' way, on the job's worker thread:
//  1. configuration — the files back to step 1's bytes through ConfigApplyJob (all or nothing,
//     previous versions kept, single-file bind mounts rewritten in place), recorded in the
//     configuration history as a rollback; skipped with its reason when nothing differs;
//  2. images — each image id step 2 recorded tagged back to its reference (no build), and the
//     build-inputs record put back as it was before the deployment, so the next deployment
//     rebuilds when its inputs call for it;
//  3. containers — `compose up -d --no-build` (a missing image fails rather than builds) and a
//     wait until every service is healthy, as step 5 waits;
//  4. database — step 1's backup restored (its safety backup on) only when asked and the typed
//     name is the profile's database; a wrong name fails this stage before anything is done;
// then checks 5–9 run again into the record's `recheck`. The run (with its rollback record) is
// saved to `folder` after every stage and the report rewritten at the end. Passed only when the
// stages and the re-checks passed (warnings allowed). The job succeeds whatever the verdict;
// its result is the run's JSON.
class RollbackJob : public ChecklistRunJob
{
    Q_OBJECT

public:
    RollbackJob(Profile profile, DockerClient& docker, ChecklistRun run, RollbackOptions options,
                QString folder = {}, std::shared_ptr<void> keepAlive = {});

    // Before start: what the re-checks 5–9 use (the profile's thresholds for step 9, timeouts).
    void setChecklistOptions(const ChecklistOptions& options) { m_checks = options; }

    // Why the typed name does not allow the restore (empty when it does, or when no restore
    // was asked for). Pure.
    static QString refusal(const RollbackOptions& options, const QString& database);

Q_SIGNALS:
    void stageFinished(int stage); // 1..4 the stages, 5..9 the re-checks

protected:
    void run() override;

private:
    using Body = std::function<StepRecord(StepContext&)>;
    bool runStage(int id, const Body& body);
    void runRecheck(int id);
    // Runs one stage (`stage`) or re-check `id`: its record running, saved, filled, saved.
    StepRecord runRecord(int id, bool stage, const Body& body);
    StepRecord configuration(StepContext& context);
    StepRecord images(StepContext& context);
    StepRecord containers(StepContext& context);
    StepRecord database(StepContext& context);
    // The run as the re-checks read it: step 5's start is stage 3's (logs since the rollback
    // started the containers), the re-checks done so far in place of steps 5–9.
    ChecklistRun recheckRun() const;
    void update(const std::function<void(RollbackRecord&)>& change);
    void finish();

    Profile m_profile;
    DockerClient& m_docker;
    RollbackOptions m_options;
    ChecklistOptions m_checks;
    std::shared_ptr<void> m_keepAlive;
};

} // namespace artgen::core
