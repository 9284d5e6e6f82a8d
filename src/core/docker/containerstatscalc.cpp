#include "containerstatscalc.h"

#include <QJsonArray>

namespace artgen::core {

namespace {

// Docker's counters are uint64; JSON numbers reach us as doubles, exact up to 2^53 (104 days
// of one CPU in nanoseconds for a container's usage — the system usage is in clock ticks × 10^7
// and stays below it for years).
double number(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toDouble();
}

} // namespace

double ContainerStatsCalc::cpuPercent(const QJsonObject& stats)
{
    const QJsonObject cpu = stats.value(QStringLiteral("cpu_stats")).toObject();
    const QJsonObject pre = stats.value(QStringLiteral("precpu_stats")).toObject();
    if (!pre.contains(QStringLiteral("system_cpu_usage")) ||
        !cpu.contains(QStringLiteral("system_cpu_usage")))
        return -1;
    const QJsonObject usage = cpu.value(QStringLiteral("cpu_usage")).toObject();
    const double cpuDelta =
        number(usage, "total_usage") -
        number(pre.value(QStringLiteral("cpu_usage")).toObject(), "total_usage");
    const double systemDelta = number(cpu, "system_cpu_usage") - number(pre, "system_cpu_usage");
    double online = number(cpu, "online_cpus");
    if (online == 0.0)
        online = double(usage.value(QStringLiteral("percpu_usage")).toArray().size());
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        return cpuDelta / systemDelta * online * 100.0;
    return 0.0;
}

qint64 ContainerStatsCalc::memoryUsageNoCache(const QJsonObject& mem)
{
    if (!mem.contains(QStringLiteral("usage")))
        return -1;
    const double usage = number(mem, "usage");
    const QJsonObject st = mem.value(QStringLiteral("stats")).toObject();
    // cgroup v1 first: it reports both, and the hierarchical total is the one to subtract.
    if (st.contains(QStringLiteral("total_inactive_file"))) {
        const double v = number(st, "total_inactive_file");
        if (v < usage)
            return qint64(usage - v);
    }
    const double v = number(st, "inactive_file");
    if (v < usage)
        return qint64(usage - v);
    return qint64(usage);
}

std::pair<qint64, qint64> ContainerStatsCalc::network(const QJsonObject& stats)
{
    if (!stats.contains(QStringLiteral("networks")))
        return {-1, -1};
    double rx = 0;
    double tx = 0;
    const QJsonObject nets = stats.value(QStringLiteral("networks")).toObject();
    for (auto it = nets.begin(); it != nets.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        rx += number(n, "rx_bytes");
        tx += number(n, "tx_bytes");
    }
    return {qint64(rx), qint64(tx)};
}

std::pair<qint64, qint64> ContainerStatsCalc::blockIo(const QJsonObject& stats)
{
    const QJsonObject blkio = stats.value(QStringLiteral("blkio_stats")).toObject();
    if (!stats.contains(QStringLiteral("blkio_stats")))
        return {-1, -1};
    double read = 0;
    double write = 0;
    const QJsonArray entries = blkio.value(QStringLiteral("io_service_bytes_recursive")).toArray();
    for (const QJsonValue& e : entries) {
        const QString op = e.toObject().value(QStringLiteral("op")).toString();
        if (op.isEmpty())
            continue;
        const QChar c = op.at(0).toLower();
        if (c == u'r')
            read += e.toObject().value(QStringLiteral("value")).toDouble();
        else if (c == u'w')
            write += e.toObject().value(QStringLiteral("value")).toDouble();
    }
    return {qint64(read), qint64(write)};
}

ContainerFigures ContainerStatsCalc::compute(const QJsonObject& stats)
{
    ContainerFigures f;
    f.cpuPercent = cpuPercent(stats);
    const QJsonObject mem = stats.value(QStringLiteral("memory_stats")).toObject();
    f.memoryBytes = memoryUsageNoCache(mem);
    if (f.memoryBytes >= 0) {
        f.memoryLimit = qint64(number(mem, "limit"));
        f.memoryPercent = f.memoryLimit > 0 ? double(f.memoryBytes) / f.memoryLimit * 100.0 : 0.0;
    }
    std::tie(f.networkRx, f.networkTx) = network(stats);
    std::tie(f.blockRead, f.blockWrite) = blockIo(stats);
    const QJsonObject pids = stats.value(QStringLiteral("pids_stats")).toObject();
    if (pids.contains(QStringLiteral("current")))
        f.pids = pids.value(QStringLiteral("current")).toInt();
    return f;
}

} // namespace artgen::core
