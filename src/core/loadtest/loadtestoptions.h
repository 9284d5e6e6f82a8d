#pragma once

#include "rampplan.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace artgen::core {

// What one load test does. Every run is bounded: by a request count, a duration, or the ramp's
// steps, and never longer than maxDurationMs.
struct LoadTestOptions
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LoadTestOptions)

public:
    static constexpr qint64 kDefaultDurationMs = 10'000;
    static constexpr qint64 kDefaultMaxDurationMs = 10 * 60'000;
    static constexpr int kMaxConnections = 20'000;

    QUrl url;
    QByteArray method = "GET";
    QList<QPair<QByteArray, QByteArray>> headers;
    QString bodyFile;       // read when the run starts; empty: `body`
    QByteArray body;        // the body when there is no bodyFile
    QByteArray bearerToken; // sent as Authorization: Bearer …, never printed
    qint64 requests = 0;    // 0: bounded by time
    qint64 durationMs = 0;  // 0 with requests = 0: kDefaultDurationMs
    qint64 maxDurationMs = kDefaultMaxDurationMs;
    int connections = 10;
    int threads = 0; // 0: one per CPU
    double rate = 0; // requests/s; 0: closed loop
    std::optional<RampPlan> ramp;
    qint64 stepDurationMs = 10'000;
    qint64 sloMicros = 0; // 0: no SLO
    qint64 timeoutMs = 10'000;
    bool allowAnyHost = false;
    QStringList allowedHosts; // the profile's hosts

    // "250ms", "10s", "2m", "1h" or plain seconds ("1.5"); empty when not a positive duration.
    static std::optional<qint64> parseDurationMs(const QString& text);
    // "Name: value"; empty when there is no name or the line holds CR/LF.
    static std::optional<QPair<QByteArray, QByteArray>> parseHeader(const QString& text);

    Status validate() const;
    // Threads actually used: never more than connections.
    int effectiveThreads() const;
    // The run's time bound in ms: the duration, the ramp's steps, or the maximum.
    qint64 timeBoundMs() const;
};

} // namespace artgen::core
