#pragma once

#include "util/error.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QVariant>
#include <atomic>

class QThread;
class QTimer;

namespace artgen::core {

// One-shot work (a backup, a compose command, a checklist step …) with progress, batched log
// lines, a result or a typed error, and cancel. The result or the error is set exactly once and
// then finished() is emitted exactly once. A Job runs on a worker thread owned by JobRunner; its
// signals reach the GUI and the CLI as queued signals.
//
// A job may declare its steps before it starts (declareSteps) and announce each as it begins
// (beginStep), so a front end can say "step 2 of 5: …" and show the plan beforehand from the very
// list the job runs.
class Job : public QObject
{
    Q_OBJECT

public:
    enum class State { Pending, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(QString title, QObject* parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    State state() const { return m_state.load(); }
    bool isFinished() const;

    // Valid once finished(): the result on success, the error on failure or cancel.
    QVariant result() const;
    Error error() const;

    // Thread-safe. The job stops at its next check point; async jobs get onCancel() on their
    // own thread. A job that is already finished ignores it.
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested.load(); }

    // Called by JobRunner on the job's thread. Public so tests can run a job inline.
    void start();

    // The declared steps in the order they run; empty when the job declares none.
    QStringList steps() const;
    // The index in steps() of the step under way; -1 before the first.
    int currentStep() const { return m_currentStep.load(); }

Q_SIGNALS:
    void started();
    // fraction in [0, 1], or -1 when unknown.
    void progressChanged(double fraction);
    void bytesProgressChanged(qint64 done, qint64 total);
    // Log lines are batched: at most one signal every ~50 ms, whatever the input rate.
    void logLines(const QStringList& lines);
    // Step `index` of steps() has begun.
    void stepStarted(int index, const QString& title);
    void finished();

protected:
    // The work. Synchronous jobs do it here and call succeed()/fail(), checking
    // isCancelRequested() between steps. Asynchronous jobs call setAsync(), start their work and
    // return; they finish later from their own thread.
    virtual void run() = 0;
    virtual void onCancel() {}

    void setAsync() { m_async = true; }
    // Once, before the job starts (typically in the constructor).
    void declareSteps(const QStringList& titles);
    void beginStep(int index);
    void reportProgress(double fraction);
    void reportBytes(qint64 done, qint64 total);
    void log(const QString& line);

    // First call wins; later calls are ignored (and logged as a programming error).
    void succeed(const QVariant& result = {});
    void fail(const Error& error);
    void finishCancelled();

private:
    bool finishOnce(State state, const QVariant& result, const Error& error);
    void flushLog();

    QString m_title;
    std::atomic<State> m_state{State::Pending};
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<int> m_currentStep{-1};
    bool m_async = false;
    mutable QMutex m_mutex; // guards m_result, m_error, m_steps and m_pendingLines
    QVariant m_result;
    QStringList m_steps;
    Error m_error;
    QStringList m_pendingLines;
    QTimer* m_logTimer = nullptr;
    QElapsedTimer m_lastFlush;
    QThread* m_homeThread = nullptr;
};

} // namespace artgen::core
