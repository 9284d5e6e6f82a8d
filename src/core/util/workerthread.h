#pragma once

#include <QObject>
#include <QThread>
#include <memory>

namespace artgen::core {

// An owned worker thread for long-lived QObjects (Docker clients, monitors). An adopted object
// is moved to the thread and deleted there. The destructor lets the thread finish what was
// already queued to it (the stops and deleteLater()s of its owners' last moments), then quits and
// waits, so nothing runs after its owner is gone and nothing is leaked on the way out
// (qBittorrent's utils/thread.h pattern).
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
    // Starts the thread for objects moved to it by their owners (who delete them later).
    void start();
    QThread* thread() const { return m_thread.get(); }

private:
    std::unique_ptr<QThread> m_thread;
    QObject* m_anchor = nullptr; // lives on the thread: the destructor's quit is queued to it
};

} // namespace artgen::core
