#pragma once

#include <QPushButton>

class QAction;

namespace artgen::gui {

// A push button that shows and triggers a QAction: its text, tooltip (also its accessible
// description), enabled and visible state follow the action, so a button and the same
// action in a context menu can never disagree.
class ActionButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ActionButton(QAction* action, QWidget* parent = nullptr);

    QAction* action() const { return m_action; }

private:
    void sync();

    QAction* m_action;
};

} // namespace artgen::gui
