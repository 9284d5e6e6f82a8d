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
    int id() const override { return 9; }
    QString key() const override { return QStringLiteral("connections"); }
    QString title() const override;
    QString description() const override;
    QString action() const override;
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
