#include "pgmonitor.h"

#include "logging/auditlog.h"
#include "pgasyncconnection.h"
#include "pgexecrunner.h"
#include "pgqueries.h"

#include <QJsonArray>
#include <QTimer>

namespace artgen::core {

PgMonitor::PgMonitor(PgConnectionInfo info, DockerClient* docker, QObject* parent)
    : QObject(parent), m_info(std::move(info)), m_docker(docker), m_sampleTimer(new QTimer(this)),
      m_reconnectTimer(new QTimer(this))
{
    qRegisterMetaType<PgSnapshot>();
    qRegisterMetaType<SourceFault>();
    m_info.applicationName = QString::fromLatin1(PgConnectionInfo::kMonitorAppName);
    if (m_info.port <= 0)
        m_path = Path::Exec;
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &PgMonitor::openConnection);
    connect(m_sampleTimer, &QTimer::timeout, this, &PgMonitor::sample);
}

PgMonitor::~PgMonitor()
{
    stop();
}

void PgMonitor::start()
{
    m_running = true;
    if (m_path != Path::Exec)
        openConnection();
    if (m_intervalMs > 0) {
        m_sampleTimer->start(m_intervalMs);
        sample();
    }
    pump();
}

void PgMonitor::stop()
{
    m_running = false;
    m_sampleTimer->stop();
    m_reconnectTimer->stop();
    if (m_connection)
        m_connection->close(); // drops its request in flight: that future is cancelled
    m_busy = m_connecting = m_sampleQueued = false;
    const SourceFault stopped{SourceFault::Kind::Other,
                              tr("The PostgreSQL monitor was stopped before it answered.")};
    for (const Request& r : std::exchange(m_queue, {}))
        if (r.promise) {
            r.promise->addResult(PgReply(tl::unexpected(stopped)));
            r.promise->finish();
        }
}

QFuture<PgReply> PgMonitor::query(const QByteArray& sql)
{
    auto promise = std::make_shared<QPromise<PgReply>>();
    promise->start();
    QFuture<PgReply> future = promise->future();
    QMetaObject::invokeMethod(
        this,
        [this, sql, promise] {
            enqueue({sql, promise});
        },
        Qt::QueuedConnection);
    return future;
}

void PgMonitor::enqueue(Request request)
{
    m_queue << std::move(request);
    pump();
}

void PgMonitor::openConnection()
{
    if (!m_running || m_connecting)
        return;
    if (!m_connection)
        m_connection = new PgAsyncConnection(m_info, this);
    m_connecting = true;
    m_connection->open(m_deadlineMs, [this](const PgReply& reply) { onOpened(reply); });
}

void PgMonitor::onOpened(const PgReply& reply)
{
    m_connecting = false;
    if (reply) {
        m_backoffMs = 250;
        setFault({});
    } else {
        setFault(reply.error());
        scheduleReconnect();
    }
    pump();
}

void PgMonitor::scheduleReconnect()
{
    if (!m_running || m_reconnectTimer->isActive())
        return;
    m_reconnectTimer->start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void PgMonitor::sample()
{
    // One sample in the queue at most: a slow server gets fewer samples, not a backlog.
    if (m_sampleQueued)
        return;
    m_sampleQueued = true;
    enqueue({PgQueries::snapshot(), nullptr});
}

bool PgMonitor::execAllowed() const
{
    if (!m_docker || m_info.container.isEmpty())
        return false;
    if (m_path == Path::Exec)
        return true;
    return m_path == Path::Auto && !m_connecting &&
           (m_fault.kind == SourceFault::Kind::Unreachable ||
            m_fault.kind == SourceFault::Kind::LimitReached);
}

void PgMonitor::pump()
{
    if (!m_running || m_busy || m_queue.isEmpty())
        return;
    if (m_path != Path::Exec && m_connection && m_connection->isOpen() && !m_connecting) {
        m_busy = true;
        const Request r = m_queue.takeFirst();
        m_connection->send(r.sql, m_deadlineMs, [this, r](const PgReply& reply) {
            m_busy = false;
            onReply(r, reply, false);
            pump();
        });
        return;
    }
    if (execAllowed()) {
        m_busy = true;
        const Request r = m_queue.takeFirst();
        PgExecRunner::run(*m_docker, m_info, r.sql, m_deadlineMs * 2, this,
                          [this, r](const PgReply& reply) {
                              m_busy = false;
                              onReply(r, withDirectFault(reply), true);
                              pump();
                          });
        return;
    }
    if (m_connecting || (m_path != Path::Exec && !m_fault.isFault()))
        return; // the connection is on its way
    for (const Request& r : std::exchange(m_queue, {}))
        onReply(r, tl::unexpected(m_fault), false);
}

PgReply PgMonitor::withDirectFault(const PgReply& execReply) const
{
    // The exec path was the fallback: why the direct one failed comes first, then its own.
    if (execReply || m_path == Path::Exec || !m_fault.isFault())
        return execReply;
    return tl::unexpected(SourceFault{
        m_fault.kind, m_fault.message + u' ' +
                          tr("The fallback through psql in the container failed too: %1")
                              .arg(execReply.error().message)});
}

void PgMonitor::onReply(const Request& request, const PgReply& reply, bool viaExec)
{
    if (!viaExec && m_path != Path::Exec && !reply && m_connection && !m_connection->isOpen()) {
        // The connection went (server restarted, backend terminated, deadline): open it again.
        setFault(reply.error());
        scheduleReconnect();
    }
    if (viaExec && m_path == Path::Exec)
        setFault(reply ? SourceFault{} : reply.error());
    if (!request.promise) {
        onSample(reply, viaExec);
        return;
    }
    request.promise->addResult(reply);
    request.promise->finish();
}

void PgMonitor::onSample(const PgReply& reply, bool viaExec)
{
    m_sampleQueued = false;
    if (!reply)
        return; // the fault is already reported (setFault above or the connection's)
    auto snapshot = PgSnapshot::fromResult(*reply);
    if (!snapshot) {
        setFault({SourceFault::Kind::Protocol, snapshot.error().message()});
        return;
    }
    snapshot->viaExec = viaExec;
    if (m_previous && m_previous->viaExec == viaExec)
        snapshot->rateFrom(*m_previous);
    m_previous = *snapshot;
    Q_EMIT sampled(*snapshot);
}

void PgMonitor::setFault(const SourceFault& fault)
{
    if (fault == m_fault)
        return;
    m_fault = fault;
    Q_EMIT faultChanged(fault);
}

Error PgMonitor::toError(const SourceFault& fault)
{
    switch (fault.kind) {
    case SourceFault::Kind::Unreachable:
        return Error(Error::Code::Unreachable, fault.message);
    case SourceFault::Kind::Timeout:
        return Error(Error::Code::Timeout, fault.message);
    case SourceFault::Kind::Protocol:
        return Error(Error::Code::Protocol, fault.message);
    case SourceFault::Kind::AuthenticationFailed:
        return Error(Error::Code::InvalidInput, fault.message);
    default:
        return Error(Error::Code::ProcessFailed, fault.message);
    }
}

QFuture<Result<QList<PgSession>>> PgMonitor::listSessions()
{
    return sessionsFrom(PgQueries::sessions(), {}, {});
}

QFuture<Result<QList<PgSession>>> PgMonitor::terminate(int pid)
{
    return sessionsFrom(PgQueries::terminate(pid), QStringLiteral("terminate-backend"),
                        QStringLiteral("pid %1 on %2").arg(pid).arg(m_info.describe()));
}

QFuture<Result<QList<PgSession>>> PgMonitor::terminateIdle(qint64 olderThanMs, bool dryRun)
{
    return sessionsFrom(
        PgQueries::terminateIdle(olderThanMs, dryRun),
        dryRun ? QString() : QStringLiteral("terminate-idle"),
        QStringLiteral("idle > %1 ms on %2").arg(olderThanMs).arg(m_info.describe()));
}

QFuture<Result<QList<PgSession>>>
PgMonitor::sessionsFrom(const QByteArray& sql, const QString& action, const QString& target)
{
    const QString profile = m_info.profile;
    return query(sql).then([profile, action, target](PgReply reply) -> Result<QList<PgSession>> {
        if (!reply) {
            if (!action.isEmpty())
                AuditLog::record(profile, action, target, QStringLiteral("failed"),
                                 {{QStringLiteral("error"), reply.error().message}});
            return fail(toError(reply.error()));
        }
        auto sessions = PgSession::listFromResult(*reply);
        if (!action.isEmpty() && sessions) {
            QJsonArray ended;
            for (const PgSession& s : *sessions)
                ended << s.toJson();
            AuditLog::record(profile, action, target, QStringLiteral("succeeded"),
                             {{QStringLiteral("ended"), ended}});
        }
        return sessions;
    });
}

} // namespace artgen::core
