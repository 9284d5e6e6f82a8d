#pragma once

#include "monitor/sourcefault.h"
#include "redisclientinfo.h"
#include "redisconnectioninfo.h"
#include "redissnapshot.h"
#include "redisvalue.h"
#include "settings/profile.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <optional>

class QTimer;

namespace artgen::core {

class RedisAsyncConnection;

// Samples the stack's Redis every interval (1 s by default) over exactly one connection, named
// "artgen-monitor": INFO clients, stats and memory, and the length of every Celery queue (found
// from kombu's bindings every few samples, priority sub-queues included). A source that cannot
// be sampled is a fault, never zeros: sampled() stops and faultChanged() says why; the monitor
// reconnects by itself every second, so figures are back within a second or two of Redis
// answering again. Lives on a worker thread; started and stopped through WorkerHandle.
class RedisMonitor : public QObject
{
    Q_OBJECT

public:
    static const QByteArray kClientName; // "artgen-monitor"

    // Reads the profile's .env (REDIS_PASSWORD, REDIS_PORT) on its own thread when started. A
    // password still being read from the keychain or typed is a fault ("waiting for …") and the
    // monitor starts once it is there: the thread it shares with other monitors never waits.
    explicit RedisMonitor(Profile profile, QObject* parent = nullptr);
    explicit RedisMonitor(RedisConnectionInfo info, QObject* parent = nullptr);
    ~RedisMonitor() override;

    // Set before start().
    void setInterval(int ms) { m_intervalMs = ms; }
    void setReconnectInterval(int ms) { m_reconnectMs = ms; }
    void setDeadline(int ms) { m_deadlineMs = ms; }
    // The queues are looked up again every `samples` samples (and after each reconnect).
    void setDiscoveryEvery(int samples) { m_discoveryEvery = samples; }
    // The current fault; read it on the monitor's thread (others follow faultChanged()).
    SourceFault fault() const { return m_fault; }

public Q_SLOTS:
    void start();
    void stop();
    // The server's CLIENT LIST, answered by clientsListed() or clientsFailed().
    void listClients();

Q_SIGNALS:
    void sampled(const artgen::core::RedisSnapshot& snapshot);
    // Every change of fault, and SourceFault{} (kind None) once figures come again.
    void faultChanged(const artgen::core::SourceFault& fault);
    void clientsListed(const QList<artgen::core::RedisClientInfo>& clients);
    void clientsFailed(const artgen::core::SourceFault& fault);

private:
    void startWhenReady(const QFuture<void>& secretReady);
    void connectNow();
    void onReady();
    void onFaulted(const SourceFault& fault);
    void sample();
    void sendInfo(const QByteArray& section);
    void sendLength(const QByteArray& key);
    bool replyFailed(const RedisValue& value);
    void sampleReplyDone();
    void discoverQueues();
    void scanBindings(const QByteArray& cursor, QList<QByteArray> bindingKeys);
    void readBindings(const QList<QByteArray>& bindingKeys);
    void setFault(const SourceFault& fault);

    std::optional<Profile> m_profile;
    RedisConnectionInfo m_info;
    RedisAsyncConnection* m_connection = nullptr;
    QTimer* m_sampleTimer = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    int m_intervalMs = 1000;
    int m_reconnectMs = 1000;
    int m_deadlineMs = 2000;
    int m_discoveryEvery = 10;
    int m_samplesSinceDiscovery = 0;
    bool m_running = false;
    bool m_waitingForSecret = false;
    bool m_discovering = false;
    bool m_clientsAsked = false; // a listClients() waits for its answer
    SourceFault m_fault;
    QList<QByteArray> m_queues; // Celery queue names; their list keys are sampled

    // The sample in flight.
    int m_outstanding = 0;
    QByteArray m_infoText;
    RedisSnapshot m_partial;
    QElapsedTimer m_roundTrip;
};

} // namespace artgen::core
