#pragma once

#include "redisinfo.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace artgen::core {

// One sample of the stack's Redis, as the monitor takes it every interval.
struct RedisSnapshot
{
    QDateTime takenAt;
    // INFO clients. connectedClients leaves out the monitor's own connection: it counts the
    // clients of the stack, what the instructions' "Redis connections < 50" is about.
    qint64 connectedClients = 0;
    qint64 blockedClients = 0;
    qint64 maxClients = 0;
    // INFO stats.
    qint64 opsPerSec = 0;
    qint64 rejectedConnections = 0;
    qint64 keyspaceHits = 0;
    qint64 keyspaceMisses = 0;
    // INFO memory, bytes; maxMemory 0 means no limit.
    qint64 usedMemory = 0;
    qint64 usedMemoryPeak = 0;
    qint64 maxMemory = 0;

    struct Queue
    {
        QByteArray key; // the Redis list ("celery", "celery\x06\x169")
        qint64 length = 0;
        bool operator==(const Queue&) const = default;
    };
    QList<Queue> queues; // Celery's queues and their priority sub-queues
    // From the first command sent to the last reply of this sample, microseconds.
    qint64 roundTripUs = 0;

    // hits / (hits + misses); empty before the first lookup.
    std::optional<double> hitRatio() const;
    qint64 queuedTotal() const;
    qint64 queueLength(const QByteArray& key) const;

    // Fills the INFO figures from the three sections' replies; `ownConnections` are the
    // monitor's, taken off connected_clients.
    void applyInfo(const RedisInfo& info, int ownConnections);
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::RedisSnapshot)
