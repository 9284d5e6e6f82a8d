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
    int id() const override { return 5; }
    QString key() const override { return QStringLiteral("start"); }
    QString title() const override;
    QString description() const override;
    QString action() const override;
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
