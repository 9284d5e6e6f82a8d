#pragma once

#include "checkliststep.h"
#include "docker/stackinspector.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
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
    // when its container was first seen (`restartsAtUp` remembers that, by container id).
    // Containers whose id is in `ignored` are passed over. Pure.
    static std::optional<ServiceStatus> crashing(const StackStatus& status,
                                                 QHash<QString, int>* restartsAtUp,
                                                 const QSet<QString>& ignored = {});

private:
    static QSet<QString> containerIds(const StepContext& context);
    static StepRecord crashFailure(const StepContext& context, const ServiceStatus& service,
                                   int restartsAtUp, QStringList evidence);
};

} // namespace artgen::core
