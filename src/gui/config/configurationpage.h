#pragma once

#include "configcontroller.h"
#include "stackconfig/configchange.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ConfigurationPage;
}

class QAbstractButton;
class QMessageBox;

namespace artgen::core {
class ActiveServices;
class JobRunner;
struct ConfigHistoryEntry;
} // namespace artgen::core

namespace artgen::gui {

class ConfigApplyFlow;
class ConfigDraft;
class ConfigForm;
class ConfigHistoryModel;
class JobPageFrame;

// The Configuration page (a form in ui/configurationpage.ui): the stack's timeouts, rate limit,
// workers and pool sizes, a tab per file (ConfigForm), presets, the PostgreSQL capacity check
// while editing, "Show changes" as coloured diffs, Apply and the history with rollback. A view:
// the edits live in a ConfigDraft (so they survive switching pages), reading, watching and
// diffing the files in ConfigController.
class ConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    ConfigurationPage(core::ActiveServices& services, core::JobRunner& jobs,
                      QWidget* parent = nullptr);
    ~ConfigurationPage() override;

    ConfigDraft* draft() const { return m_draft; }
    ConfigForm* form() const;
    ConfigController* controller() const { return m_flows; }
    ConfigApplyFlow* applyFlow() const { return m_apply; }
    ConfigHistoryModel* historyModel() const { return m_history; }
    bool hasUnsavedEdits() const;
    // The files have been read (or failed to be) since the last profile switch.
    bool isLoaded() const { return m_loaded; }

    enum class Leaving { SwitchProfile, Quit };
    // Before the active profile changes or the panel quits: with unsaved edits, asks whether to
    // discard them (a dialog opened with open()) and calls `proceed` only if the user agrees;
    // else at once.
    void confirmLeave(Leaving leaving, const std::function<void()>& proceed);

public Q_SLOTS:
    // The active profile changed: read its files.
    void reloadProfile();
    void reload();
    void usePreset();
    void discardEdits();
    void showChanges();
    // Each asks first (what changes, what is reloaded or restarted), then runs the job.
    void applyEdits();
    void rollBackSelected();
    void restoreFromGit();
    void savePreset();

Q_SIGNALS:
    // The files were read (after a switch, a reload or a change on disk).
    void documentsLoaded();
    void diffDialogOpened();
    // A confirmation (apply, rollback, git) was opened.
    void confirmationOpened();

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectUi();
    void connectApply();
    void retranslate();
    void fillPresets();
    void onLoaded();
    void onDiffs(const QList<ConfigController::FileDiff>& diffs);
    void updateState();
    void updateCapacity();
    void updateSummary();
    void onApplied(bool ok, const QString& summary);
    void confirmThenRun(QMessageBox* box, QAbstractButton* proceed,
                        const std::function<void(bool takeEffect)>& run);
    const core::ConfigHistoryEntry* selectedEntry() const;
    QString profileName() const;

    std::unique_ptr<Ui::ConfigurationPage> m_ui;
    core::ActiveServices& m_active;
    ConfigDraft* m_draft = nullptr;
    ConfigController* m_flows = nullptr;
    ConfigApplyFlow* m_apply = nullptr;
    ConfigHistoryModel* m_history = nullptr;
    JobPageFrame* m_frame = nullptr;
    core::ConfigChange m_presetChange; // what the last preset put into the form
    bool m_loaded = false;
    bool m_changedOnDisk = false;
    bool m_wantDiffs = false;
    QString m_loadError;
};

} // namespace artgen::gui
