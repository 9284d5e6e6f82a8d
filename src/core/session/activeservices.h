#pragma once

#include "monitor/alertlog.h"
#include "profileservices.h"
#include "util/workerthread.h"

#include <QObject>
#include <memory>
#include <optional>

namespace artgen::core {

class MonitorHub;

// The active profile's services (the composition root owns one, qBittorrent's
// ApplicationComponent is the model): current() is always there, rebuilt by activate() when the
// active profile changes, and switched() tells every page to take the new one and let the old
// go. Owns the threads the clients live on, so a switch starts no thread. Use from the UI
// thread.
class ActiveServices : public QObject
{
    Q_OBJECT

public:
    explicit ActiveServices(QObject* parent = nullptr);
    ~ActiveServices() override;

    std::shared_ptr<ProfileServices> current() const { return m_current; }

    // Builds the services of `profile` (none: services with no profile) unless the current ones
    // were built from an equal profile. Returns true when it switched.
    bool activate(const std::optional<Profile>& profile);

    // The active profile's monitors (PostgreSQL, Redis, Celery, the API, the containers' stats),
    // rebuilt with current(); they run only while monitoring is on — the panel turns it on, a
    // test or a one-shot command leaves it off and opens no connection to the stack.
    MonitorHub* monitors() const { return m_monitors.get(); }
    void setMonitoring(bool on);
    bool isMonitoring() const { return m_monitoring; }

Q_SIGNALS:
    // `profile` is about to be used, before its services start: what they need from the
    // session (its keychain secrets) begins loading here.
    void activating(const artgen::core::Profile& profile);
    // current() is new; holders drop the old services after stopping what runs on them.
    void switched();

private:
    WorkerThread m_dockerThread;
    WorkerThread m_streamThread;
    WorkerThread m_monitorThread;
    AlertLog m_alertLog;
    std::shared_ptr<ProfileServices> m_current;
    std::unique_ptr<MonitorHub> m_monitors; // declared after m_current: deleted before it
    bool m_monitoring = false;
};

} // namespace artgen::core
