#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain values the Docker client hands out (decoded from the Engine API's JSON).
namespace artgen::core {

struct ContainerSummary
{
    QString id;
    QString name;    // without the leading slash
    QString service; // label com.docker.compose.service
    QString project; // label com.docker.compose.project
    QString image;
    QString state;     // created, running, paused, restarting, removing, exited, dead
    QString status;    // Docker's text, e.g. "Up 5 minutes (healthy)"
    QString health;    // healthy, unhealthy, starting, or empty (no healthcheck)
    QStringList ports; // "127.0.0.1:18080->80/tcp"
    qint64 created = 0;
};

struct ContainerDetails
{
    ContainerSummary summary;
    QDateTime startedAt;
    QDateTime finishedAt;
    int healthStartPeriodSecs = 0; // Config.Healthcheck.StartPeriod
    int restartCount = 0;
    int exitCode = 0;
    bool oomKilled = false;
    bool tty = false;
    QString error;
    QStringList command; // Config.Entrypoint + Config.Cmd: what the container was started with
};

struct ProcessTable
{
    QStringList titles;
    QList<QStringList> processes;
    int column(const QString& title) const { return int(titles.indexOf(title)); }
};

struct ExecResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// One line of a container's log, as the Engine API's logs endpoint gives it.
struct LogLine
{
    bool stderrStream = false;
    QByteArray text; // with Docker's RFC 3339 timestamp first when asked for
};

struct DockerVersion
{
    QString version;
    QString apiVersion;
    QString minApiVersion;
    QString os;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::ContainerSummary)
