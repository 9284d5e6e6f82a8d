#pragma once

#include "checkliststep.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace artgen::core {

// 3. "File changes applied": the configuration files now against the copy step 1 kept, as a
// unified diff. A change must be confirmed (the configuration editor applies and confirms its
// own; a manual change is confirmed by the user, --yes); no change at all is a warning.
class ChangesStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ChangesStep)

public:
    ChangesStep();
    StepRecord run(StepContext& context) const override;

    // The unified diffs of every file that differs; files only in one side count. Pure.
    static QStringList diff(const QJsonObject& before, const QHash<QString, QByteArray>& after);
};

} // namespace artgen::core
