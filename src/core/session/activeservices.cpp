#include "activeservices.h"

namespace artgen::core {

ActiveServices::ActiveServices(QObject* parent)
    : QObject(parent), m_dockerThread(QStringLiteral("docker")),
      m_streamThread(QStringLiteral("docker-streams"), WorkerThread::Priority::Background)
{
    m_dockerThread.start();
    m_streamThread.start();
    m_current = std::make_shared<ProfileServices>(Profile(), m_dockerThread.thread(),
                                                  m_streamThread.thread());
}

ActiveServices::~ActiveServices()
{
    // The clients are deleted on their threads, which finish what was queued before they end.
    m_current.reset();
}

bool ActiveServices::activate(const std::optional<Profile>& profile)
{
    const Profile next = profile.value_or(Profile());
    if (m_current && m_current->profile() == next)
        return false;
    m_current =
        std::make_shared<ProfileServices>(next, m_dockerThread.thread(), m_streamThread.thread());
    Q_EMIT switched();
    return true;
}

} // namespace artgen::core
