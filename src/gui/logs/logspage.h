#pragma once

#include "logs/logentry.h"
#include "settings/profile.h"
#include "util/error.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QToolButton;

namespace artgen::core {
class DockerClient;
class LogFollower;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class LogRowDelegate;
class LogsModel;

// The Logs page: every service of the stack followed at once (core LogFollower on the Docker
// thread, batches at most every 50 ms), shown as one timeline ordered by Docker's timestamps or
// one container at a time, with search, filters by container, level and time, follow, pause,
// copy, export and clear. Model/view over the core LogStore: the UI thread only appends
// batches and paints visible rows.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    LogsPage(core::DockerClient& docker, core::SettingsStore& settings, QWidget* parent = nullptr);
    ~LogsPage() override;

    LogsModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    bool isFollowing() const;
    bool isPaused() const;
    qsizetype waitingLines() const { return m_waitingLines; }

public Q_SLOTS:
    // Shows one service's lines only (the Containers page's "Logs…"); empty: all of them.
    void showService(const QString& service);
    void reloadProfile();
    // What the follower hands over; public so tests can feed the page without Docker.
    void appendBatch(const artgen::core::LogBatch& batch);
    void setPaused(bool paused);
    void setFollowing(bool follow);
    void findNext();
    void findPrevious();
    // Writes the shown lines (or all stored ones) to `path` off the UI thread.
    void exportTo(const QString& path, bool onlyShown);

Q_SIGNALS:
    void exported(const QString& path, const artgen::core::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void startFollowing();
    void stopFollowing();
    void applyFilter();
    void updateSearch();
    void find(bool forward);
    void updateStatus();
    void copySelection();
    void chooseExport(bool onlyShown);
    void onScrolled(int value);
    void onConnection(bool connected, const core::Error& error);

    core::DockerClient& m_docker;
    core::SettingsStore& m_settings;
    core::Profile m_profile;
    QPointer<core::LogFollower> m_follower;
    LogsModel* m_model = nullptr;
    LogRowDelegate* m_delegate = nullptr;
    QList<core::LogBatch> m_waiting; // batches that came in while paused
    qsizetype m_waitingLines = 0;
    qint64 m_waitingDropped = 0;
    bool m_autoScrolling = false;
    QString m_connectionError;
    QString m_searchError;

    QLabel* m_banner = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_time = nullptr;
    QComboBox* m_tail = nullptr;
    QPushButton* m_follow = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_copy = nullptr;
    QToolButton* m_export = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_regex = nullptr;
    QCheckBox* m_case = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace artgen::gui
