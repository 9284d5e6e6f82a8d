#pragma once

#include "checklist/steprecord.h"

#include <QIcon>

class QStyle;

namespace artgen::gui {

// The icon of a checklist step's state in the wizard's lists (the steps, the rollback's stages):
// blank while pending, so every title starts at the same place.
QIcon stepIcon(const QStyle* style, core::StepState state);

} // namespace artgen::gui
