#pragma once

#include <QPointer>
#include <QSocketNotifier>

struct redisAsyncContext;

namespace artgen::core {

// Drives a hiredis async context from the Qt event loop of the thread it lives on: hiredis asks
// for read/write interest through its ev hooks, we answer with QSocketNotifiers. Written for us
// rather than hiredis' adapters/qt.h, which uses Qt 4 string connections, allocates its
// notifiers without a parent and deletes them from inside their own activation.
class RedisSocketAdapter
{
public:
    // Notifiers are children of `owner` and live on its thread.
    explicit RedisSocketAdapter(QObject* owner) : m_owner(owner) {}
    ~RedisSocketAdapter() { detach(); }
    RedisSocketAdapter(const RedisSocketAdapter&) = delete;
    RedisSocketAdapter& operator=(const RedisSocketAdapter&) = delete;

    void attach(redisAsyncContext* context);
    // Unhooks from the context (which may be freed right after) and drops the notifiers.
    void detach();

private:
    static void addRead(void* self);
    static void delRead(void* self);
    static void addWrite(void* self);
    static void delWrite(void* self);
    static void cleanup(void* self);

    void enable(QPointer<QSocketNotifier>& notifier, QSocketNotifier::Type type);
    static void disable(QPointer<QSocketNotifier>& notifier);
    void onActivated(QSocketNotifier::Type type);

    QObject* m_owner;
    redisAsyncContext* m_context = nullptr;
    QPointer<QSocketNotifier> m_read;
    QPointer<QSocketNotifier> m_write;
};

} // namespace artgen::core
