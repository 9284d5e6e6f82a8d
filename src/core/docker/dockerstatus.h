#pragma once

#include "util/error.h"

#include <QMetaType>
#include <QString>

namespace artgen::core {

// What the panel knows about the Docker daemon right now (for the status bar and `artgenctl`).
struct DockerStatus
{
    bool reachable = false;
    QString endpoint;      // e.g. unix:///var/run/docker.sock
    QString serverVersion; // e.g. 20.10.24
    QString apiVersion;    // e.g. 1.41
    Error error;           // why it is not reachable

    bool operator==(const DockerStatus& o) const
    {
        return reachable == o.reachable && endpoint == o.endpoint &&
               serverVersion == o.serverVersion && apiVersion == o.apiVersion && error == o.error;
    }
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::DockerStatus)
