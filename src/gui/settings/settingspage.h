#pragma once

#include "settings/profile.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace artgen::core {
class LanguageManager;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

// Settings: the UI language (switched at once, no restart) and the stack profiles (name, stack
// folder, compose project, API URL, Docker host, service → container mapping, and where backups
// go, in which format and how many are kept).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(core::SettingsStore& settings, core::LanguageManager& language,
                 QString logFilePath, QWidget* parent = nullptr);

    // For tests and the main window: pick a language as the combo box would.
    void chooseLanguage(const QString& code);

Q_SIGNALS:
    void profilesChanged();
    // The Logs page's line cap, changed by the user.
    void logLineLimitChanged(int lines);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QGroupBox* buildLogsBox();
    void retranslate();
    void loadProfiles();
    void showProfile(int row);
    void markDirty();
    void saveProfile();
    void addProfile();
    void removeProfile();
    void makeActive();
    void browseStackDir();
    void browseBackupDir();
    void updateRetentionSummary();
    QString validate(const core::Profile& p, int row) const;
    core::Profile profileFromForm() const;
    void refreshList();

    core::SettingsStore& m_settings;
    core::LanguageManager& m_language;
    QString m_logFilePath;
    QList<core::Profile> m_profiles;
    int m_row = -1;
    bool m_loading = false;

    QGroupBox* m_languageBox = nullptr;
    QGroupBox* m_logsBox = nullptr;
    QLabel* m_lineLimitLabel = nullptr;
    QSpinBox* m_lineLimit = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QGroupBox* m_profilesBox = nullptr;
    QListWidget* m_profileList = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_formLabels;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_stackDir = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_project = nullptr;
    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_dockerHost = nullptr;
    QTableWidget* m_containers = nullptr;
    QGroupBox* m_backupBox = nullptr;
    QFormLayout* m_backupForm = nullptr;
    QList<QLabel*> m_backupLabels;
    QLineEdit* m_backupDir = nullptr;
    QPushButton* m_backupBrowse = nullptr;
    QComboBox* m_backupFormat = nullptr;
    QSpinBox* m_keepLast = nullptr;
    QSpinBox* m_keepDays = nullptr;
    QLabel* m_retention = nullptr;
    QLabel* m_validation = nullptr;
    QPushButton* m_saveButton = nullptr;
    QGroupBox* m_filesBox = nullptr;
    QLabel* m_filesLabel = nullptr;
};

} // namespace artgen::gui
