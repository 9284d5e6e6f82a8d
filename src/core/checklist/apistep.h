#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 7. "API availability checked": `curl -I http://localhost/api/v1/health` must return 200 OK —
// through nginx, at the profile's API address, with the status, the time and the body as evidence.
class ApiStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ApiStep)

public:
    ApiStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
