#pragma once

#include "monitor/thresholds.h"

#include <QJsonObject>
#include <QString>

namespace artgen::core {

// What a checklist run is asked to do beyond the steps' own rules: the profile's thresholds
// (step 9) and alert settings (step 11), the basic test's figures (step 10, the instructions'
// `ab -n 100 -c 10` and "error rate < 1 %", "< 200 ms"), the deadlines, and the deployment's
// choices (steps 1–5).
struct ChecklistOptions
{
    Thresholds thresholds;

    QString loadPath = QStringLiteral("/api/v1/characters");
    int loadRequests = 100;
    int loadConcurrency = 10;
    bool loadTest = true;         // step 10 runs the load test after the task (off: the task only)
    double maxErrorPercent = 1.0; // errors must stay below it
    double maxP95Ms = 200.0;      // p95 must stay below it
    int taskDeadlineMs = 60000;   // the generate task must complete within it
    int httpTimeoutMs = 10000;

    int healthyDeadlineMs = 180000;     // step 5: every service running and healthy within it
    int recentBackupMinutes = 60;       // step 1: a verified backup this young is enough
    bool build = true;                  // step 4 may build (false: --no-build)
    bool noCache = false;               // step 4: build --no-cache
    bool manualChangeConfirmed = false; // step 3: the user confirmed the files as they are

    // A deployment stops at the first failed step; a health check runs every step.
    bool stopOnFailure = false;

    // The deployment's choices (build, noCache, loadTest, recentBackupMinutes,
    // manualChangeConfirmed), kept in the run's JSON so that a resumed run makes them again.
    QJsonObject choicesToJson() const;
    // These options with the choices of `choices` that it has; the others as they are.
    ChecklistOptions withChoices(const QJsonObject& choices) const;
};

} // namespace artgen::core
