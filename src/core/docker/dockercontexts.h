#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

class Profile;

// The Docker contexts of this machine, as `docker context ls` shows them: the implicit
// "default" (DOCKER_HOST or the local socket), then each contexts/meta/<sha256>/meta.json under
// the docker CLI's config folder ($DOCKER_CONFIG, else ~/.docker), with the TLS files the CLI
// stored under contexts/tls/<sha256>/docker/. Reads files: not on the UI thread.
class DockerContexts
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::DockerContexts)

public:
    struct Context
    {
        QString name;
        QString description;
        QString host; // the docker endpoint, e.g. tcp://10.0.0.5:2376
        bool current = false;
        bool skipTlsVerify = false;
        // Empty when the context keeps no TLS material.
        QString caFile;
        QString certFile;
        QString keyFile;
        bool operator==(const Context&) const = default;
    };

    static QString configDir();
    // Sorted like the CLI: "default" first, then by name. A meta.json that cannot be read is
    // left out with a warning; an unreadable contexts folder is an error.
    static Result<QList<Context>> list(const QString& configDir = DockerContexts::configDir());
    // The context's endpoint written into the profile (its Docker host and TLS files).
    static void applyTo(const Context& context, Profile& profile);

private:
    static std::optional<Context> readMeta(const QString& metaFile, const QString& tlsRoot);
    static QString currentName(const QString& configDir);
};

} // namespace artgen::core
