#pragma once

#include "loadresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

// A finished (or interrupted) load test: the whole run, and in a ramp each step in order.
struct LoadReport
{
    QString url;
    QString method;
    int connections = 0;
    int threads = 0;
    qint64 sloMicros = 0;
    bool interrupted = false;
    LoadResult total;
    QList<LoadResult> steps;              // ramp only
    std::optional<double> highestPassing; // ramp only: the highest rate that met the SLO

    bool isRamp() const { return !steps.isEmpty(); }
    // An SLO was given and missed: the run's p99 reached it, or no ramp step stayed under it.
    bool sloMissed() const;
    // Ramp step `index` answered and kept its p99 under the SLO (the rule the ramp stops by).
    bool stepMeetsSlo(qsizetype index) const;
    // The index of the step at highestPassing, or -1.
    qsizetype highestPassingStep() const;
    QJsonObject toJson() const;

    // Everything, losslessly (every step's histograms too), for LoadRunStore. Empty when `json`
    // is not such a record.
    QJsonObject toRecordJson() const;
    static std::optional<LoadReport> fromRecordJson(const QJsonObject& json);
};

} // namespace artgen::core
