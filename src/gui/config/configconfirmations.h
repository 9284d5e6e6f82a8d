#pragma once

#include "stackconfig/configapplyplan.h"
#include "stackconfig/confighistory.h"
#include "stackconfig/gitrollback.h"

#include <QCoreApplication>

class QAbstractButton;
class QMessageBox;
class QWidget;

namespace artgen::gui {

// The questions the Configuration page asks before it writes the stack's files: what changes
// (each setting's old and new value, the files, the diff under "Show Details"), what will be
// reloaded or restarted, and the button that goes on. Each returns a message box to open() (it
// deletes itself on close); `proceed` is set to the button that agrees.
class ConfigConfirmations
{
    Q_DECLARE_TR_FUNCTIONS(artgen::gui::ConfigConfirmations)

public:
    // Apply: with a "make it take effect now" check box (checked).
    static QMessageBox* apply(const core::ConfigApplyPlan& plan, const QString& profile,
                              QWidget* parent, QAbstractButton** proceed);
    static QMessageBox* rollback(const core::ConfigHistoryEntry& entry,
                                 const core::ConfigApplyPlan& plan, const QString& profile,
                                 QWidget* parent, QAbstractButton** proceed);
    static QMessageBox* git(const core::GitRollback::State& state,
                            const core::ConfigApplyPlan& plan, const QString& profile,
                            QWidget* parent, QAbstractButton** proceed);

    // "gunicorn.workers: 8 → 6", one line a setting.
    static QString values(const core::ConfigApplyPlan& plan);
    // The reloads and restarts the change needs, one line each ("" when none).
    static QString effects(const core::ConfigApplyPlan& plan);

private:
    static QMessageBox* box(const QString& title, const QString& text, const QString& details,
                            QWidget* parent);
};

} // namespace artgen::gui
