#include "throwawaycontainer.h"

#include "dockerclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::core {

Result<std::unique_ptr<ThrowAwayContainer>> ThrowAwayContainer::start(DockerClient* client,
                                                                      const QString& image)
{
    DockerCall::Options create;
    create.method = "POST";
    create.path = "/containers/create";
    // The image's entrypoint may start the service (nginx, gunicorn): sleep instead, long
    // enough for a check and short enough that a crashed panel leaves nothing running for long.
    create.body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("Image"), image},
                        {QStringLiteral("Entrypoint"), QJsonArray{QStringLiteral("sleep")}},
                        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("600")}},
                        {QStringLiteral("Labels"),
                         QJsonObject{{QStringLiteral("artgen.throwaway"), QStringLiteral("1")}}},
                        {QStringLiteral("HostConfig"),
                         QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")},
                                     {QStringLiteral("AutoRemove"), true}}}})
            .toJson(QJsonDocument::Compact);
    const auto created = client->request(create).result();
    const auto refused = [&](const Error& why) {
        return fail(Error(why.code(), tr("Cannot start a throw-away container of %1.").arg(image),
                          why.message(), tr("Start the stack, or check that the image exists.")));
    };
    if (!created)
        return refused(created.error());
    if (created->status != 201)
        return refused(DockerClient::fromHttpStatus(*created, tr("create a container")));
    const QString id = QJsonDocument::fromJson(created->body).object().value(u"Id").toString();
    std::unique_ptr<ThrowAwayContainer> box(new ThrowAwayContainer(client, id));
    DockerCall::Options startCall;
    startCall.method = "POST";
    startCall.path = "/containers/" + id.toLatin1() + "/start";
    const auto started = client->request(startCall).result();
    if (!started)
        return refused(started.error());
    if (started->status != 204 && started->status != 304)
        return refused(DockerClient::fromHttpStatus(*started, tr("start a container")));
    return box;
}

ThrowAwayContainer::~ThrowAwayContainer()
{
    DockerCall::Options remove;
    remove.method = "DELETE";
    remove.path = "/containers/" + m_id.toLatin1() + "?force=1";
    m_client->request(remove).waitForFinished();
}

} // namespace artgen::core
