#pragma once

#include "docker/dockercontexts.h"
#include "settings/profile.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <functional>
#include <memory>

namespace Ui {
class ProfilesDialog;
}

namespace artgen::core {
class ConnectionTest;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class ProfileEditor;

// The stack profiles (a form in ui/profilesdialog.ui, opened from Settings with open()): the
// list with add, duplicate and remove, the ProfileEditor for the one chosen, the machine's
// Docker contexts to import as its endpoint, its alert thresholds, and Test connection (each
// part of the stack checked, the failing one named). Saves go straight to the settings store.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(core::SettingsStore& settings, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    ProfileEditor* editor() const;
    // Shows the profile called `name` (the first one when there is none such).
    void select(const QString& name);
    // Reads the profiles again (another window changed them) and the Docker contexts.
    void reload();
    // Asked before the active profile is removed or its folder changes (unsaved edits on a
    // page); `proceed` is called when the change may go on, perhaps later, or never.
    using LeaveGuard = std::function<void(const std::function<void()>& proceed)>;
    void setLeaveGuard(LeaveGuard guard) { m_leaveGuard = std::move(guard); }

Q_SIGNALS:
    void profilesChanged();
    // Test connection finished (tests wait for it).
    void connectionTested(bool passed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUpFields();
    void retranslate();
    void refreshList();
    void showProfile(int row);
    void saveProfile(const core::Profile& profile);
    void addProfile(bool duplicate);
    void removeProfile();
    void store();
    void leaveActive(const std::function<void()>& proceed);
    void loadContexts();
    void importContext();
    void testConnection();
    void showCheck();
    void openThresholds();
    QString uniqueName(const QString& base) const;

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    core::SettingsStore& m_settings;
    QList<core::Profile> m_profiles;
    QList<core::DockerContexts::Context> m_contexts;
    int m_row = -1;
    LeaveGuard m_leaveGuard;
    QPointer<core::ConnectionTest> m_test;
};

} // namespace artgen::gui
