#pragma once

#include "profileservices.h"
#include "util/workerthread.h"

#include <QObject>
#include <memory>
#include <optional>

namespace artgen::core {

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

Q_SIGNALS:
    // current() is new; holders drop the old services after stopping what runs on them.
    void switched();

private:
    WorkerThread m_dockerThread;
    WorkerThread m_streamThread;
    std::shared_ptr<ProfileServices> m_current;
};

} // namespace artgen::core
