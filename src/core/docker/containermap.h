#pragma once

#include "settings/profile.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace artgen::core {

// Which container plays which service of a profile's stack: the one rule that status, the
// Containers page, logs and workers all follow. The services are the profile's
// (Profile::containers); each is played by the container the profile maps it to, or, when the
// entry is empty, by its default art_generation_<service> name (Profile::defaultContainers; a
// service without a default and without a name is left out). Compose labels find the project's
// other containers, never a mapped service's: a profile that maps "frontend" to another
// container reads that container everywhere.
class ContainerMap
{
public:
    explicit ContainerMap(const Profile& profile);

    // service -> container, for every service of the profile.
    const QMap<QString, QString>& all() const { return m_map; }
    QStringList services() const { return m_map.keys(); }
    bool hasService(const QString& service) const { return m_map.contains(service); }
    // The container of `service`; empty when the profile has no such service.
    QString container(const QString& service) const { return m_map.value(service); }
    // The service a name stands for: the service of that name, else the service played by the
    // container of that name (the one it is the default for, when several share it); empty
    // when it is neither.
    QString serviceFor(const QString& serviceOrContainer) const;

private:
    QMap<QString, QString> m_map;
};

} // namespace artgen::core
