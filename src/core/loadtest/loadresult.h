#pragma once

#include "latencyhistogram.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <array>
#include <optional>

namespace artgen::core {

// What one event loop (or, merged, one whole run or one ramp step) measured. Every request that
// was sent ends exactly once: as a response counted by its status, or as an error of one kind.
// Two latency histograms: `corrected` from each request's intended send time (in rate mode the
// schedule's, so a stalled server shows its stall), `uncorrected` from when it was written.
struct LoadResult
{
    enum class ErrorKind { Connect, Timeout, Reset, Malformed };
    static constexpr int kErrorKinds = 4;
    static constexpr int kMaxStatus = 600;

    LatencyHistogram corrected;
    LatencyHistogram uncorrected;
    qint64 completed = 0; // responses, whatever their status
    qint64 bytesRead = 0;
    qint64 bytesWritten = 0;
    std::array<qint64, kMaxStatus> statusCounts = {};
    std::array<qint64, kErrorKinds> errors = {};
    qint64 elapsedNs = 0;
    qint64 userCpuNs = 0;
    qint64 systemCpuNs = 0;
    double targetRate = 0; // requests/s asked for; 0 in a closed loop
    QByteArray server;     // the first response's Server header

    // Sums counts and CPU time; elapsed is the longest of the two (the loops ran side by side).
    void add(const LoadResult& other);

    qint64 errorCount() const;
    qint64 requests() const { return completed + errorCount(); }
    double requestsPerSecond() const;
    QMap<int, qint64> statuses() const;
    // In rate mode: whether the achieved rate fell below 99 % of the target.
    bool rateShortfall() const;
    double cpuMicrosPerRequest() const;

    static QString errorKindName(ErrorKind kind); // stable, for JSON
    // Percentiles, min, max, mean and stdev in milliseconds.
    static QJsonObject latencyJson(const LatencyHistogram& h);
    QJsonObject toJson() const;

    // Everything, losslessly, for keeping a run (LoadRunStore); toJson() stays the summary that
    // `artgenctl loadtest --json` and the exports print. Empty when `json` is not a record.
    QJsonObject toRecordJson() const;
    static std::optional<LoadResult> fromRecordJson(const QJsonObject& json);
};

} // namespace artgen::core
