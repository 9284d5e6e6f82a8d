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
}

WorkerThread::~WorkerThread()
{
    // The thread ends behind what was posted to it before (a worker's queued stop and
    // deleteLater): quit() from here would end its event loop first, and a worker stopped that
    // way would never stop or be deleted.
    if (m_thread->isRunning()) {
        auto* last = new QObject;
        last->moveToThread(m_thread.get());
        QMetaObject::invokeMethod(
            last,
            [last] {
                delete last;
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    }
    m_thread->wait();
}

void WorkerThread::adopt(QObject* object)
{
    Q_ASSERT(object && !object->parent());
    object->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, object, &QObject::deleteLater);
    if (!m_thread->isRunning())
        m_thread->start();
}

} // namespace artgen::core
