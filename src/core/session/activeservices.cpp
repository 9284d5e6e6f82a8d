#include "activeservices.h"

#include "monitor/monitorhub.h"

namespace artgen::core {

ActiveServices::ActiveServices(QObject* parent)
    : QObject(parent), m_dockerThread(QStringLiteral("docker")),
      m_streamThread(QStringLiteral("docker-streams"), WorkerThread::Priority::Background),
      m_monitorThread(QStringLiteral("monitors"))
{
    m_dockerThread.start();
    m_streamThread.start();
    m_monitorThread.start();
    m_current = std::make_shared<ProfileServices>(Profile(), m_dockerThread.thread(),
                                                  m_streamThread.thread());
    m_monitors = std::make_unique<MonitorHub>(*m_current, m_monitorThread.thread(), &m_alertLog);
}

void ActiveServices::setMonitoring(bool on)
{
    m_monitoring = on;
    if (on)
        m_monitors->start();
    else
        m_monitors->stop();
}

ActiveServices::~ActiveServices()
{
    // The clients are deleted on their threads, which finish what was queued before they end.
    m_monitors.reset();
    m_current.reset();
}

bool ActiveServices::activate(const std::optional<Profile>& profile)
{
    const Profile next = profile.value_or(Profile());
    if (m_current && m_current->profile() == next)
        return false;
    Q_EMIT activating(next);
    // The old monitors stop before the clients they use go.
    m_monitors.reset();
    m_current =
        std::make_shared<ProfileServices>(next, m_dockerThread.thread(), m_streamThread.thread());
    m_monitors = std::make_unique<MonitorHub>(*m_current, m_monitorThread.thread(), &m_alertLog);
    if (m_monitoring)
        m_monitors->start();
    Q_EMIT switched();
    return true;
}

} // namespace artgen::core
