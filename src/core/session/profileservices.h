#pragma once

#include "docker/dockerendpoint.h"
#include "settings/profile.h"

#include <QThread>

namespace artgen::core {

class DockerClient;

// Everything that talks to one profile's stack, built from that profile: the Docker client for
// questions and jobs, and a second one for long streams (log following) on a background-priority
// thread, so a flood of lines never delays a click. The PostgreSQL and Redis monitors, secrets
// and configuration documents join here. Immutable once built; ActiveServices replaces the whole
// object when the user switches profiles, and holders of the old one keep it alive through their
// shared_ptr (a running job finishes against the host it started on).
//
// The clients live on the given threads and are deleted there (deleteLater) when the last
// holder lets go. A page stops its streams and pollers on a client (WorkerHandle::stop) before
// it drops its reference: those stops are queued first, so they run before the client goes.
class ProfileServices
{
public:
    ProfileServices(Profile profile, QThread* dockerThread, QThread* streamThread);
    ~ProfileServices();
    ProfileServices(const ProfileServices&) = delete;
    ProfileServices& operator=(const ProfileServices&) = delete;

    // The profile these services were built for (invalid when there is no profile at all).
    const Profile& profile() const { return m_profile; }
    bool hasProfile() const { return m_profile.isValid(); }
    const DockerEndpoint& endpoint() const { return m_endpoint; }

    DockerClient& docker() const { return *m_docker; }
    // For long streams at background priority (the Logs page's follower).
    DockerClient& streamDocker() const { return *m_streamDocker; }

    // The endpoint a profile's services use: its Docker host, else DOCKER_HOST or the local
    // socket (Profile::validate keeps a host that does not parse out of saved profiles).
    static DockerEndpoint endpointFor(const Profile& profile);

private:
    Profile m_profile;
    DockerEndpoint m_endpoint;
    DockerClient* m_docker = nullptr;
    DockerClient* m_streamDocker = nullptr;
};

} // namespace artgen::core
