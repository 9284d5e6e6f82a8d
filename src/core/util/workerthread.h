#pragma once

#include <QObject>
#include <QThread>
#include <memory>

namespace artgen::core {

// An owned worker thread for one long-lived QObject (a Docker client, a database monitor). The
// object is moved to the thread and deleted there; the destructor ends the thread once what was
// posted to it is delivered (a worker's stop and deleteLater first, then the adopted object goes)
// and waits, so nothing runs after its owner is gone (qBittorrent's utils/thread.h pattern).
class WorkerThread
{
public:
    // Background: bulk work (a million log lines) that must yield to the UI thread when the CPU
    // is contended; on Linux the thread runs at nice +5 (per-thread there), elsewhere as normal.
    enum class Priority { Normal, Background };

    explicit WorkerThread(const QString& name, Priority priority = Priority::Normal);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Takes ownership of `object` (which must have no parent) and starts the thread.
    void adopt(QObject* object);
    QThread* thread() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace artgen::core
