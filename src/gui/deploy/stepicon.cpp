#include "stepicon.h"

#include <QPixmap>
#include <QStyle>

namespace artgen::gui {

QIcon stepIcon(const QStyle* style, core::StepState state)
{
    using core::StepState;
    switch (state) {
    case StepState::Pending: {
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }
    case StepState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case StepState::Passed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StepState::Warned:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case StepState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case StepState::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
    return {};
}

} // namespace artgen::gui
