#pragma once

#include "docker/stackinspector.h"
#include "docker/stackmonitor.h"
#include "monitor/alertcenter.h"
#include "monitor/alertlog.h"
#include "monitor/apiprobe.h"
#include "monitor/apiproberesult.h"
#include "monitor/celeryinspector.h"
#include "monitor/celerysnapshot.h"
#include "monitor/metrichistory.h"
#include "monitor/sourcefault.h"
#include "monitor/thresholds.h"
#include "postgres/pgmonitor.h"
#include "postgres/pgsnapshot.h"
#include "redis/redismonitor.h"
#include "redis/redissnapshot.h"
#include "settings/profile.h"
#include "util/workerhandle.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace artgen::core {

class DockerClient;
class ProfileServices;

// Everything that watches one profile's stack, in one place: the PostgreSQL and Redis monitors,
// the Celery inspector, the API probe and the containers' stats, writing one MetricHistory and
// feeding one AlertCenter. The Charts page, the tray and `artgenctl watch` read it; nothing here
// draws. Lives on the thread that owns it (the UI thread in the panel): the monitors work on
// their own threads and their samples arrive here queued, where writing the history is a few
// appends. Not started on construction — a profile's services are built for many reasons (a
// test, a one-shot command) that must not open connections to the stack.
class MonitorHub : public QObject
{
    Q_OBJECT

public:
    enum class Source { Postgres, Redis, Celery, Api, Containers };
    Q_ENUM(Source)

    // `monitorThread` runs the PostgreSQL and Redis monitors and the API probe; the Celery
    // inspector and the stats streams use the profile's Docker clients' threads. `alertLog`
    // may be null (no log) and must outlive the hub.
    MonitorHub(const ProfileServices& services, QThread* monitorThread, AlertLog* alertLog,
               QObject* parent = nullptr);
    ~MonitorHub() override;

    // Starts the given sources (default every one): `artgenctl connections` needs only two.
    void start(const QSet<Source>& sources = allSources());
    void stop();
    static QSet<Source> allSources();
    bool isRunning() const { return m_running; }

    const Profile& profile() const { return m_profile; }
    const MetricHistory& history() const { return m_history; }
    // Written by the hub's sources; open for a history imported or prefilled (the benchmark).
    MetricHistory& history() { return m_history; }
    AlertCenter& alerts() { return *m_alerts; }
    void setThresholds(const Thresholds& thresholds);
    const Thresholds& thresholds() const { return m_thresholds; }

    const std::optional<PgSnapshot>& postgres() const { return m_postgres; }
    const std::optional<RedisSnapshot>& redis() const { return m_redis; }
    const std::optional<CelerySnapshot>& celery() const { return m_celery; }
    const std::optional<ApiProbeResult>& api() const { return m_api; }
    const std::optional<StackStatus>& stack() const { return m_stack; }
    SourceFault fault(Source source) const { return m_faults.value(source); }
    // Whether a source has said anything yet (a sample or a fault).
    bool hasHeardFrom(Source source) const;

    // For sessions, terminate and CLIENT LIST: the running monitors (null when stopped). Their
    // request methods are safe to call from this thread.
    PgMonitor* postgresMonitor() const { return m_pg.get(); }
    RedisMonitor* redisMonitor() const { return m_redisMonitor.get(); }

    // The panel is about to stop, restart or remove `service`: its "die" is not an alert.
    void expectStop(const QString& service);

    // The series the hub writes for `source` (containers: for the services seen so far).
    QStringList seriesOf(Source source) const;

    // The Containers page needs the containers' states whether monitoring is on or not. A hold
    // keeps that one source running, so the whole panel has one event stream and one stats
    // stream per container; release() lets it stop unless start() asked for it.
    void holdContainers();
    void releaseContainers();
    // Lists the containers again now (after an action); nothing when the source is not running.
    void refreshContainers();
    bool containersRunning() const { return bool(m_stackMonitor); }

Q_SIGNALS:
    void sampled(artgen::core::MonitorHub::Source source);
    void faultChanged(artgen::core::MonitorHub::Source source,
                      const artgen::core::SourceFault& fault);
    void alertRaised(const artgen::core::Alert& alert);
    void runningChanged(bool running);
    // The containers source, as StackMonitor says it (see there).
    void stackChanged(const artgen::core::StackStatus& status);
    void containerEvent(const QString& service, const QString& container, const QString& action);
    void containersConnectionChanged(bool connected, const artgen::core::Error& error);

private:
    void startPostgres();
    void startPostgresWhenReady(const QFuture<void>& secretReady);
    void startRedis();
    void startCelery();
    void startApi();
    void startContainers();
    void stopContainersUnlessHeld();
    void onPostgres(const PgSnapshot& snapshot);
    void onRedis(const RedisSnapshot& snapshot);
    void onCelery(const CelerySnapshot& snapshot);
    void onApi(const ApiProbeResult& result);
    void onStack(const StackStatus& status);
    void setFault(Source source, const SourceFault& fault);
    void gap(Source source, qint64 t);

    Profile m_profile;
    DockerClient& m_docker;
    DockerClient& m_streamDocker;
    QThread* m_thread;
    MetricHistory m_history;
    Thresholds m_thresholds;
    AlertCenter* m_alerts = nullptr;
    bool m_running = false;
    bool m_containersByStart = false; // start() asked for the containers source
    int m_containerHolds = 0;
    int m_generation = 0; // bumped by stop(): a late .env read of an earlier start is dropped
    int m_maxConnections = 0;

    std::optional<PgSnapshot> m_postgres;
    std::optional<RedisSnapshot> m_redis;
    std::optional<CelerySnapshot> m_celery;
    std::optional<ApiProbeResult> m_api;
    std::optional<StackStatus> m_stack;
    QHash<Source, SourceFault> m_faults;
    QSet<Source> m_heard;
    QStringList m_services; // container series written so far

    WorkerHandle<PgMonitor> m_pg{&PgMonitor::start, &PgMonitor::stop};
    WorkerHandle<RedisMonitor> m_redisMonitor{&RedisMonitor::start, &RedisMonitor::stop};
    WorkerHandle<CeleryInspector> m_celeryInspector{&CeleryInspector::start,
                                                    &CeleryInspector::stop};
    WorkerHandle<ApiProbe> m_apiProbe{&ApiProbe::start, &ApiProbe::stop};
    WorkerHandle<StackMonitor> m_stackMonitor{&StackMonitor::start, &StackMonitor::stop};
};

} // namespace artgen::core
