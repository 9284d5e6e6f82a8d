#pragma once

#include "checklist/checklistoptions.h"
#include "diagnosis.h"
#include "job/job.h"
#include "settings/profile.h"
#include "stackevidence.h"

#include <QMutex>
#include <memory>
#include <optional>

namespace artgen::core {

class DockerClient;
class StepContext;

// "What is wrong?": gathers every runbook's evidence in one pass — the services' state, the API
// through nginx, the backend's and Celery's last 100 log lines, nginx's timeouts and recent
// answers, PostgreSQL's connections and who holds them, Redis' PING, latency and INFO, and
// `celery inspect ping` — with the Docker calls in parallel, then diagnoses every runbook and
// picks the one that matches (Runbooks). Succeeds whatever it finds; fails only when Docker
// itself cannot be asked.
class DiagnoseJob : public Job
{
    Q_OBJECT

public:
    static constexpr int kLogLines = 100;
    static constexpr int kAccessLines = 2000;

    DiagnoseJob(Profile profile, DockerClient& docker, Thresholds thresholds,
                std::shared_ptr<void> keepAlive = {});

    // Valid once finished.
    StackEvidence evidence() const;
    QList<Diagnosis> diagnoses() const;
    std::optional<Diagnosis> picked() const;
    QJsonObject toJson() const;

    // nginx's log lines (access and error, as the frontend container prints them) into `e`.
    // Pure.
    static void readNginxLog(const QList<QByteArray>& lines, StackEvidence* e);
    // psql's unaligned, tab-separated rows of holdersQuery() into `e`. Pure.
    static void readPostgres(const QByteArray& rows, StackEvidence* e);
    // redis-cli's --latency line ("min max avg samples") and INFO text into `e`. Pure.
    static void readRedis(const QByteArray& latency, const QByteArray& info, StackEvidence* e);
    static QByteArray holdersQuery();

protected:
    void run() override;

private:
    struct Calls;
    void gather(const StepContext& context, StackEvidence* e);
    Calls send();
    void readServicesAndLogs(const StepContext& context, Calls& calls, StackEvidence* e) const;
    void readRedisAndCelery(const StepContext& context, Calls& calls, StackEvidence* e) const;

    Profile m_profile;
    DockerClient& m_docker;
    Thresholds m_thresholds;
    std::shared_ptr<void> m_keepAlive;
    QString m_pgTargetError; // why the database could not be named (no .env values)
    mutable QMutex m_mutex;
    StackEvidence m_evidence;
    QList<Diagnosis> m_diagnoses;
};

} // namespace artgen::core
