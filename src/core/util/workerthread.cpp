#include "workerthread.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

namespace artgen::core {

WorkerThread::WorkerThread(const QString& name, Priority priority)
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(name);
#ifdef Q_OS_LINUX
    if (priority == Priority::Background)
        // `started` is emitted on the new thread: who = 0 is that thread (Linux nice is per
        // thread). Raising one's own nice needs no privilege.
        QObject::connect(
            m_thread.get(), &QThread::started, m_thread.get(),
            [] {
                // Relative to the process's own nice (an already niced panel).
                errno = 0;
                const int nice = ::getpriority(PRIO_PROCESS, 0);
                if (errno == 0)
                    ::setpriority(PRIO_PROCESS, 0, qMin(nice + 5, 19));
            },
            Qt::DirectConnection);
#else
    Q_UNUSED(priority);
#endif
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_anchor, &QObject::deleteLater);
}

WorkerThread::~WorkerThread()
{
    if (m_thread->isRunning()) {
        // Behind everything already posted: stops queued by owners run, and the deleteLater()s
        // they post are handled when the thread finishes (Qt sends deferred deletes then).
        QThread* thread = m_thread.get();
        QMetaObject::invokeMethod(
            m_anchor, [thread] { thread->quit(); }, Qt::QueuedConnection);
        m_thread->wait();
    } else {
        delete m_anchor;
    }
}

void WorkerThread::start()
{
    if (!m_thread->isRunning())
        m_thread->start();
}

void WorkerThread::adopt(QObject* object)
{
    Q_ASSERT(object && !object->parent());
    object->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, object, &QObject::deleteLater);
    start();
}

} // namespace artgen::core
