#pragma once

#include "dockertypes.h"
#include "settings/profile.h"
#include "stackconfig/stackroles.h"

#include <QFuture>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace artgen::core {

class DockerClient;

// Which containers make a profile's stack, and under which names: the one rule that status,
// the Containers page, logs and workers all follow. The stack is what Docker says it is: the
// profile's services (Profile::containers: every role, each played by the container the profile
// maps it to or, when the entry is empty, by its default StackRoles::defaultContainer) and every
// other service whose containers carry the project's compose labels. Labels never replace a
// profile's service: a profile that maps "frontend" to another container reads that container
// everywhere, and the compose-labelled art_generation_frontend is then not part of the stack.
// A service is named by its compose service; a service scaled to several containers has one
// entry per container, named by the container.
class ContainerMap
{
public:
    ContainerMap() = default;
    // The profile's services only, without asking Docker.
    explicit ContainerMap(const Profile& profile);
    // The profile's services and the project's other ones, from `project`: the containers
    // listed by the project's compose label (DockerClient::listContainers).
    ContainerMap(const Profile& profile, const QList<ContainerSummary>& project);

    // The stack as Docker has it now: what every caller that shows, follows or checks services
    // uses. When Docker cannot be asked, the profile's services alone; the caller's own calls
    // to Docker report why, so this says nothing. The future finishes on the client's thread.
    static QFuture<ContainerMap> discover(DockerClient& client, const Profile& profile);

    // name -> container, for every entry.
    const QMap<QString, QString>& all() const { return m_map; }
    QStringList services() const { return m_map.keys(); }
    bool hasService(const QString& name) const { return m_map.contains(name); }
    // The container of an entry; empty when there is no such entry.
    QString container(const QString& name) const { return m_map.value(name); }
    QString container(StackRole role) const { return m_map.value(StackRoles::service(role)); }
    // The containers of the roles that have one, in the roles' order.
    QStringList containers(const QList<StackRole>& roles) const;
    // The compose service of an entry: its name, but the service for a scaled one's container.
    QString serviceOf(const QString& name) const { return m_replicaOf.value(name, name); }
    // The entries a name given by a user stands for: the entry of that name; else every
    // container of the scaled service of that name; else the entry played by the container of
    // that name (the one it is the default for, when several share it). Empty when none.
    QStringList namesFor(const QString& name) const;

    bool operator==(const ContainerMap&) const = default;

private:
    void addProjectServices(const QList<ContainerSummary>& project);

    QMap<QString, QString> m_map;
    QMap<QString, QString> m_replicaOf; // entry of a scaled service -> the service
};

} // namespace artgen::core
