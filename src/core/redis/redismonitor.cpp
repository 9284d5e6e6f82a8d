#include "redismonitor.h"

#include "kombuqueues.h"
#include "redisasyncconnection.h"
#include "redisfault.h"
#include "secrets/profilesecrets.h"

#include <QSet>
#include <QTimer>
#include <algorithm>

namespace artgen::core {

const QByteArray RedisMonitor::kClientName = QByteArrayLiteral("artgen-monitor");

namespace {
// INFO's connected_clients counts the connection that asks: the monitor's own.
constexpr int kOwnConnections = 1;
} // namespace

RedisMonitor::RedisMonitor(Profile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile))
{
    qRegisterMetaType<RedisSnapshot>();
    qRegisterMetaType<SourceFault>();
    qRegisterMetaType<QList<RedisClientInfo>>();
}

RedisMonitor::RedisMonitor(RedisConnectionInfo info, QObject* parent)
    : QObject(parent), m_info(std::move(info))
{
    qRegisterMetaType<RedisSnapshot>();
    qRegisterMetaType<SourceFault>();
    qRegisterMetaType<QList<RedisClientInfo>>();
}

RedisMonitor::~RedisMonitor()
{
    stop();
}

void RedisMonitor::start()
{
    if (m_running)
        return;
    if (m_profile) {
        std::optional<QFuture<void>> secretReady;
        const auto info = RedisConnectionInfo::fromProfile(*m_profile, &secretReady);
        if (!info) {
            setFault({SourceFault::Kind::Other, info.error().message()});
            if (secretReady)
                startWhenReady(*secretReady);
            return;
        }
        m_info = *info;
    }
    m_running = true;
    m_queues = {KombuQueues::kDefaultQueue};
    m_connection = new RedisAsyncConnection(this);
    m_connection->setDeadline(m_deadlineMs);
    connect(m_connection, &RedisAsyncConnection::ready, this, &RedisMonitor::onReady);
    connect(m_connection, &RedisAsyncConnection::faulted, this, &RedisMonitor::onFaulted);
    m_sampleTimer = new QTimer(this);
    connect(m_sampleTimer, &QTimer::timeout, this, &RedisMonitor::sample);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &RedisMonitor::connectNow);
    m_sampleTimer->start(m_intervalMs);
    connectNow();
}

void RedisMonitor::startWhenReady(const QFuture<void>& secretReady)
{
    // The password is being typed or read from the keychain: the thread keeps serving the other
    // monitors, and this one starts again when it is there (or says why not).
    m_waitingForSecret = true;
    ProfileSecrets::whenReady(secretReady, this, [this] {
        if (std::exchange(m_waitingForSecret, false))
            start();
    });
}

void RedisMonitor::stop()
{
    m_running = false;
    m_waitingForSecret = false;
    if (m_sampleTimer)
        m_sampleTimer->stop();
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
    if (m_connection)
        m_connection->close();
}

void RedisMonitor::connectNow()
{
    if (!m_running)
        return;
    m_outstanding = 0;
    m_discovering = false;
    m_connection->open(m_info, kClientName);
}

void RedisMonitor::onReady()
{
    m_samplesSinceDiscovery = 0;
    discoverQueues();
    sample();
}

void RedisMonitor::onFaulted(const SourceFault& fault)
{
    m_outstanding = 0;
    m_discovering = false;
    setFault(fault);
    if (std::exchange(m_clientsAsked, false))
        Q_EMIT clientsFailed(fault);
    if (m_running)
        m_reconnectTimer->start(m_reconnectMs);
}

void RedisMonitor::sample()
{
    if (!m_connection || !m_connection->isReady() || m_outstanding > 0)
        return; // not connected, or the last sample is still out: never pile up
    if (++m_samplesSinceDiscovery >= m_discoveryEvery) {
        m_samplesSinceDiscovery = 0;
        discoverQueues();
    }
    m_partial = RedisSnapshot{};
    m_infoText.clear();
    m_roundTrip.start();
    sendInfo(QByteArrayLiteral("clients"));
    sendInfo(QByteArrayLiteral("stats"));
    sendInfo(QByteArrayLiteral("memory"));
    for (const QByteArray& queue : std::as_const(m_queues))
        for (const QByteArray& key : KombuQueues::listKeys(queue))
            sendLength(key);
}

void RedisMonitor::sendInfo(const QByteArray& section)
{
    ++m_outstanding;
    m_connection->command({QByteArrayLiteral("INFO"), section}, [this](const RedisValue& v) {
        if (replyFailed(v))
            return;
        m_infoText += v.text;
        m_infoText += '\n';
        sampleReplyDone();
    });
}

void RedisMonitor::sendLength(const QByteArray& key)
{
    ++m_outstanding;
    m_connection->command({QByteArrayLiteral("LLEN"), key}, [this, key](const RedisValue& v) {
        if (replyFailed(v))
            return;
        m_partial.queues.append({key, v.integer});
        sampleReplyDone();
    });
}

// An error reply to a monitoring command (NOAUTH after a restart with another password, a
// wrong type): the sample is void, the connection is started again.
bool RedisMonitor::replyFailed(const RedisValue& value)
{
    if (!value.isError())
        return false;
    m_connection->close();
    onFaulted(RedisFault::fromServerError(value.text, m_info.address()));
    return true;
}

void RedisMonitor::sampleReplyDone()
{
    if (--m_outstanding > 0)
        return;
    m_partial.roundTripUs = m_roundTrip.nsecsElapsed() / 1000;
    m_partial.takenAt = QDateTime::currentDateTimeUtc();
    m_partial.applyInfo(RedisInfo::parse(m_infoText), kOwnConnections);
    setFault({});
    Q_EMIT sampled(m_partial);
}

void RedisMonitor::discoverQueues()
{
    if (m_discovering)
        return;
    m_discovering = true;
    scanBindings(QByteArrayLiteral("0"), {});
}

// SCAN, not KEYS: KEYS blocks the server for the whole keyspace.
void RedisMonitor::scanBindings(const QByteArray& cursor, QList<QByteArray> bindingKeys)
{
    m_connection->command({QByteArrayLiteral("SCAN"), cursor, QByteArrayLiteral("MATCH"),
                           KombuQueues::kBindingPrefix + '*', QByteArrayLiteral("COUNT"),
                           QByteArrayLiteral("1000")},
                          [this, keys = std::move(bindingKeys)](const RedisValue& v) mutable {
                              if (v.type != RedisValue::Type::Array || v.elements.size() != 2) {
                                  m_discovering = false;
                                  return;
                              }
                              for (const RedisValue& key : v.elements.at(1).elements)
                                  if (KombuQueues::isTaskExchange(key.text))
                                      keys << key.text;
                              const QByteArray next = v.elements.at(0).text;
                              if (next == "0")
                                  return readBindings(keys);
                              scanBindings(next, std::move(keys));
                          });
}

void RedisMonitor::readBindings(const QList<QByteArray>& bindingKeys)
{
    auto found = std::make_shared<QSet<QByteArray>>(QSet<QByteArray>{KombuQueues::kDefaultQueue});
    auto left = std::make_shared<qsizetype>(bindingKeys.size());
    const auto finish = [this, found] {
        QList<QByteArray> queues = found->values();
        std::sort(queues.begin(), queues.end());
        m_queues = queues;
        m_discovering = false;
    };
    if (bindingKeys.isEmpty())
        return finish();
    for (const QByteArray& key : bindingKeys)
        m_connection->command({QByteArrayLiteral("SMEMBERS"), key},
                              [found, left, finish](const RedisValue& v) {
                                  for (const RedisValue& member : v.elements) {
                                      const QByteArray q = KombuQueues::queueOfBinding(member.text);
                                      if (!q.isEmpty())
                                          found->insert(q);
                                  }
                                  if (--*left == 0)
                                      finish();
                              });
}

void RedisMonitor::listClients()
{
    if (!m_connection || !m_connection->isReady()) {
        const SourceFault why = m_fault.isFault()
                                    ? m_fault
                                    : SourceFault{SourceFault::Kind::Unreachable,
                                                  tr("The Redis monitor is not connected yet. "
                                                     "Try again in a moment.")};
        Q_EMIT clientsFailed(why);
        return;
    }
    m_clientsAsked = true;
    m_connection->command(
        {QByteArrayLiteral("CLIENT"), QByteArrayLiteral("LIST")}, [this](const RedisValue& v) {
            m_clientsAsked = false;
            if (v.isError())
                return Q_EMIT clientsFailed(RedisFault::fromServerError(v.text, m_info.address()));
            Q_EMIT clientsListed(RedisClientInfo::parseList(v.text));
        });
}

void RedisMonitor::setFault(const SourceFault& fault)
{
    if (fault == m_fault)
        return;
    m_fault = fault;
    Q_EMIT faultChanged(fault);
}

} // namespace artgen::core
