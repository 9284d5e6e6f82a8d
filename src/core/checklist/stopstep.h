#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 2. "Current containers stopped": compose down (the data volumes stay), then no container of the
// project runs. Undone by step 5 (up -d).
class StopStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StopStep)

public:
    StopStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
