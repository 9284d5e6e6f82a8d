#include "redissnapshot.h"

#include <algorithm>

namespace artgen::core {

std::optional<double> RedisSnapshot::hitRatio() const
{
    const qint64 lookups = keyspaceHits + keyspaceMisses;
    if (lookups <= 0)
        return std::nullopt;
    return static_cast<double>(keyspaceHits) / static_cast<double>(lookups);
}

qint64 RedisSnapshot::queuedTotal() const
{
    qint64 total = 0;
    for (const Queue& q : queues)
        total += q.length;
    return total;
}

qint64 RedisSnapshot::queueLength(const QByteArray& key) const
{
    for (const Queue& q : queues)
        if (q.key == key)
            return q.length;
    return 0;
}

void RedisSnapshot::applyInfo(const RedisInfo& info, int ownConnections)
{
    connectedClients =
        std::max<qint64>(0, info.integer("connected_clients").value_or(0) - ownConnections);
    blockedClients = info.integer("blocked_clients").value_or(0);
    maxClients = info.integer("maxclients").value_or(0);
    opsPerSec = info.integer("instantaneous_ops_per_sec").value_or(0);
    rejectedConnections = info.integer("rejected_connections").value_or(0);
    keyspaceHits = info.integer("keyspace_hits").value_or(0);
    keyspaceMisses = info.integer("keyspace_misses").value_or(0);
    usedMemory = info.integer("used_memory").value_or(0);
    usedMemoryPeak = info.integer("used_memory_peak").value_or(0);
    maxMemory = info.integer("maxmemory").value_or(0);
}

} // namespace artgen::core
