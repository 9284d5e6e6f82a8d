#pragma once

#include "checkliststep.h"
#include "docker/stackinspector.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace artgen::core {

// 5. "New containers started": compose up -d, then every service running and healthy within the
// deadline; the ones that are not are named with their state and health. A service that
// exited with a non-zero code or keeps restarting fails the step at once (named, with its exit
// code and its last log lines): a crash loop would otherwise hold the deployment for the whole
// deadline. Services merely "starting" are waited for.
class ComposeJob;

class StartStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StartStep)

public:
    StartStep();
    StepRecord run(StepContext& context) const override;

    // Runs `up` (an `up -d` of some kind), then waits as above: step 5, and the rollback's
    // start on the previous images (up -d --no-build).
    static StepRecord start(StepContext& context, ComposeJob& up, int healthyDeadlineMs);
    // The first service that crashed: exited non-zero, restarting, or restarted more often than
    // when first seen (`restartsAtUp` remembers that, service by service). Pure.
    static std::optional<ServiceStatus> crashing(const StackStatus& status,
                                                 QHash<QString, int>* restartsAtUp);

private:
    static StepRecord crashFailure(const StepContext& context, const ServiceStatus& service,
                                   int restartsAtUp, QStringList evidence);
};

} // namespace artgen::core
