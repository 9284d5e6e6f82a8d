#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QThread;

namespace artgen::core {

class Job;

// Runs each Job on a thread of its own, owned here. The destructor cancels what still runs and
// waits for every thread: nothing outlives the runner.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Starts the job on a new worker thread. The job must have no parent. Ownership is shared:
    // the runner keeps the job alive until its thread has fully ended (Qt still touches an
    // object for a moment after it moved home), the caller keeps it as long as it likes. The
    // finished job lives on the caller's thread again.
    void start(const std::shared_ptr<Job>& job);

    int runningCount() const;

    // Cancels every running job and waits up to timeoutMs for their threads.
    bool shutdown(int timeoutMs = 10000);

private:
    struct Running
    {
        QPointer<QThread> thread;
        std::shared_ptr<Job> job;
    };
    QList<Running> m_running;
};

} // namespace artgen::core
