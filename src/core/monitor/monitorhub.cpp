#include "monitorhub.h"

#include "docker/dockerclient.h"
#include "monitorseries.h"
#include "postgres/pgconnectioninfo.h"
#include "secrets/profilesecrets.h"
#include "session/profileservices.h"

#include <QDateTime>
#include <QtConcurrent>

namespace artgen::core {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

MonitorHub::MonitorHub(const ProfileServices& services, QThread* monitorThread, AlertLog* alertLog,
                       QObject* parent)
    : QObject(parent), m_profile(services.profile()), m_docker(services.docker()),
      m_streamDocker(services.streamDocker()), m_thread(monitorThread)
{
    m_alerts = new AlertCenter(m_profile.name, alertLog, this);
    connect(m_alerts, &AlertCenter::alertRaised, this, &MonitorHub::alertRaised);
    // Sources polled more slowly keep slots of their own width: 24 h of Celery at 10 s.
    m_history.define(MonitorSeries::celeryQueue(), 1000);
    for (const QString& id : {MonitorSeries::celeryActive(), MonitorSeries::celeryReserved()})
        m_history.define(id, CeleryInspector::kDefaultIntervalMs);
    for (const QString& id : {MonitorSeries::apiLatency(), MonitorSeries::apiStatus()})
        m_history.define(id, ApiProbe::kDefaultIntervalMs);
}

MonitorHub::~MonitorHub()
{
    stop();
}

void MonitorHub::setThresholds(const Thresholds& thresholds)
{
    m_thresholds = thresholds;
    m_alerts->setThresholds(thresholds);
    m_alerts->watchConnections(m_maxConnections);
}

QSet<MonitorHub::Source> MonitorHub::allSources()
{
    return {Source::Postgres, Source::Redis, Source::Celery, Source::Api, Source::Containers};
}

void MonitorHub::start(const QSet<Source>& sources)
{
    if (m_running || !m_profile.isValid())
        return;
    m_running = true;
    setThresholds(m_thresholds);
    if (sources.contains(Source::Postgres))
        startPostgres();
    if (sources.contains(Source::Redis))
        startRedis();
    if (sources.contains(Source::Celery))
        startCelery();
    if (sources.contains(Source::Api))
        startApi();
    m_containersByStart = sources.contains(Source::Containers);
    if (m_containersByStart)
        startContainers();
    Q_EMIT runningChanged(true);
}

void MonitorHub::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pg.stop();
    m_redisMonitor.stop();
    m_celeryInspector.stop();
    m_apiProbe.stop();
    m_containersByStart = false;
    stopContainersUnlessHeld();
    Q_EMIT runningChanged(false);
}

bool MonitorHub::hasHeardFrom(Source source) const
{
    return m_heard.contains(source);
}

void MonitorHub::expectStop(const QString& service)
{
    m_alerts->expectStop(service);
}

QStringList MonitorHub::seriesOf(Source source) const
{
    switch (source) {
    case Source::Postgres: {
        return QStringList{MonitorSeries::postgresTotal(), MonitorSeries::postgresMax(),
                           MonitorSeries::postgresHeadroom(), MonitorSeries::postgresTps()} +
               MonitorSeries::postgresStates();
    }
    case Source::Redis:
        return {MonitorSeries::redisClients(), MonitorSeries::redisBlocked(),
                MonitorSeries::redisOps(), MonitorSeries::redisMemory(),
                MonitorSeries::celeryQueue()};
    case Source::Celery:
        return {MonitorSeries::celeryActive(), MonitorSeries::celeryReserved()};
    case Source::Api:
        return {MonitorSeries::apiLatency(), MonitorSeries::apiStatus()};
    case Source::Containers: {
        QStringList ids;
        for (const QString& service : m_services)
            ids << MonitorSeries::containerCpu(service) << MonitorSeries::containerMemory(service);
        return ids;
    }
    }
    return {};
}

void MonitorHub::startPostgres()
{
    // The .env is a file: read off this thread, then start the monitor with what it holds. A
    // password being typed or read from the keychain is waited for here, not on a thread.
    struct Read
    {
        Result<PgConnectionInfo> info;
        std::optional<QFuture<void>> secretReady;
    };
    const int generation = m_generation;
    QtConcurrent::run([profile = m_profile] {
        std::optional<QFuture<void>> secretReady;
        auto info = PgConnectionInfo::fromProfile(profile, &secretReady);
        return Read{std::move(info), secretReady};
    }).then(this, [this, generation](const Read& read) {
        if (generation != m_generation || !m_running)
            return;
        if (!read.info) {
            setFault(Source::Postgres,
                     SourceFault{SourceFault::Kind::Other, read.info.error().what()});
            if (read.secretReady)
                startPostgresWhenReady(*read.secretReady);
            return;
        }
        m_pg.reset(new PgMonitor(*read.info, &m_docker), m_thread);
        m_pg.connect(&PgMonitor::sampled, this, &MonitorHub::onPostgres);
        m_pg.connect(&PgMonitor::faultChanged, this,
                     [this](const SourceFault& fault) { setFault(Source::Postgres, fault); });
        m_pg.start();
    });
}

void MonitorHub::startPostgresWhenReady(const QFuture<void>& secretReady)
{
    ProfileSecrets::whenReady(secretReady, this, [this, generation = m_generation] {
        if (generation == m_generation && m_running)
            startPostgres();
    });
}

void MonitorHub::startRedis()
{
    m_redisMonitor.reset(new RedisMonitor(m_profile), m_thread);
    m_redisMonitor.connect(&RedisMonitor::sampled, this, &MonitorHub::onRedis);
    m_redisMonitor.connect(&RedisMonitor::faultChanged, this,
                           [this](const SourceFault& fault) { setFault(Source::Redis, fault); });
    m_redisMonitor.start();
}

void MonitorHub::startCelery()
{
    m_celeryInspector.reset(new CeleryInspector(m_docker, m_profile), m_docker.thread());
    m_celeryInspector.connect(&CeleryInspector::sampled, this, &MonitorHub::onCelery);
    m_celeryInspector.connect(
        &CeleryInspector::faultChanged, this,
        [this](const SourceFault& fault) { setFault(Source::Celery, fault); });
    m_celeryInspector.start();
}

void MonitorHub::startApi()
{
    m_apiProbe.reset(new ApiProbe(m_profile.apiBaseUrl), m_thread);
    m_apiProbe.connect(&ApiProbe::probed, this, &MonitorHub::onApi);
    m_apiProbe.start();
}

void MonitorHub::holdContainers()
{
    ++m_containerHolds;
    if (m_profile.isValid())
        startContainers();
}

void MonitorHub::releaseContainers()
{
    if (m_containerHolds > 0 && --m_containerHolds == 0)
        stopContainersUnlessHeld();
}

void MonitorHub::refreshContainers()
{
    if (m_stackMonitor)
        QMetaObject::invokeMethod(m_stackMonitor.get(), &StackMonitor::refresh,
                                  Qt::QueuedConnection);
}

void MonitorHub::stopContainersUnlessHeld()
{
    if (m_containerHolds == 0 && !(m_running && m_containersByStart))
        m_stackMonitor.stop();
}

void MonitorHub::startContainers()
{
    if (m_stackMonitor)
        return; // already running for the other asker
    m_stackMonitor.reset(new StackMonitor(m_streamDocker, m_profile), m_streamDocker.thread());
    m_stackMonitor.connect(&StackMonitor::snapshot, this, &MonitorHub::onStack);
    m_stackMonitor.connect(&StackMonitor::containerEvent, m_alerts, &AlertCenter::onContainerEvent);
    m_stackMonitor.connect(&StackMonitor::containerEvent, this, &MonitorHub::containerEvent);
    m_stackMonitor.connect(
        &StackMonitor::connectionChanged, this, [this](bool connected, const Error& error) {
            setFault(Source::Containers,
                     connected ? SourceFault{}
                               : SourceFault{SourceFault::Kind::Unreachable, error.what()});
            Q_EMIT containersConnectionChanged(connected, error);
        });
    m_stackMonitor.start();
}

void MonitorHub::onPostgres(const PgSnapshot& snapshot)
{
    const qint64 t = nowMs();
    m_postgres = snapshot;
    m_heard.insert(Source::Postgres);
    m_history.append(MonitorSeries::postgresTotal(), t, snapshot.total);
    for (auto it = snapshot.byState.cbegin(); it != snapshot.byState.cend(); ++it)
        m_history.append(MonitorSeries::postgresState(it.key()), t, it.value());
    m_history.append(MonitorSeries::postgresMax(), t, snapshot.maxConnections);
    m_history.append(MonitorSeries::postgresHeadroom(), t, snapshot.headroom());
    if (snapshot.transactionsPerSecond >= 0)
        m_history.append(MonitorSeries::postgresTps(), t, snapshot.transactionsPerSecond);
    if (snapshot.maxConnections != m_maxConnections) {
        // The critical level is a share of max_connections: known only from the server.
        m_maxConnections = snapshot.maxConnections;
        m_alerts->watchConnections(m_maxConnections);
    }
    m_alerts->feed(MonitorSeries::postgresTotal(), t, snapshot.total);
    Q_EMIT sampled(Source::Postgres);
}

void MonitorHub::onRedis(const RedisSnapshot& snapshot)
{
    const qint64 t = nowMs();
    m_redis = snapshot;
    m_heard.insert(Source::Redis);
    m_history.append(MonitorSeries::redisClients(), t, double(snapshot.connectedClients));
    m_history.append(MonitorSeries::redisBlocked(), t, double(snapshot.blockedClients));
    m_history.append(MonitorSeries::redisOps(), t, double(snapshot.opsPerSec));
    m_history.append(MonitorSeries::redisMemory(), t, double(snapshot.usedMemory));
    m_history.append(MonitorSeries::celeryQueue(), t, double(snapshot.queuedTotal()));
    m_alerts->feed(MonitorSeries::redisClients(), t, double(snapshot.connectedClients));
    Q_EMIT sampled(Source::Redis);
}

void MonitorHub::onCelery(const CelerySnapshot& snapshot)
{
    const qint64 t = nowMs();
    m_celery = snapshot;
    m_heard.insert(Source::Celery);
    m_history.append(MonitorSeries::celeryActive(), t, snapshot.active());
    m_history.append(MonitorSeries::celeryReserved(), t, snapshot.reserved());
    Q_EMIT sampled(Source::Celery);
}

void MonitorHub::onApi(const ApiProbeResult& result)
{
    m_api = result;
    m_heard.insert(Source::Api);
    m_alerts->onApiProbe(result);
    if (result.latencyMs >= 0) {
        m_history.append(MonitorSeries::apiLatency(), result.t, result.latencyMs);
        m_history.append(MonitorSeries::apiStatus(), result.t, result.status);
    } else {
        gap(Source::Api, result.t);
    }
    setFault(Source::Api, result.fault);
    Q_EMIT sampled(Source::Api);
}

void MonitorHub::onStack(const StackStatus& status)
{
    const qint64 t = nowMs();
    m_stack = status;
    m_heard.insert(Source::Containers);
    for (const ServiceStatus& service : status.services) {
        if (!m_services.contains(service.service))
            m_services.append(service.service);
        const QString cpu = MonitorSeries::containerCpu(service.service);
        const QString memory = MonitorSeries::containerMemory(service.service);
        if (service.state != QStringLiteral("running") || service.figures.cpuPercent < 0) {
            m_history.appendGap(cpu, t);
            m_history.appendGap(memory, t);
            continue;
        }
        m_history.append(cpu, t, service.figures.cpuPercent);
        if (service.figures.memoryBytes >= 0)
            m_history.append(memory, t, double(service.figures.memoryBytes));
    }
    Q_EMIT stackChanged(status);
    Q_EMIT sampled(Source::Containers);
}

void MonitorHub::setFault(Source source, const SourceFault& fault)
{
    m_heard.insert(source);
    if (m_faults.value(source) == fault)
        return;
    m_faults.insert(source, fault);
    if (fault.isFault())
        gap(source, nowMs());
    Q_EMIT faultChanged(source, fault);
}

void MonitorHub::gap(Source source, qint64 t)
{
    for (const QString& id : seriesOf(source)) {
        m_history.appendGap(id, t);
        m_alerts->feedGap(id, t);
    }
}

} // namespace artgen::core
