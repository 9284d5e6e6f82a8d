#pragma once

#include "checklistoptions.h"
#include "checklistrunjob.h"
#include "settings/profile.h"

#include <memory>

namespace artgen::core {

class DockerClient;

// Runs a range of a checklist run's steps (the whole deployment 1–11, the health check 6–10, or
// one step for a wizard's page, again for Retry) on the job's worker thread. Steps already done
// in the run are passed over, so a loaded run resumes where it stood. The run is saved to
// `folder` before and after every step (nothing saved when it is empty) and, at the end, the
// report beside it. A deployment (stopOnFailure) ends at the first failed step; a health check
// runs them all. The job succeeds whatever the steps' verdicts; its result is the run's JSON.
class ChecklistJob : public ChecklistRunJob
{
    Q_OBJECT

public:
    ChecklistJob(Profile profile, DockerClient& docker, ChecklistRun run, ChecklistOptions options,
                 QString folder = {}, std::shared_ptr<void> keepAlive = {});

    // Before start: run only the run's steps first..last; the others stay as they are. A single
    // step runs even when it is done (a wizard's Retry); in a longer range done steps are passed
    // over.
    void limitTo(int first, int last);

Q_SIGNALS:
    // Step `stepId` has ended; snapshot() holds its record.
    void stepFinished(int stepId);

protected:
    void run() override;

private:
    void runStep(int stepId);

    Profile m_profile;
    DockerClient& m_docker;
    ChecklistOptions m_options;
    int m_first = 0;
    int m_last = 0;
    std::shared_ptr<void> m_keepAlive;
};

} // namespace artgen::core
