#include "actionbutton.h"

#include <QAction>

namespace artgen::gui {

ActionButton::ActionButton(QAction* action, QWidget* parent) : QPushButton(parent), m_action(action)
{
    setObjectName(action->objectName()); // found by the name the page gave the action
    connect(m_action, &QAction::changed, this, &ActionButton::sync);
    connect(this, &QPushButton::clicked, m_action, &QAction::trigger);
    sync();
}

void ActionButton::sync()
{
    setText(m_action->text());
    // QAction makes up a tooltip from its text when it has none: a button needs no such echo.
    QString plain = m_action->text();
    plain.remove(QLatin1Char('&'));
    setToolTip(m_action->toolTip() == plain ? QString() : m_action->toolTip());
    setAccessibleDescription(toolTip());
    setEnabled(m_action->isEnabled());
    setVisible(m_action->isVisible());
}

} // namespace artgen::gui
