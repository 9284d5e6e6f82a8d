#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace artgen::core {

// Everything `docker inspect` says about one container that a person needs to understand it:
// what it runs, with which settings, where its data lives and why it is (un)healthy.
struct ContainerInspection
{
    struct EnvVar
    {
        QString name;
        QString value;
        bool secret = false; // looksSecret(name, value): shown masked until revealed
    };
    struct Mount
    {
        QString type; // bind, volume, tmpfs
        QString source;
        QString destination;
        bool readWrite = true;
    };
    struct Network
    {
        QString name;
        QString ipAddress;
        QStringList aliases;
    };
    struct HealthProbe
    {
        QDateTime start;
        QDateTime end;
        int exitCode = 0;
        QString output;
    };

    QString id;
    QString name;    // without the leading slash
    QString image;   // as configured, e.g. "art_generation-postgres:latest"
    QString imageId; // "sha256:…"
    QStringList entrypoint;
    QStringList cmd;
    QList<EnvVar> environment;
    QList<Mount> mounts;
    QList<Network> networks;
    QMap<QString, QString> labels;
    QString restartPolicy; // "unless-stopped", "on-failure:3", "no"
    QString state;
    QString health;               // healthy, unhealthy, starting, or empty (no healthcheck)
    QList<HealthProbe> healthLog; // oldest first, as Docker keeps them (the last five)
    int exitCode = 0;
    QDateTime startedAt;
    QDateTime finishedAt;

    static ContainerInspection fromJson(const QJsonObject& inspect);
    // A time as Docker writes it; its "0001-01-01T00:00:00Z" (never) is an invalid time.
    static QDateTime parseTime(const QString& text);

    // Whether an environment variable's value must not be shown at a glance: its name says it
    // holds a credential (PASSWORD, SECRET, TOKEN, KEY, …, as a word, whatever the case or
    // separators), or its value is a URL with a password in it.
    static bool looksSecret(const QString& variableName, const QString& value = {});
};

} // namespace artgen::core
