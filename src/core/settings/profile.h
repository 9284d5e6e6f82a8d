#pragma once

#include "docker/dockerendpoint.h"
#include "stackconfig/stackroles.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace artgen::core {

// One stack the panel manages: where its compose files are, how compose names it, where its API
// answers, and which container plays which service. A plain value; SettingsStore persists it.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::Profile)

public:
    QString name;
    QString stackDir;    // the folder that holds Docker_all/, nginx-docker.conf and app/
    QString projectName; // compose project (label com.docker.compose.project)
    QUrl apiBaseUrl;     // e.g. http://127.0.0.1:18080
    QString dockerHost;  // empty: DOCKER_HOST or the local socket
    // TLS files for a tcp:// Docker host (all three or none; none: DOCKER_CERT_PATH conventions).
    QString dockerTlsCa;
    QString dockerTlsCert;
    QString dockerTlsKey;
    // Where PostgreSQL and Redis answer: empty for the port the stack's .env publishes on
    // 127.0.0.1, "HOST:PORT", or kThroughContainer (PostgreSQL: psql inside its container).
    QString postgresAddress;
    QString redisAddress;
    // A production stack: a banner on every page, and destructive actions want its name typed.
    bool production = false;
    // service -> container name: a role's container when it is not the default one (see
    // StackRoles; an empty name means the default), or a service of the profile's own.
    QMap<QString, QString> containers;

    // Backups: where they go (empty: the shared data folder, see backupFolder()), the default
    // format ("plain", "plain-gz", "plain-zst", "custom") and retention after each backup —
    // keep the newest `backupKeepLast` (0: all) and anything younger than `backupKeepDays`.
    QString backupDir;
    QString backupFormat = QStringLiteral("plain-gz");
    int backupKeepLast = 10;
    int backupKeepDays = 0;

    static constexpr const char* kThroughContainer = "container";

    // The roles' services and their default containers (StackRoles), what a new profile maps.
    static QStringList serviceNames() { return StackRoles::services(); }
    static QMap<QString, QString> defaultContainers() { return StackRoles::defaultContainerMap(); }

    // A profile for the stack in `dir` (the folder holding Docker_all/), reading the project
    // name and the published frontend port from Docker_all/.env (or .env.example) when present.
    static Profile fromStackDir(const QString& dir, const QString& name = {});

    QString composeDir() const;
    QString composeFile() const;
    QString envFile() const;
    // Never inside the stack folder: compose builds with `context: ..` would send every backup
    // to the daemon. The default is shared by the panel and artgenctl.
    QString backupFolder() const;
    // The folder name backupFolder() uses for a profile called `name`: the name itself when it
    // is made only of letters and digits (any script), '.', '_' and '-', does not start with '.'
    // and is at most 64 characters; otherwise the name cleaned (other characters and leading
    // dots become '_') plus "-" and 8 hex digits of the name's UTF-8 SHA-256, so two profiles
    // do not share a folder and "", "." or ".." never come out.
    static QString folderNameFor(const QString& name);
    bool isValid() const { return !name.isEmpty() && !stackDir.isEmpty(); }
    // Its Docker host (empty: DOCKER_HOST or the local socket) with its TLS files applied.
    Result<DockerEndpoint> endpoint() const;
    bool hasTlsFiles() const
    {
        return !dockerTlsCa.isEmpty() || !dockerTlsCert.isEmpty() || !dockerTlsKey.isEmpty();
    }
    // A destructive action on this profile may go ahead with `typedName` as the confirmation:
    // always for an ordinary profile, only with its exact name for a production one.
    bool acceptsConfirmation(const QString& typedName) const
    {
        return !production || typedName == name;
    }
    // What is wrong with this profile, as one sentence for the user; empty when nothing is.
    // `others` are the other profiles (its own entry left out): no two may share a name. Looks
    // at the disk (the stack folder): not on every keystroke.
    QString validate(const QList<Profile>& others = {}) const;

    // "HOST:PORT" split (brackets around an IPv6 host dropped); nothing when it is not one.
    static std::optional<std::pair<QString, quint16>> splitAddress(const QString& address);

    bool operator==(const Profile&) const = default;

private:
    QString validateTls() const;
    static QString validateAddress(const QString& address, bool containerAllowed);
};

} // namespace artgen::core
