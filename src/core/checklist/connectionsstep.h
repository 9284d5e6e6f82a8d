#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 9. "DB and Redis connections checked": PostgreSQL and Redis under the profile's thresholds
// (else it fails); the worst case the pool settings allow beyond max_connections is a warning
// that shows the arithmetic (CapacityCheck).
class ConnectionsStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConnectionsStep)

public:
    ConnectionsStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
