#pragma once

#include "docker/dockerstatus.h"
#include "docker/stackverdict.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace artgen::core {
class ActiveServices;
class JobRunner;
class LanguageManager;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class LoadTestPage;
class ConfigurationPage;
class MainMenu;
class ProductionBanner;
class SettingsPage;

// The shell: a navigation list on the left, one page per area on the right, and a status bar
// with the active profile and whether Docker answers. Thin: it owns no I/O; services arrive
// through the constructor and status through slots.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Containers,
        Logs,
        Charts,
        Backups,
        Configuration,
        Deployment,
        Troubleshooting,
        LoadTest,
        Settings
    };
    Q_ENUM(Page)

    MainWindow(core::SettingsStore& settings, core::LanguageManager& language,
               core::ActiveServices& services, core::JobRunner& jobs, QString logFilePath,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    static QList<Page> pages();
    static QString pageKey(Page page);
    // On the Containers entry of the page list: the stack's StackVerdict::Level, as an int.
    static constexpr int StackVerdictRole = Qt::UserRole + 1;

    void selectPage(Page page);
    Page currentPage() const;
    // The page widget, built on first use (pages are created lazily to keep start-up fast).
    QWidget* page(Page page);
    SettingsPage* settingsPage();
    // The Load test page, for pages that open it preset (Deployment, Troubleshooting).
    LoadTestPage* loadTestPage();
    // Restores geometry and the last page from the settings; the first time, the window
    // takes about 80 % of the screen's available area, centred.
    void restoreState();
    // F5: the page shown lists or reads again (Containers, Backups, Configuration); other pages
    // have nothing to re-read.
    void refreshCurrentPage();

public Q_SLOTS:
    void setDockerStatus(const artgen::core::DockerStatus& status);
    // The Containers page's verdict: a badge on its entry, and the status bar's colour.
    void setStackVerdict(const artgen::core::StackVerdict& verdict);
    void refreshProfile();

Q_SIGNALS:
    // The set of profiles or the active one changed (Settings page).
    void profileChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildNavigation();
    void connectMenu();
    void findInLogs();
    void quit();
    void placeFirstTime();
    QWidget* createPage(Page page);
    void showRow(int row);
    void retranslate();
    QString pageTitle(Page page) const;
    void saveState();
    // The Configuration page if it has been built, else null.
    ConfigurationPage* configurationPage() const;

    core::SettingsStore& m_settings;
    core::LanguageManager& m_language;
    core::ActiveServices& m_services;
    core::JobRunner& m_jobs;
    QString m_logFilePath;
    MainMenu* m_menu = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<QWidget*> m_pages; // null until built
    SettingsPage* m_settingsPage = nullptr;
    QLabel* m_profileLabel = nullptr;
    ProductionBanner* m_productionBanner = nullptr;
    QLabel* m_dockerLabel = nullptr;
    core::DockerStatus m_dockerStatus;
    bool m_dockerKnown = false;
    core::StackVerdict m_stackVerdict;
    bool m_leaving = false;        // the user agreed to discard unapplied configuration edits
    bool m_quitWhenClosed = false; // the close under way came from quit()
};

} // namespace artgen::gui
