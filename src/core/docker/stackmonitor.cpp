#include "stackmonitor.h"

#include "containermap.h"
#include "dockerclient.h"
#include "logging/categories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace artgen::core {

namespace {
constexpr int kMaxBackoffMs = 15000;
constexpr int kRefreshDebounceMs = 150;
constexpr qsizetype kMaxLine = 4 * 1024 * 1024; // a stats or event line is a few KiB

// Splits complete lines off `buffer`; returns them.
QList<QByteArray> takeLines(QByteArray& buffer)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', start)) {
        lines << buffer.mid(start, nl - start);
        start = nl + 1;
    }
    buffer.remove(0, start);
    if (buffer.size() > kMaxLine)
        buffer.clear(); // garbage without newlines: drop rather than grow
    return lines;
}
} // namespace

StackMonitor::StackMonitor(DockerClient& client, Profile profile, QObject* parent)
    : QObject(parent), m_client(client), m_profile(std::move(profile))
{
    qRegisterMetaType<StackStatus>();
    qRegisterMetaType<Error>();
}

StackMonitor::~StackMonitor()
{
    stop();
}

void StackMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_publishTimer = new QTimer(this);
    connect(m_publishTimer, &QTimer::timeout, this, &StackMonitor::publish);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &StackMonitor::refresh);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        openEvents();
        refresh();
    });
    m_publishTimer->start(m_publishMs);
    openEvents();
    refresh();
}

void StackMonitor::stop()
{
    m_running = false;
    if (m_events)
        m_events->abort();
    abortStats();
    if (m_publishTimer)
        m_publishTimer->stop();
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
}

void StackMonitor::abortStats()
{
    const auto streams = std::exchange(m_stats, {});
    for (const StatsStream& st : streams)
        if (st.call)
            st.call->abort();
}

void StackMonitor::openEvents()
{
    if (!m_running || m_events)
        return;
    const QJsonObject filters{
        {QStringLiteral("type"), QJsonArray{QStringLiteral("container")}},
        {QStringLiteral("label"), QJsonArray{QString(QStringLiteral("com.docker.compose.project=") +
                                                     m_profile.projectName)}}};
    DockerCall::Options o;
    o.path = "/events?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                      QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    o.streaming = true;
    o.timeoutMs = 10000;
    m_eventBuffer.clear();
    // Events need the version prefix: ask the client to negotiate first if it has not yet.
    if (m_client.apiPrefix().isEmpty()) {
        m_client.version().then(this, [this](const Result<DockerVersion>& v) {
            if (!v)
                return scheduleReconnect(v.error());
            openEvents();
        });
        return;
    }
    m_events = m_client.openStream(o, this);
    connect(m_events, &DockerCall::headReceived, this, [this](int status) {
        if (status == 200) {
            m_backoffMs = 500;
            if (!m_connected) {
                m_connected = true;
                Q_EMIT connectionChanged(true, Error());
            }
        }
    });
    connect(m_events, &DockerCall::data, this, &StackMonitor::onEventData);
    connect(m_events, &DockerCall::finished, this, &StackMonitor::onEventsEnded);
}

void StackMonitor::onEventData(const QByteArray& chunk)
{
    m_eventBuffer += chunk;
    for (const QByteArray& line : takeLines(m_eventBuffer)) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.isEmpty())
            continue;
        const QJsonObject attrs = e.value(QStringLiteral("Actor"))
                                      .toObject()
                                      .value(QStringLiteral("Attributes"))
                                      .toObject();
        const QString action = e.value(QStringLiteral("Action")).toString();
        // exec_* events are the panel's own probes and healthchecks: not state changes.
        if (action.startsWith(QStringLiteral("exec_")) || action == QStringLiteral("top"))
            continue;
        Q_EMIT containerEvent(attrs.value(QStringLiteral("com.docker.compose.service")).toString(),
                              attrs.value(QStringLiteral("name")).toString(), action);
        scheduleRefresh();
    }
}

void StackMonitor::onEventsEnded(const Result<DockerResponse>& result)
{
    if (m_events)
        m_events->deleteLater();
    m_events.clear();
    if (!m_running)
        return;
    Error e = result ? Error(Error::Code::Unreachable, tr("The event stream from Docker ended."),
                             tr("The daemon closed it (it may be restarting)."),
                             tr("The panel reconnects by itself."))
                     : result.error();
    if (result && result->status != 200)
        e = DockerClient::fromHttpStatus(*result, tr("Docker refused the event stream."));
    scheduleReconnect(e);
}

void StackMonitor::scheduleReconnect(const Error& error)
{
    if (!m_running)
        return;
    if (m_status.services.isEmpty()) {
        // Never reached Docker: still show the services the profile expects, as unknown.
        m_status.profile = m_profile.name;
        m_status.project = m_profile.projectName;
        const ContainerMap map(m_profile);
        for (auto it = map.all().cbegin(); it != map.all().cend(); ++it) {
            ServiceStatus s;
            s.service = it.key();
            s.container = it.value();
            s.state = QStringLiteral("unknown");
            m_status.services << s;
        }
        publish();
    }
    ++m_generation;
    if (m_connected) {
        m_connected = false;
        markUnknown();
    }
    Q_EMIT connectionChanged(false, error);
    abortStats();
    qCInfo(lcDocker) << "reconnecting in" << m_backoffMs << "ms:" << error.message();
    m_reconnectTimer->start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void StackMonitor::markUnknown()
{
    // What was shown is no longer known: say so rather than keep a stale "running".
    for (ServiceStatus& s : m_status.services) {
        s.state = QStringLiteral("unknown");
        s.health.clear();
        s.figures = {};
    }
    publish();
}

void StackMonitor::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start(kRefreshDebounceMs);
}

void StackMonitor::refresh()
{
    if (!m_running)
        return;
    if (m_refreshing) {
        m_refreshAgain = true; // an event arrived during the listing: list once more after
        return;
    }
    m_refreshing = true;
    const int generation = m_generation;
    StackInspector(m_client).inspect(m_profile).then(
        this, [this, generation](const Result<StackStatus>& s) {
            m_refreshing = false;
            // A listing that started before the connection was lost must not bring back a
            // "running" the daemon can no longer vouch for.
            if (s && generation == m_generation) {
                applyStatus(*s);
            } else if (!s) {
                // The listing failed: whatever was shown is no longer known.
                markUnknown();
                if (!m_reconnectTimer->isActive() && !m_events)
                    scheduleReconnect(s.error());
            }
            if (std::exchange(m_refreshAgain, false))
                scheduleRefresh();
        });
}

void StackMonitor::applyStatus(const StackStatus& status)
{
    // Keep the latest stats figures across the re-listing.
    QHash<QString, ContainerFigures> figures;
    for (const ServiceStatus& s : std::as_const(m_status.services))
        figures.insert(s.id, s.figures);
    m_status = status;
    for (ServiceStatus& s : m_status.services) {
        if (s.state == QStringLiteral("running") && figures.contains(s.id))
            s.figures = figures[s.id];
    }
    syncStatsStreams();
    publish();
}

void StackMonitor::syncStatsStreams()
{
    QSet<QString> running;
    for (const ServiceStatus& s : std::as_const(m_status.services))
        if (s.state == QStringLiteral("running"))
            running.insert(s.id);
    // abort() finishes a call synchronously and its handler edits m_stats: collect first.
    QList<QPointer<DockerCall>> ended;
    for (auto it = m_stats.begin(); it != m_stats.end();) {
        if (!running.contains(it.key()) || !it->call) {
            ended << it->call;
            it = m_stats.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& call : ended)
        if (call)
            call->abort();
    for (const QString& id : std::as_const(running)) {
        if (m_stats.contains(id))
            continue;
        DockerCall::Options o;
        o.path = "/containers/" + id.toLatin1() + "/stats?stream=1";
        o.streaming = true;
        o.timeoutMs = 15000;
        o.idleTimeoutMs = 30000; // stats come every second; silence means a stuck stream
        DockerCall* call = m_client.openStream(o, this);
        m_stats.insert(id, {call, {}});
        connect(call, &DockerCall::data, this,
                [this, id](const QByteArray& c) { onStatsData(id, c); });
        connect(call, &DockerCall::finished, this, [this, id, call](const Result<DockerResponse>&) {
            call->deleteLater();
            if (m_stats.value(id).call == call)
                m_stats.remove(id); // reopened by the next listing if the container still runs
        });
    }
}

void StackMonitor::onStatsData(const QString& id, const QByteArray& chunk)
{
    auto it = m_stats.find(id);
    if (it == m_stats.end())
        return;
    it->buffer += chunk;
    const QList<QByteArray> lines = takeLines(it->buffer);
    if (lines.isEmpty())
        return;
    const QJsonObject stats = QJsonDocument::fromJson(lines.last()).object();
    for (ServiceStatus& s : m_status.services)
        if (s.id == id)
            StackInspector::applyStats(stats, &s);
}

void StackMonitor::publish()
{
    Q_EMIT snapshot(m_status);
}

} // namespace artgen::core
