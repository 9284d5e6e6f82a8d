#pragma once

#include "celerysnapshot.h"
#include "docker/dockertypes.h"
#include "settings/profile.h"
#include "sourcefault.h"
#include "util/result.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace artgen::core {

class DockerClient;

// The Celery workers' figures — workers, pool concurrency, active and reserved tasks — every
// 10 s (a `celery inspect` costs the workers a broadcast and a Python start each, so not every
// second), through `celery -A app.celery_app inspect stats|active|reserved --json` run over
// Docker exec in the profile's celery container, the three at once. There is no fallback when
// exec is not possible (a remote endpoint that forbids it): the source then shows the fault.
// Lives on the Docker client's thread (or any thread with an event loop).
class CeleryInspector : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 10000;
    static constexpr int kReplyTimeoutSec = 2; // how long celery waits for the workers' replies

    CeleryInspector(DockerClient& client, Profile profile, QObject* parent = nullptr);
    ~CeleryInspector() override;

    void setInterval(int ms) { m_intervalMs = ms; }
    QString container() const { return m_container; }
    SourceFault fault() const { return m_fault; }

    // The argv run in the container for `what` (stats, active or reserved).
    static QStringList command(const QString& what);
    // Why one exec gave no figures: Docker's error, or celery's exit and stderr. Pure.
    static SourceFault faultFor(const Result<ExecResult>& result, const QString& container);

public Q_SLOTS:
    void start();
    void stop();
    // One inspection now (also what the timer does); nothing when one is still out.
    void inspectNow();

Q_SIGNALS:
    void sampled(const artgen::core::CelerySnapshot& snapshot);
    // Every change of fault, and SourceFault{} once figures come again.
    void faultChanged(const artgen::core::SourceFault& fault);

private:
    void finish(const QList<Result<ExecResult>>& results, int generation);
    void setFault(const SourceFault& fault);

    DockerClient& m_client;
    QString m_container;
    QTimer* m_timer = nullptr;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_running = false;
    bool m_inFlight = false;
    int m_generation = 0; // bumped by stop(): answers of an earlier run are dropped
    SourceFault m_fault;
};

} // namespace artgen::core
