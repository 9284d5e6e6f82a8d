#include "commandrun.h"

namespace artgen::core {

CommandRun::CommandRun(DockerClient* client, QString container, QStringList argv) : m_client(client)
{
    m_options.container = std::move(container);
    m_options.cmd = std::move(argv);
}

CommandRun::~CommandRun() = default;

void CommandRun::start()
{
    m_session = new ExecSession(m_client, m_options, this);
    connect(m_session, &ExecSession::stdoutData, this, &CommandRun::stdoutData);
    connect(m_session, &ExecSession::stderrData, this, &CommandRun::stderrData);
    connect(m_session, &ExecSession::finished, this, &CommandRun::finished);
    m_session->start();
}

void CommandRun::stop()
{
    if (m_session)
        m_session->abort();
}

} // namespace artgen::core
