#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace artgen::core {

// One second (about) of a running load test, for a live chart or a terminal line: the rate and
// the corrected latency of that second, and the run's totals so far. In a ramp the totals and
// the time start again with each step.
struct LoadSample
{
    double elapsedSeconds = 0;
    double requestsPerSecond = 0; // responses and errors in the window, per second
    double p50Ms = 0;             // of the window's responses; 0 when there were none
    double p99Ms = 0;
    qint64 requests = 0; // ended so far: responses and errors
    qint64 errors = 0;   // so far
    qint64 windowErrors = 0;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::LoadSample)
