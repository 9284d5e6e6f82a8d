#include "containermap.h"

#include "dockerclient.h"

#include <QSet>

namespace artgen::core {

ContainerMap::ContainerMap(const Profile& profile)
{
    for (auto it = profile.containers.cbegin(); it != profile.containers.cend(); ++it) {
        const QString name = it.value().trimmed();
        const auto role = StackRoles::fromService(it.key());
        const QString container =
            !name.isEmpty() ? name : (role ? StackRoles::defaultContainer(*role) : QString());
        // A service of the profile's own without a container name has no default to fall on.
        if (!container.isEmpty())
            m_map.insert(it.key(), container);
    }
}

ContainerMap::ContainerMap(const Profile& profile, const QList<ContainerSummary>& project)
    : ContainerMap(profile)
{
    addProjectServices(project);
}

void ContainerMap::addProjectServices(const QList<ContainerSummary>& project)
{
    const QList<QString> mappedList = m_map.values();
    const QSet<QString> mapped(mappedList.cbegin(), mappedList.cend());
    QMap<QString, QStringList> byService; // sorted: the same input gives the same names
    for (const ContainerSummary& c : project) {
        // A compose service without its label is still a container of the project.
        const QString service = c.service.isEmpty() ? c.name : c.service;
        if (!m_map.contains(service) && !mapped.contains(c.name))
            byService[service] << c.name;
    }
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        if (it->size() == 1) {
            m_map.insert(it.key(), it->first());
            continue;
        }
        std::sort(it->begin(), it->end());
        for (const QString& container : std::as_const(*it)) {
            if (m_map.contains(container))
                continue; // a service named like this container is already an entry
            m_map.insert(container, container);
            m_replicaOf.insert(container, it.key());
        }
    }
}

QFuture<ContainerMap> ContainerMap::discover(DockerClient& client, const Profile& profile)
{
    return client.listContainers(profile.projectName)
        .then([profile](const Result<QList<ContainerSummary>>& project) {
            return project ? ContainerMap(profile, *project) : ContainerMap(profile);
        });
}

QStringList ContainerMap::containers(const QList<StackRole>& roles) const
{
    QStringList list;
    for (const StackRole role : roles)
        if (const QString c = container(role); !c.isEmpty())
            list << c;
    return list;
}

QStringList ContainerMap::namesFor(const QString& name) const
{
    if (m_map.contains(name))
        return {name};
    QStringList replicas;
    for (auto it = m_replicaOf.cbegin(); it != m_replicaOf.cend(); ++it)
        if (it.value() == name)
            replicas << it.key();
    if (!replicas.isEmpty())
        return replicas;
    QString first;
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        if (it.value() != name)
            continue;
        const auto role = StackRoles::fromService(it.key());
        if (role && StackRoles::defaultContainer(*role) == name)
            return {it.key()};
        if (first.isEmpty())
            first = it.key();
    }
    return first.isEmpty() ? QStringList() : QStringList{first};
}

} // namespace artgen::core
