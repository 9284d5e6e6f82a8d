#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace artgen::core {

// A container's figures from one frame of Docker's stats endpoint, computed exactly as the
// docker CLI computes them (docker/cli cli/command/container/stats_helpers.go):
// - CPU %: Δ container usage / Δ system usage × online CPUs × 100, the Δ against the frame's
//   own precpu_stats; online CPUs from online_cpus, else the length of percpu_usage; 0 when
//   either Δ is not positive. The first frame of a stream has no previous sample (no
//   precpu system usage): there the figure is "not measured" (-1) where the CLI would print the
//   average since the container started.
// - memory: usage − total_inactive_file on cgroup v1 (the hierarchical figure; v1 also has a
//   non-hierarchical inactive_file, which is not the one), − inactive_file on cgroup v2, each
//   only when smaller than usage; memory % = that / limit × 100.
// - network: rx and tx bytes summed over every interface.
// - block I/O: io_service_bytes_recursive entries whose op starts with r/R (read) or w/W (write).
// The one place this arithmetic lives: StackInspector and StackMonitor both use it.
struct ContainerFigures
{
    double cpuPercent = -1; // -1: not measured
    qint64 memoryBytes = -1;
    qint64 memoryLimit = -1;
    double memoryPercent = -1;
    qint64 networkRx = -1;
    qint64 networkTx = -1;
    qint64 blockRead = -1;
    qint64 blockWrite = -1;
    int pids = -1;
};

class ContainerStatsCalc
{
public:
    static ContainerFigures compute(const QJsonObject& stats);

    static double cpuPercent(const QJsonObject& stats);
    // -1 when the frame has no memory figures (a stopped container's last frame).
    static qint64 memoryUsageNoCache(const QJsonObject& memoryStats);
    static std::pair<qint64, qint64> network(const QJsonObject& stats);
    static std::pair<qint64, qint64> blockIo(const QJsonObject& stats);
};

} // namespace artgen::core
