#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 8. "Number of workers checked": gunicorn master + workers and the Celery pool, counted from the
// containers' process tables, equal the values the configuration files set (not the
// instructions' fixed 8 and 12). A container started with other values than the files say is
// named: the files were changed and not applied.
class WorkersStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::WorkersStep)

public:
    WorkersStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
