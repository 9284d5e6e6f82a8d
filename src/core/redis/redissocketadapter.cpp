#include "redissocketadapter.h"

#include <hiredis/async.h>

namespace artgen::core {

void RedisSocketAdapter::attach(redisAsyncContext* context)
{
    detach();
    m_context = context;
    context->ev.data = this;
    context->ev.addRead = &RedisSocketAdapter::addRead;
    context->ev.delRead = &RedisSocketAdapter::delRead;
    context->ev.addWrite = &RedisSocketAdapter::addWrite;
    context->ev.delWrite = &RedisSocketAdapter::delWrite;
    context->ev.cleanup = &RedisSocketAdapter::cleanup;
}

void RedisSocketAdapter::detach()
{
    if (m_context) {
        m_context->ev = {};
        m_context = nullptr;
    }
    disable(m_read);
    disable(m_write);
}

void RedisSocketAdapter::addRead(void* self)
{
    auto* a = static_cast<RedisSocketAdapter*>(self);
    a->enable(a->m_read, QSocketNotifier::Read);
}

void RedisSocketAdapter::delRead(void* self)
{
    disable(static_cast<RedisSocketAdapter*>(self)->m_read);
}

void RedisSocketAdapter::addWrite(void* self)
{
    auto* a = static_cast<RedisSocketAdapter*>(self);
    a->enable(a->m_write, QSocketNotifier::Write);
}

void RedisSocketAdapter::delWrite(void* self)
{
    disable(static_cast<RedisSocketAdapter*>(self)->m_write);
}

void RedisSocketAdapter::cleanup(void* self)
{
    auto* a = static_cast<RedisSocketAdapter*>(self);
    a->m_context = nullptr; // hiredis is freeing it
    disable(a->m_read);
    disable(a->m_write);
}

void RedisSocketAdapter::enable(QPointer<QSocketNotifier>& notifier, QSocketNotifier::Type type)
{
    if (notifier || !m_context)
        return;
    notifier = new QSocketNotifier(static_cast<qintptr>(m_context->c.fd), type, m_owner);
    QObject::connect(notifier, &QSocketNotifier::activated, m_owner,
                     [this, type] { onActivated(type); });
}

// hiredis may drop interest from inside the notifier's own activation: never delete it there.
void RedisSocketAdapter::disable(QPointer<QSocketNotifier>& notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    QObject::disconnect(notifier, nullptr, nullptr, nullptr);
    notifier->deleteLater();
    notifier.clear();
}

void RedisSocketAdapter::onActivated(QSocketNotifier::Type type)
{
    redisAsyncContext* context = m_context;
    if (!context)
        return;
    // The context may be freed inside these calls: nothing of it is touched afterwards.
    if (type == QSocketNotifier::Read)
        redisAsyncHandleRead(context);
    else
        redisAsyncHandleWrite(context);
}

} // namespace artgen::core
