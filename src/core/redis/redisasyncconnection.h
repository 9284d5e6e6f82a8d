#pragma once

#include "monitor/sourcefault.h"
#include "redisconnectioninfo.h"
#include "redissocketadapter.h"
#include "redisvalue.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <deque>
#include <functional>

class QTimer;
struct redisAsyncContext;

namespace artgen::core {

// One hiredis async connection driven by the event loop of the thread it lives on (a worker's):
// connects, AUTHs with the profile's password, names itself (CLIENT SETNAME), then runs
// pipelined commands, each with a deadline. A reply reaches its handler as a RedisValue, copied
// inside hiredis' callback: no redisReply leaves it. Any failure — refused, broken, a deadline
// missed, an error during the handshake — ends the connection and is reported once through
// faulted(); the owner decides when to open again. Not thread-safe: use from its thread.
class RedisAsyncConnection : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const RedisValue&)>;
    static constexpr int kDefaultDeadlineMs = 2000;

    explicit RedisAsyncConnection(QObject* parent = nullptr);
    ~RedisAsyncConnection() override;

    // Starts connecting (any previous connection is closed first). ready() or faulted() follows.
    void open(const RedisConnectionInfo& info, const QByteArray& clientName);
    void close();
    bool isOpen() const { return m_context != nullptr; }
    bool isReady() const { return m_ready; }
    // How long a command may wait for its reply, the handshake included.
    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }

    // Queues `argv` (false when the connection is not open). `onReply` runs on this thread with
    // the reply, error replies included; it is never called once the connection has failed.
    bool command(const QList<QByteArray>& argv, ReplyHandler onReply);
    qsizetype pendingCount() const { return static_cast<qsizetype>(m_pending.size()); }

Q_SIGNALS:
    void ready();
    void faulted(const artgen::core::SourceFault& fault);

private:
    struct Pending
    {
        quint64 id = 0;
        qint64 deadlineAtMs = 0;
        ReplyHandler onReply;
    };

    static void onConnected(const redisAsyncContext* context, int status);
    static void onDisconnected(const redisAsyncContext* context, int status);
    static void onReplyReceived(redisAsyncContext* context, void* reply, void* privdata);

    void handleReply(quint64 id, const RedisValue& value);
    void handshakeReply(const RedisValue& value, bool last);
    void armDeadline();
    void onDeadline();
    // Ends the connection and reports `fault`; `contextGone` when hiredis is freeing it
    // itself (connect and disconnect callbacks), so it must not be freed here.
    void fail(const SourceFault& fault, bool contextGone);
    void release(bool freeContext);

    RedisSocketAdapter m_adapter;
    redisAsyncContext* m_context = nullptr;
    QString m_address;
    bool m_ready = false;
    int m_deadlineMs = kDefaultDeadlineMs;
    quint64 m_nextId = 1;
    std::deque<Pending> m_pending; // in sending order, which is Redis' answering order
    QTimer* m_deadlineTimer;
    QElapsedTimer m_clock;
};

} // namespace artgen::core
