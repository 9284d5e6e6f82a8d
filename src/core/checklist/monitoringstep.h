#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 11. "Monitoring set up (recommended)": background monitoring and alerts are on for this
// profile — thresholds set and no alert kind muted. Recommended, so it warns rather than fails.
class MonitoringStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::MonitoringStep)

public:
    MonitoringStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
