#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>
#include <utility>
#include <vector>

namespace artgen::core {

// The one way a page (or any UI-thread owner) holds a QObject that works on a worker thread — a
// log follower, the stack monitor, the monitors to come (after qBittorrent's
// Utils::Thread::UniquePtr): reset() moves the new object to the thread and starts it queued;
// stop() stops it and deletes it on its thread. Signals connected through connect() reach the
// receiver only while that instance is the current one: Qt still delivers a queued signal that
// a stopped instance emitted before it was stopped, and it must not land in state that already
// belongs to the next one. Use from the owner's thread only.
template <typename T> class WorkerHandle
{
public:
    using Method = void (T::*)();

    WorkerHandle() = default;
    // `start` and `stop` are T's own methods, called on its thread.
    WorkerHandle(Method start, Method stop) : m_start(start), m_stop(stop) {}
    ~WorkerHandle() { stop(); }
    WorkerHandle(const WorkerHandle&) = delete;
    WorkerHandle& operator=(const WorkerHandle&) = delete;

    T* get() const { return m_object; }
    T* operator->() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

    // Stops the current object, adopts `object` (no parent) onto `thread`; connect() its
    // signals, then start() it.
    void reset(T* object, QThread* thread)
    {
        stop();
        m_object = object;
        m_current = std::make_shared<bool>(true);
        if (thread)
            object->moveToThread(thread);
    }
    void start()
    {
        if (m_object && m_start)
            QMetaObject::invokeMethod(m_object, m_start, Qt::QueuedConnection);
    }

    // Connects `signal` to `slot` of `receiver` (a member function with the signal's arguments,
    // or any callable taking them), delivered on the receiver's thread, dropped once this
    // instance is no longer the current one.
    template <typename... Args, typename Receiver, typename Slot>
    void connect(void (T::*signal)(Args...), Receiver* receiver, Slot slot)
    {
        m_connections.push_back(QObject::connect(
            m_object, signal, receiver,
            [current = m_current, receiver, slot](Args... args) {
                if (!*current)
                    return;
                if constexpr (std::is_member_function_pointer_v<Slot>)
                    (receiver->*slot)(std::forward<Args>(args)...);
                else
                    slot(std::forward<Args>(args)...);
            },
            Qt::AutoConnection));
    }

    // Stops and deletes the current object on its thread (nothing when there is none). From
    // here on none of its signals reach a receiver, queued or not.
    void stop()
    {
        if (!m_object)
            return;
        QPointer<T> object = release();
        const Method stopMethod = m_stop;
        QMetaObject::invokeMethod(
            object.data(),
            [object, stopMethod] {
                if (!object)
                    return;
                if (stopMethod)
                    (object.data()->*stopMethod)();
                object->deleteLater();
            },
            Qt::QueuedConnection);
    }

    // Gives the current object up without stopping it (an owner that must stop it
    // synchronously, e.g. before the thread it lives on ends); its signals no longer arrive.
    T* release()
    {
        *m_current = false;
        for (const QMetaObject::Connection& c : m_connections)
            QObject::disconnect(c);
        m_connections.clear();
        return std::exchange(m_object, nullptr);
    }

private:
    T* m_object = nullptr;
    Method m_start = nullptr;
    Method m_stop = nullptr;
    std::shared_ptr<bool> m_current = std::make_shared<bool>(false);
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace artgen::core
