#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace artgen::core {

class DockerClient;

// A container of `image` that only sleeps, so commands can be exec'd in it (a check with the
// image's own nginx or python3 while the stack's container is not running), without network,
// removed (forced) when this object goes. Blocking: for a job's thread.
class ThrowAwayContainer
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ThrowAwayContainer)

public:
    static Result<std::unique_ptr<ThrowAwayContainer>> start(DockerClient* client,
                                                             const QString& image);
    ~ThrowAwayContainer();
    ThrowAwayContainer(const ThrowAwayContainer&) = delete;
    ThrowAwayContainer& operator=(const ThrowAwayContainer&) = delete;

    const QString& id() const { return m_id; }

private:
    ThrowAwayContainer(DockerClient* client, QString id) : m_client(client), m_id(std::move(id)) {}

    DockerClient* m_client;
    QString m_id;
};

} // namespace artgen::core
