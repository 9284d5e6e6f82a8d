#pragma once

#include "job/job.h"
#include "settings/profile.h"
#include "stackconfig/stackroles.h"

#include <memory>

namespace artgen::core {

class DockerClient;
class StepContext;

// A runbook's fix: `docker restart <container>` of one service (a stopped one is started), then
// wait — with a deadline — until it is running and healthy; for the backend also until the API
// answers 200 through nginx again (nginx re-resolves the backend only every few seconds), for
// Celery until `celery inspect ping` answers, the instructions' sign that the workers consume
// again (Celery 5.2 stops consuming after a Redis restart: celery#8030).
class RestartServiceJob : public Job
{
    Q_OBJECT

public:
    static constexpr int kDefaultDeadlineMs = 120000;

    RestartServiceJob(Profile profile, DockerClient& docker, StackRole role,
                      int deadlineMs = kDefaultDeadlineMs, std::shared_ptr<void> keepAlive = {});

protected:
    void run() override;

private:
    bool waitHealthy(const StepContext& context, const QString& container, QString* state);
    bool waitPing(const StepContext& context, const QString& container);
    bool waitApi(const StepContext& context);

    Profile m_profile;
    DockerClient& m_docker;
    StackRole m_role;
    int m_deadlineMs;
    std::shared_ptr<void> m_keepAlive;
};

} // namespace artgen::core
