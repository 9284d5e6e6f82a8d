#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <memory>

namespace artgen::core {
class PgMonitor;
class WorkerThread;
} // namespace artgen::core

namespace artgen::cli {

class CommandContext;

// The PostgreSQL monitor of the profile for one command: on a worker thread of its own,
// sampling nothing (requests only), with the Docker client for the exec path when Docker
// answers. The CLI and the Charts page share the monitor, so they share its rules.
class PostgresSession
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::PostgresSession)

public:
    static core::Result<std::unique_ptr<PostgresSession>> open(CommandContext& context);
    ~PostgresSession();

    core::PgMonitor& monitor() { return *m_monitor; }

    // Waits for a request's answer (the CLI has nothing else to do meanwhile).
    template <typename T> static core::Result<T> wait(QFuture<core::Result<T>> future)
    {
        future.waitForFinished();
        if (future.isCanceled() || future.resultCount() == 0)
            return core::fail(stoppedError());
        return future.result();
    }
    // 2 when PostgreSQL (or its container) cannot be reached, else 1.
    static int exitCodeFor(const core::Error& error);

private:
    PostgresSession() = default;
    static core::Error stoppedError();

    std::unique_ptr<core::WorkerThread> m_thread;
    core::PgMonitor* m_monitor = nullptr;
};

} // namespace artgen::cli
