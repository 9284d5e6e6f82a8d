#pragma once

#include "pgconnectioninfo.h"
#include "pgresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>

class QSocketNotifier;
class QTimer;
struct pg_conn;

namespace artgen::core {

// One libpq connection driven without blocking the thread it lives on: PQconnectStartParams +
// PQconnectPoll, then PQsendQuery + PQconsumeInput/PQisBusy, woken by QSocketNotifiers on
// libpq's socket, each step under a deadline. One query at a time. The answer is copied into a
// PgResult before it leaves; a failure becomes a SourceFault. After a failure or a timeout
// the connection is closed: open() again.
class PgAsyncConnection : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const PgReply&)>;

    explicit PgAsyncConnection(PgConnectionInfo info, QObject* parent = nullptr);
    ~PgAsyncConnection() override;

    // `done` gets an empty PgResult once the session is open, or the fault.
    void open(int deadlineMs, Done done);
    void send(const QByteArray& sql, int deadlineMs, Done done);
    bool isOpen() const;
    bool isBusy() const { return static_cast<bool>(m_done); }
    // Closes the session; a request in flight is dropped without an answer.
    void close();

    // The server's pid for this session (0 when closed).
    int backendPid() const;

private:
    enum class Step { Idle, Connecting, Querying };

    void watchSocket();
    void dropNotifiers();
    void quietNotifiers();
    void onSocket(bool writable);
    void pollConnect();
    void flushAndRead();
    void readResults();
    void finish(const PgReply& reply);
    void failNow(const SourceFault& fault);

    PgConnectionInfo m_info;
    pg_conn* m_conn = nullptr;
    Step m_step = Step::Idle;
    Done m_done;
    int m_socket = -1;
    bool m_wantWrite = false;
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
    QTimer* m_deadline = nullptr;
    int m_deadlineMs = 0;
    QElapsedTimer m_clock;
    PgResult m_result;
    QString m_sqlState;
    QString m_error;
};

} // namespace artgen::core
