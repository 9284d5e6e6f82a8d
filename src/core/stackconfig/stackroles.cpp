#include "stackroles.h"

namespace artgen::core {

QList<StackRole> StackRoles::all()
{
    return {StackRole::Backend, StackRole::Celery, StackRole::Postgres, StackRole::Redis,
            StackRole::Frontend};
}

QString StackRoles::service(StackRole role)
{
    switch (role) {
    case StackRole::Backend:
        return QStringLiteral("backend");
    case StackRole::Celery:
        return QStringLiteral("celery");
    case StackRole::Postgres:
        return QStringLiteral("postgres");
    case StackRole::Redis:
        return QStringLiteral("redis");
    case StackRole::Frontend:
        return QStringLiteral("frontend");
    }
    return {};
}

std::optional<StackRole> StackRoles::fromService(const QString& service)
{
    for (const StackRole role : all())
        if (StackRoles::service(role) == service)
            return role;
    return std::nullopt;
}

QStringList StackRoles::services()
{
    QStringList list;
    for (const StackRole role : all())
        list << service(role);
    return list;
}

QString StackRoles::defaultContainer(StackRole role)
{
    return QStringLiteral("art_generation_") + service(role);
}

QStringList StackRoles::defaultContainers(const QList<StackRole>& roles)
{
    QStringList list;
    for (const StackRole role : roles)
        list << defaultContainer(role);
    return list;
}

QMap<QString, QString> StackRoles::defaultContainerMap()
{
    QMap<QString, QString> map;
    for (const StackRole role : all())
        map.insert(service(role), defaultContainer(role));
    return map;
}

} // namespace artgen::core
