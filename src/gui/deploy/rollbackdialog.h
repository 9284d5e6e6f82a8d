#pragma once

#include "checklist/rollbackoptions.h"
#include "checklist/rollbackplan.h"

#include <QDialog>

class QPushButton;
#include <memory>

namespace Ui {
class RollbackDialog;
}

namespace artgen::gui {

// What a rollback of a failed deployment would do, asked before it runs: the configuration
// files put back and their diff to step 1's copy, the images the services go back to (previous
// → current id), or why it cannot roll back. Restoring step 1's backup is a choice of its own
// and needs the database's name typed. The plan arrives later (setPlan()): it is computed off
// the UI thread. Open it with open(); rollbackRequested() on OK.
class RollbackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RollbackDialog(QWidget* parent = nullptr);
    ~RollbackDialog() override;

    void setPlan(const core::RollbackPlan& plan);
    bool hasPlan() const { return m_planned; }
    // The options OK would run with.
    core::RollbackOptions options() const;
    QPushButton* okButton() const;

    // "3a9f0c1d2e4b" from "sha256:3a9f…": how ids are shown.
    static QString shortId(const QString& id);

Q_SIGNALS:
    void rollbackRequested(const artgen::core::RollbackOptions& options);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showPlan();
    void updateOk();

    std::unique_ptr<Ui::RollbackDialog> m_ui;
    QPushButton* m_ok = nullptr; // not a standard button: its text stays ours on a language change
    core::RollbackPlan m_plan;
    bool m_planned = false;
};

} // namespace artgen::gui
