#include "containermap.h"

namespace artgen::core {

ContainerMap::ContainerMap(const Profile& profile)
{
    const QMap<QString, QString> defaults = Profile::defaultContainers();
    for (auto it = profile.containers.cbegin(); it != profile.containers.cend(); ++it) {
        const QString name = it.value().trimmed();
        const QString container = name.isEmpty() ? defaults.value(it.key()) : name;
        if (!container.isEmpty())
            m_map.insert(it.key(), container);
    }
}

QString ContainerMap::serviceFor(const QString& name) const
{
    if (m_map.contains(name))
        return name;
    const QMap<QString, QString> defaults = Profile::defaultContainers();
    QString first;
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        if (it.value() != name)
            continue;
        if (defaults.value(it.key()) == name)
            return it.key();
        if (first.isEmpty())
            first = it.key();
    }
    return first;
}

} // namespace artgen::core
