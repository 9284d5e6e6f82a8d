#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace artgen::core {

// The parts of the art_generation stack the panel knows how to act on: a backup goes to
// Postgres, the workers summary and a restore to Backend and Celery. Which services a stack
// has is a different question, answered by Docker (ContainerMap::discover): these are only the
// ones with a meaning to the panel.
enum class StackRole {
    Backend,  // FastAPI under gunicorn
    Celery,   // the Celery workers
    Postgres, // the database
    Redis,    // Celery's broker and the cache
    Frontend, // nginx
};

// Service keys and default container names of the roles: the one place they are spelled.
class StackRoles
{
public:
    static QList<StackRole> all();
    // The roles that run the app's workers (gunicorn, Celery) and hold its database
    // connections: what the workers summary counts and what a restore stops.
    static QList<StackRole> workers() { return {StackRole::Backend, StackRole::Celery}; }

    // The compose service the role is (docker-compose.yml's key, the settings' key).
    static QString service(StackRole role);
    static std::optional<StackRole> fromService(const QString& service);
    // service(role) of every role, in all()'s order.
    static QStringList services();

    // The container the demo and the real stack name it (container_name:
    // art_generation_<service>), used when a profile does not name another.
    static QString defaultContainer(StackRole role);
    static QStringList defaultContainers(const QList<StackRole>& roles);
    // service -> default container, for every role.
    static QMap<QString, QString> defaultContainerMap();
};

} // namespace artgen::core
