#pragma once

#include "monitor/sourcefault.h"
#include "pgconnectioninfo.h"
#include "pgresult.h"
#include "pgsession.h"
#include "pgsnapshot.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>
#include <memory>
#include <optional>

class QTimer;

namespace artgen::core {

class DockerClient;
class PgAsyncConnection;

// The PostgreSQL source of the Charts page and of `artgenctl sessions|terminate-idle`. Lives on
// a worker thread (WorkerHandle: start()/stop()); holds exactly ONE connection, named
// artgen-monitor, samples PgQueries::snapshot() every interval and emits sampled() or
// faultChanged(). Requests (sessions, terminate) queue on that same connection — no second
// one — which is why they are requests on the monitor rather than a separate admin client: once
// open, the connection keeps its slot when the table fills up (SQLSTATE 53300), so the figures
// and the sessions list keep coming exactly when an admin needs them.
//
// When the connection cannot be opened because the server is full (LimitReached) or cannot be
// reached while Docker can, requests and samples go through psql in the container
// (PgExecRunner, as the superuser into a reserved slot); the fault still names why the
// monitor's own connection is not open, and such samples say viaExec. A lost connection is
// opened again with a backoff capped at 2 s, so figures return within 5 s of the server.
class PgMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Path {
        Auto,   // libpq; psql over exec while libpq cannot connect (needs a DockerClient)
        Direct, // libpq only
        Exec,   // psql over exec only (a profile that publishes no port)
    };

    static constexpr int kDefaultIntervalMs = 1000;
    static constexpr int kMaxBackoffMs = 2000;

    PgMonitor(PgConnectionInfo info, DockerClient* docker = nullptr, QObject* parent = nullptr);
    ~PgMonitor() override;

    // Before start(). 0: no sampling, requests only (the CLI).
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    int intervalMs() const { return m_intervalMs; }
    void setPath(Path path) { m_path = path; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }

    // From any thread; answered on the monitor's thread.
    QFuture<PgReply> query(const QByteArray& sql);
    QFuture<Result<QList<PgSession>>> listSessions();
    // Ends one client backend; the list holds it, or is empty when there was no such session.
    // Audited.
    QFuture<Result<QList<PgSession>>> terminate(int pid);
    // The instructions' pg_terminate_backend on sessions idle for longer than `olderThanMs`;
    // exactly those ended (or that would be, with `dryRun`). Audited unless `dryRun`.
    QFuture<Result<QList<PgSession>>> terminateIdle(qint64 olderThanMs, bool dryRun);

    // A SourceFault as an Error for the CLI and futures: Unreachable/Timeout stay "unreachable".
    static Error toError(const SourceFault& fault);

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void sampled(const artgen::core::PgSnapshot& snapshot);
    // Why the monitor's own connection is not open (kind None: open again).
    void faultChanged(const artgen::core::SourceFault& fault);

private:
    struct Request
    {
        QByteArray sql;
        std::shared_ptr<QPromise<PgReply>> promise; // null for a sample
    };

    void enqueue(Request request);
    void openConnection();
    void onOpened(const PgReply& reply);
    void scheduleReconnect();
    void sample();
    void pump();
    bool execAllowed() const;
    PgReply withDirectFault(const PgReply& execReply) const;
    void onReply(const Request& request, const PgReply& reply, bool viaExec);
    void onSample(const PgReply& reply, bool viaExec);
    void setFault(const SourceFault& fault);
    QFuture<Result<QList<PgSession>>> sessionsFrom(const QByteArray& sql, const QString& action,
                                                   const QString& target);

    PgConnectionInfo m_info;
    DockerClient* m_docker;
    Path m_path = Path::Auto;
    int m_intervalMs = kDefaultIntervalMs;
    int m_deadlineMs = 5000;
    bool m_running = false;
    bool m_busy = false;
    bool m_connecting = false;
    bool m_sampleQueued = false;
    int m_backoffMs = 250;
    SourceFault m_fault;
    PgAsyncConnection* m_connection = nullptr;
    QTimer* m_sampleTimer = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    QList<Request> m_queue;
    std::optional<PgSnapshot> m_previous;
};

} // namespace artgen::core
