#pragma once

#include "docker/dockercall.h"
#include "logentry.h"
#include "logentrybuilder.h"
#include "logstreamdecoder.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QTimer;

namespace artgen::core {

class DockerClient;
struct ContainerDetails;

// Follows the logs of a set of containers through GET /containers/{id}/logs?follow=1&
// timestamps=1 and hands out what they print as batches at most every `batchMs`. Streams do not
// survive a container or daemon restart (and Docker's own CLI never resumes `logs -f`): this
// one inspects again with backoff, resumes from the newest timestamp seen minus an overlap and
// drops what it already had (LogEntryBuilder), so no line is lost and none comes twice. A
// container that is removed gets a note in the log, and so does one that is not there yet:
// following waits for a container of that name and reads the new one from its start (`compose
// down` then `up` makes new containers under the same names). Without `follow` every
// container's log is read once and finished() tells when all are done. Lives on the Docker
// client's thread (moveToThread, then start() queued).
class LogFollower : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QString name;      // shown: the compose service
        QString container; // asked: the container name or id
    };
    struct Options
    {
        QList<Source> sources;
        bool follow = true;
        int tail = 100;     // initial lines per container, -1: all
        qint64 sinceNs = 0; // instead of/with tail: nothing older than this
        qint64 untilNs = 0; // nothing newer than this (0: open); a follow ends there
        int batchMs = 50;
        int overlapSec = 2; // a resume asks for this much before the newest line seen
    };

    LogFollower(DockerClient& client, Options options, QObject* parent = nullptr);
    ~LogFollower() override;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void batchReady(const artgen::core::LogBatch& batch);
    // A container's log could not be read. Following retries by itself; a one-shot read ends
    // that container.
    void sourceFailed(const QString& source, const artgen::core::Error& error);
    // Docker became unreachable (error set) or reachable again.
    void connectionChanged(bool connected, const artgen::core::Error& error);
    // Every container's log was read to its end (one-shot), or stop() was called.
    void finished();

private:
    struct Follow;
    void inspectThenOpen(Follow& f);
    void open(Follow& f);
    void onEnded(Follow& f, const Result<DockerResponse>& result);
    // Following, a container that is not there (yet, or any more) is polled for, with a note.
    void awaitContainer(Follow& f);
    // After an inspect: a container seen for the first time after waiting, or with another id
    // than the one read (removed and made again), is read from its start, with a note.
    void noteNewContainer(Follow& f, const ContainerDetails& details);
    // When a note about f is stamped: at `atNs` (0: now), but never before f's last line.
    static qint64 noteTime(const Follow& f, qint64 atNs = 0);
    void retryLater(Follow& f, int delayMs);
    void endSource(Follow& f);
    void setConnected(bool connected, const Error& error);
    void flush(bool force);
    void checkFinished();
    void armUntil();

    DockerClient& m_client;
    Options m_options;
    std::vector<std::unique_ptr<Follow>> m_follows;
    LogBatch m_batch;
    QTimer* m_batchTimer = nullptr;
    bool m_running = false;
    bool m_connected = true;
    bool m_finishedSent = false;
    QElapsedTimer m_monotonic;
};

} // namespace artgen::core
