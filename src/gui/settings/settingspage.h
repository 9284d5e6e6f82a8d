#pragma once

#include "settings/profile.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class SettingsPage;
}

namespace artgen::core {
class LanguageManager;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class AuditLogDialog;
class ProfileEditor;
class ProfilesDialog;
class RangedField;

// Settings (a form in ui/settingspage.ui): the UI language (switched at once, no restart), the
// Logs page's line cap, the stack profiles — a list with "use as active" and the Profiles
// dialog to add, edit, duplicate, remove and test them — and the audit log viewer.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(core::SettingsStore& settings, core::LanguageManager& language,
                 QString logFilePath, QWidget* parent = nullptr);
    ~SettingsPage() override;

    // For tests and the main window: pick a language as the combo box would.
    void chooseLanguage(const QString& code);
    // The Profiles dialog's editor (the dialog exists, hidden, until it is opened).
    ProfileEditor* profileEditor() const;
    ProfilesDialog* openProfiles();
    AuditLogDialog* openAuditLog();

    // Asked before the active profile changes (made active, removed, or its folder changed):
    // calls `proceed` when the change may go on — perhaps later, after a dialog — or never.
    using LeaveGuard = std::function<void(const std::function<void()>& proceed)>;
    void setLeaveGuard(LeaveGuard guard);

Q_SIGNALS:
    void profilesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUpFields();
    void retranslate();
    void loadProfiles();
    void showProfile(int row);
    void makeActive();
    void refreshList();
    void leaveActive(const std::function<void()>& proceed);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    core::SettingsStore& m_settings;
    core::LanguageManager& m_language;
    QString m_logFilePath;
    QList<core::Profile> m_profiles;
    int m_row = -1;
    RangedField* m_lineLimit = nullptr;
    ProfilesDialog* m_profilesDialog = nullptr;
    LeaveGuard m_leaveGuard;
};

} // namespace artgen::gui
