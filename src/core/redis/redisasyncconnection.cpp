#include "redisasyncconnection.h"

#include "redisfault.h"

#include <QTimer>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <vector>

namespace artgen::core {

namespace {
RedisAsyncConnection* owner(const redisAsyncContext* context)
{
    return context ? static_cast<RedisAsyncConnection*>(context->data) : nullptr;
}
} // namespace

RedisAsyncConnection::RedisAsyncConnection(QObject* parent)
    : QObject(parent), m_adapter(this), m_deadlineTimer(new QTimer(this))
{
    qRegisterMetaType<SourceFault>();
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &RedisAsyncConnection::onDeadline);
    m_clock.start();
}

RedisAsyncConnection::~RedisAsyncConnection()
{
    release(true);
}

void RedisAsyncConnection::open(const RedisConnectionInfo& info, const QByteArray& clientName)
{
    release(true);
    m_address = info.address();
    const QByteArray host = info.host.toUtf8();
    redisAsyncContext* context = redisAsyncConnect(host.constData(), info.port);
    if (!context)
        return fail(RedisFault::fromConnectionError(tr("out of memory"), m_address), true);
    if (context->err) {
        const QString why = QString::fromUtf8(context->errstr);
        redisAsyncFree(context);
        return fail(RedisFault::fromConnectionError(why, m_address), true);
    }
    m_context = context;
    context->data = this;
    m_adapter.attach(context);
    redisAsyncSetConnectCallback(context, &RedisAsyncConnection::onConnected);
    redisAsyncSetDisconnectCallback(context, &RedisAsyncConnection::onDisconnected);
    // hiredis buffers commands until the socket connects: the handshake goes out at once.
    const bool auth = !info.password.isEmpty();
    if (auth)
        command({QByteArrayLiteral("AUTH"), info.password.toUtf8()},
                [this](const RedisValue& v) { handshakeReply(v, false); });
    command({QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), clientName},
            [this](const RedisValue& v) { handshakeReply(v, true); });
}

void RedisAsyncConnection::close()
{
    release(true);
}

bool RedisAsyncConnection::command(const QList<QByteArray>& argv, ReplyHandler onReply)
{
    if (!m_context)
        return false;
    std::vector<const char*> args;
    std::vector<size_t> lengths;
    for (const QByteArray& a : argv) {
        args.push_back(a.constData());
        lengths.push_back(static_cast<size_t>(a.size()));
    }
    const quint64 id = m_nextId++;
    // The id, not a pointer: a reply that arrives for a command we gave up on finds nothing.
    if (redisAsyncCommandArgv(m_context, &RedisAsyncConnection::onReplyReceived,
                              reinterpret_cast<void*>(static_cast<quintptr>(id)),
                              static_cast<int>(args.size()), args.data(),
                              lengths.data()) != REDIS_OK)
        return false;
    m_pending.push_back({id, m_clock.elapsed() + m_deadlineMs, std::move(onReply)});
    if (!m_deadlineTimer->isActive())
        armDeadline();
    return true;
}

void RedisAsyncConnection::onConnected(const redisAsyncContext* context, int status)
{
    RedisAsyncConnection* self = owner(context);
    if (!self || status == REDIS_OK)
        return;
    self->fail(RedisFault::fromConnectionError(QString::fromUtf8(context->errstr), self->m_address),
               true);
}

void RedisAsyncConnection::onDisconnected(const redisAsyncContext* context, int status)
{
    RedisAsyncConnection* self = owner(context);
    if (!self)
        return;
    const QString why = status == REDIS_OK ? tr("Server closed the connection")
                                           : QString::fromUtf8(context->errstr);
    self->fail(RedisFault::fromConnectionError(why, self->m_address), true);
}

void RedisAsyncConnection::onReplyReceived(redisAsyncContext* context, void* reply, void* privdata)
{
    RedisAsyncConnection* self = owner(context);
    // A null reply: hiredis is dropping the command with the connection; the connect or
    // disconnect callback reports why.
    if (!self || !reply)
        return;
    self->handleReply(static_cast<quint64>(reinterpret_cast<quintptr>(privdata)),
                      RedisValue::fromReply(reply));
}

void RedisAsyncConnection::handleReply(quint64 id, const RedisValue& value)
{
    if (m_pending.empty() || m_pending.front().id != id)
        return;
    ReplyHandler handler = std::move(m_pending.front().onReply);
    m_pending.pop_front();
    armDeadline();
    if (handler)
        handler(value);
}

void RedisAsyncConnection::handshakeReply(const RedisValue& value, bool last)
{
    if (value.isError())
        return fail(RedisFault::fromServerError(value.text, m_address), false);
    if (last) {
        m_ready = true;
        Q_EMIT ready();
    }
}

void RedisAsyncConnection::armDeadline()
{
    if (m_pending.empty()) {
        m_deadlineTimer->stop();
        return;
    }
    const qint64 left = m_pending.front().deadlineAtMs - m_clock.elapsed();
    m_deadlineTimer->start(static_cast<int>(std::max<qint64>(0, left)));
}

void RedisAsyncConnection::onDeadline()
{
    if (m_pending.empty())
        return;
    if (m_pending.front().deadlineAtMs > m_clock.elapsed())
        return armDeadline();
    fail(RedisFault::timeout(m_address, m_deadlineMs), false);
}

void RedisAsyncConnection::fail(const SourceFault& fault, bool contextGone)
{
    release(!contextGone);
    Q_EMIT faulted(fault);
}

void RedisAsyncConnection::release(bool freeContext)
{
    m_ready = false;
    m_pending.clear();
    m_deadlineTimer->stop();
    redisAsyncContext* context = std::exchange(m_context, nullptr);
    if (!context)
        return;
    // Unhooked first: whatever hiredis calls while it frees finds no owner and no adapter.
    context->data = nullptr;
    m_adapter.detach();
    // Inside a reply callback hiredis defers the free until the callback returns.
    if (freeContext)
        redisAsyncFree(context);
}

} // namespace artgen::core
