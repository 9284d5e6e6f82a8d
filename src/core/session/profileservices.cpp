#include "profileservices.h"

#include "docker/dockerclient.h"

namespace artgen::core {

namespace {
DockerClient* clientOn(const DockerEndpoint& endpoint, QThread* thread)
{
    auto* client = new DockerClient(endpoint);
    if (thread)
        client->moveToThread(thread);
    return client;
}

void deleteOnItsThread(QObject* object)
{
    // Queued, not a plain deleteLater(): it runs after the stops a page queued before letting
    // go of the services, so no stream outlives the client it reads from.
    QMetaObject::invokeMethod(
        object, [object] { object->deleteLater(); }, Qt::QueuedConnection);
}
} // namespace

ProfileServices::ProfileServices(Profile profile, QThread* dockerThread, QThread* streamThread)
    : m_profile(std::move(profile)), m_endpoint(endpointFor(m_profile)),
      m_docker(clientOn(m_endpoint, dockerThread)),
      m_streamDocker(clientOn(m_endpoint, streamThread))
{}

ProfileServices::~ProfileServices()
{
    deleteOnItsThread(m_streamDocker);
    deleteOnItsThread(m_docker);
}

DockerEndpoint ProfileServices::endpointFor(const Profile& profile)
{
    const auto ep = profile.endpoint();
    return ep ? *ep : DockerEndpoint::fromEnvironment();
}

} // namespace artgen::core
