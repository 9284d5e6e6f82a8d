#include "alertcenter.h"

#include "alertlog.h"
#include "monitorseries.h"

#include <QTimer>
#include <limits>

namespace artgen::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

AlertCenter::AlertCenter(QString profile, AlertLog* log, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_log(log)
{}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setThresholds(const Thresholds& thresholds)
{
    m_thresholds = thresholds;
    if (m_maxConnections >= 0)
        watchConnections(m_maxConnections);
}

void AlertCenter::watchConnections(int maxConnections)
{
    m_maxConnections = qMax(0, maxConnections);
    watch(MonitorSeries::postgresTotal(), m_thresholds.postgres(m_maxConnections));
    watch(MonitorSeries::redisClients(), m_thresholds.redis());
}

void AlertCenter::watch(const QString& series, const Threshold& threshold)
{
    auto it = m_trackers.find(series);
    if (it == m_trackers.end())
        m_trackers.insert(series, ThresholdTracker(threshold));
    else
        it->setThreshold(threshold);
}

void AlertCenter::unwatch(const QString& series)
{
    m_trackers.remove(series);
}

Threshold::Level AlertCenter::level(const QString& series) const
{
    const auto it = m_trackers.constFind(series);
    return it == m_trackers.cend() ? Threshold::Level::Ok : it->level();
}

void AlertCenter::feed(const QString& series, qint64 t, double value)
{
    auto it = m_trackers.find(series);
    if (it == m_trackers.end())
        return;
    onThresholdChange(series, it->feed(t, value), value, *it);
}

void AlertCenter::feedGap(const QString& series, qint64 t)
{
    auto it = m_trackers.find(series);
    if (it != m_trackers.end())
        it->feedGap(t);
}

void AlertCenter::onThresholdChange(const QString& series, ThresholdTracker::Change change,
                                    double value, const ThresholdTracker& tracker)
{
    using Change = ThresholdTracker::Change;
    if (change == Change::None || change == Change::Eased)
        return;
    const Threshold& th = tracker.threshold();
    Alert a;
    a.kind = Alert::Kind::Threshold;
    a.series = series;
    a.value = value;
    const QString name = seriesName(series);
    const int secs = int(th.holdMs / 1000);
    if (change == Change::Cleared) {
        a.level = Alert::Level::Cleared;
        a.threshold = th.warn;
        a.message = tr("%1 is back to normal: %2 (warning level %3).")
                        .arg(name, number(value), number(th.warn));
    } else if (tracker.level() == Threshold::Level::Critical) {
        a.level = Alert::Level::Critical;
        a.threshold = th.critical;
        a.message = tr("%1 is %2, past the critical level of %3 for %n second(s).", nullptr, secs)
                        .arg(name, number(value), number(th.critical));
    } else {
        a.level = Alert::Level::Warn;
        a.threshold = th.warn;
        a.message = tr("%1 is %2, past the warning level of %3 for %n second(s).", nullptr, secs)
                        .arg(name, number(value), number(th.warn));
    }
    raise(a);
}

void AlertCenter::expectStop(const QString& service)
{
    m_containers[service].expectedStop.setRemainingTime(kExpectStopMs);
}

void AlertCenter::onContainerEvent(const QString& service, const QString& container,
                                   const QString& action)
{
    const QString key = service.isEmpty() ? container : service;
    ContainerEpisode& e = m_containers[key];
    if (!container.isEmpty())
        e.container = container;
    if (action == QStringLiteral("die"))
        onDie(key, e);
    else if (action == QStringLiteral("start"))
        onStart(key, e);
}

void AlertCenter::onDie(const QString& service, ContainerEpisode& e)
{
    const bool planned = !e.expectedStop.hasExpired(); // a default timer has expired
    if (e.clearTimer)
        e.clearTimer->stop(); // died again before it ran long enough: the same episode
    if (planned || e.down)
        return;
    e.down = true;
    raiseContainer(service, Alert::Level::Critical,
                   tr("The %1 container (%2) stopped, and the panel did not stop it.")
                       .arg(service, e.container));
}

void AlertCenter::onStart(const QString& service, ContainerEpisode& e)
{
    e.expectedStop = QDeadlineTimer(); // a planned stop ends when the container is back
    if (!e.down)
        return;
    if (!e.clearTimer) {
        e.clearTimer = new QTimer(this);
        e.clearTimer->setSingleShot(true);
        connect(e.clearTimer, &QTimer::timeout, this,
                [this, service] { containerCleared(service); });
    }
    e.clearTimer->start(m_thresholds.clearHoldSecs * 1000);
}

void AlertCenter::containerCleared(const QString& service)
{
    ContainerEpisode& e = m_containers[service];
    if (!e.down)
        return;
    e.down = false;
    raiseContainer(service, Alert::Level::Cleared,
                   tr("The %1 container (%2) is running again.").arg(service, e.container));
}

void AlertCenter::raiseContainer(const QString& service, Alert::Level level, const QString& message)
{
    Alert a;
    a.kind = Alert::Kind::Container;
    a.series = QStringLiteral("container.") + service;
    a.level = level;
    a.value = a.threshold = kNaN; // an event, not a figure
    a.message = message;
    raise(a);
}

void AlertCenter::onApiProbe(const ApiProbeResult& r)
{
    Alert a;
    a.kind = Alert::Kind::Api;
    a.series = QStringLiteral("api.health");
    a.threshold = m_thresholds.apiFailures;
    const QString url = r.url.toDisplayString();
    if (r.ok()) {
        m_apiFailures = 0;
        if (!std::exchange(m_apiDown, false))
            return;
        a.level = Alert::Level::Cleared;
        a.value = r.latencyMs;
        a.message = tr("The API at %1 answers again (HTTP %2 in %3 ms).")
                        .arg(url)
                        .arg(r.status)
                        .arg(qRound(r.latencyMs));
        raise(a);
        return;
    }
    ++m_apiFailures;
    if (m_apiDown || m_apiFailures < m_thresholds.apiFailures)
        return;
    m_apiDown = true;
    a.level = Alert::Level::Critical;
    a.value = m_apiFailures;
    a.message = tr("The API at %1 stopped answering: %n probe(s) in a row failed. %2", nullptr,
                   m_apiFailures)
                    .arg(url, r.fault.message);
    raise(a);
}

bool AlertCenter::muted(Alert::Kind kind) const
{
    if (m_thresholds.muted)
        return true;
    switch (kind) {
    case Alert::Kind::Threshold:
        return m_thresholds.thresholdAlertsMuted;
    case Alert::Kind::Container:
        return m_thresholds.containerAlertsMuted;
    case Alert::Kind::Api:
        return m_thresholds.apiAlertsMuted;
    }
    return false;
}

void AlertCenter::raise(Alert alert)
{
    if (muted(alert.kind))
        return;
    alert.time = QDateTime::currentDateTimeUtc();
    alert.profile = m_profile;
    if (m_log)
        m_log->append(alert);
    Q_EMIT alertRaised(alert);
}

QString AlertCenter::seriesName(const QString& series) const
{
    if (series == MonitorSeries::postgresTotal())
        return tr("PostgreSQL connections");
    if (series == MonitorSeries::redisClients())
        return tr("Redis clients");
    return series;
}

} // namespace artgen::core
