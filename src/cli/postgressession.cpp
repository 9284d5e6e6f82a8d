#include "postgressession.h"

#include "command.h"
#include "commandcontext.h"
#include "postgres/pgconnectioninfo.h"
#include "postgres/pgmonitor.h"
#include "util/workerthread.h"

namespace artgen::cli {

core::Result<std::unique_ptr<PostgresSession>> PostgresSession::open(CommandContext& context)
{
    const auto profile = context.profile();
    if (!profile)
        return core::fail(profile.error());
    auto info = core::PgConnectionInfo::fromProfile(*profile);
    if (!info)
        return core::fail(info.error());
    // Docker only for the exec path: without it the direct path still works.
    const auto docker = context.docker();
    std::unique_ptr<PostgresSession> session(new PostgresSession);
    session->m_thread = std::make_unique<core::WorkerThread>(QStringLiteral("postgres"));
    session->m_monitor = new core::PgMonitor(*info, docker ? *docker : nullptr);
    session->m_monitor->setIntervalMs(0);
    session->m_thread->adopt(session->m_monitor);
    QMetaObject::invokeMethod(session->m_monitor, &core::PgMonitor::start, Qt::QueuedConnection);
    return session;
}

PostgresSession::~PostgresSession()
{
    if (m_monitor)
        QMetaObject::invokeMethod(m_monitor, &core::PgMonitor::stop, Qt::BlockingQueuedConnection);
}

int PostgresSession::exitCodeFor(const core::Error& error)
{
    return error.code() == core::Error::Code::Unreachable ||
                   error.code() == core::Error::Code::Timeout
               ? ExitUnreachable
               : ExitFailed;
}

core::Error PostgresSession::stoppedError()
{
    return core::Error(core::Error::Code::Internal,
                       tr("The PostgreSQL monitor stopped before it answered."));
}

} // namespace artgen::cli
