#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 5. "New containers started": compose up -d, then every service running and healthy within the
// deadline; the ones that are not are named with their state and health.
class StartStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StartStep)

public:
    StartStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
