#pragma once

#include "logs/logentry.h"
#include "logs/logfilter.h"
#include "logs/logfollower.h"
#include "logs/logstore.h"
#include "settings/profile.h"
#include "util/error.h"
#include "util/workerhandle.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace artgen::core {
class ActiveServices;
class LogFollower;
class ProfileServices;
class SettingsStore;
} // namespace artgen::core

namespace artgen::gui {

class ConnectionBanner;

class LogRowDelegate;
class LogView;
class LogsModel;
class SourceChooser;

// The Logs page: the stack's containers followed at once (core LogFollower on the Docker
// thread, batches at most every 50 ms) into one LogStore, shown as one timeline of the chosen
// containers ordered by Docker's timestamps, or side by side, one pane per container. Search,
// filters by container, level and time (a sliding window or a from–to range, read again from
// Docker when it reaches before what is stored), follow, pause, copy, export and clear. The UI
// thread appends batches and paints visible rows only (LogView).
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    // Follows `services`: a profile switch reads the new stack's logs and stops the old ones.
    LogsPage(core::ActiveServices& services, core::SettingsStore& settings,
             QWidget* parent = nullptr);
    ~LogsPage() override;

    const core::LogStore& store() const { return m_store; }
    // The merged timeline's model (kept up to date in both layouts).
    LogsModel* model() const { return m_model; }
    // The view find, copy and "export the shown lines" act on: the merged timeline, or the
    // side-by-side pane last used.
    LogView* view() const;
    QList<LogView*> paneViews() const;
    bool isSideBySide() const;
    QStringList chosenServices() const;
    bool isFollowing() const;
    bool isPaused() const;
    qsizetype waitingLines() const { return m_waitingLines; }
    // Lines dropped for the line cap: from the store, and from the waiting queue while paused.
    qint64 droppedLines() const { return m_store.droppedCount() + m_waitingDropped; }
    // Where Docker is read from now: 0 when from each container's tail.
    qint64 readSinceNs() const { return m_readSinceNs; }

public Q_SLOTS:
    // Shows one service's lines only (the Containers page's "Logs…"); empty: all of them.
    void showService(const QString& service);
    void setChosenServices(const QStringList& services);
    void setSideBySide(bool sideBySide);
    void reloadProfile();
    // What the follower hands over; public so tests can feed the page without Docker.
    void appendBatch(const artgen::core::LogBatch& batch);
    void setPaused(bool paused);
    void setFollowing(bool follow);
    // A from–to range (toNs 0: up to now, following); fromNs 0 and toNs 0: any time.
    void setTimeRange(qint64 fromNs, qint64 toNs);
    // The line cap; lowering it drops the oldest lines at once (counted).
    void setLineLimit(int lines);
    void findNext();
    void findPrevious();
    // The user's Clear: forgets the lines so far; following goes on.
    void clearLines();
    // Writes the shown lines (or all stored ones) to `path` off the UI thread.
    void exportTo(const QString& path, bool onlyShown);

Q_SIGNALS:
    void exported(const QString& path, const artgen::core::Error& error);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Pane
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        LogView* view = nullptr;
        LogsModel* model = nullptr;
        QString service;
    };

    void buildUi();
    QWidget* buildRangeBar();
    void retranslate();
    LogView* makeView(LogsModel* model, QWidget* parent);
    void rebuildPanes();
    void updatePaneTitles();
    void startFollowing();
    // Back from reading a time range to following from the chosen tail.
    void forgetRangeRead();
    void onTimeWindowChanged();
    // Empties the store and every view (a new read); clearLines() is the user's Clear.
    void resetStore();
    void stopFollowing();
    core::LogFilter currentFilter() const;
    void applyFilter();
    void slideWindow();
    void ensureCoverage();
    bool storeCovers(const core::LogFilter& filter) const;
    void updateSearch();
    void find(bool forward);
    void updateStatus();
    void scheduleStatus();
    void copySelection();
    void chooseExport(bool onlyShown);
    void onViewFollowing();
    void onConnection(bool connected, const core::Error& error);
    QList<LogsModel*> models() const;

    core::SettingsStore& m_settings;
    core::ActiveServices& m_active;
    // Following uses the profile's stream client, on a thread of its own at background
    // priority: a burst of a million lines neither delays the other pages' Docker calls nor
    // outruns the UI thread.
    std::shared_ptr<core::ProfileServices> m_services;
    core::Profile m_profile;
    core::LogStore m_store;
    core::WorkerHandle<core::LogFollower> m_follower{&core::LogFollower::start,
                                                     &core::LogFollower::stop};
    bool m_everShown = false;       // following starts with the first show
    bool m_followWhenShown = false; // a start asked for before that
    LogsModel* m_model = nullptr;   // the merged timeline
    LogView* m_mergedView = nullptr;
    LogRowDelegate* m_delegate = nullptr; // shared by every view
    QList<Pane> m_panes;
    QPointer<LogView> m_activeView;
    QList<core::LogBatch> m_waiting; // batches that came in while paused
    qsizetype m_waitingLines = 0;
    qint64 m_waitingDropped = 0;
    qint64 m_readSinceNs = 0; // the follower reads from here (a range reaching back), 0: tail
    qint64 m_readUntilNs = 0;
    bool m_followAll = false; // the follower started from each container's beginning
    qint64 m_clearedAtNs = 0; // the user's Clear, until a new window or start is chosen
    QString m_searchError;

    ConnectionBanner* m_banner = nullptr;
    SourceChooser* m_source = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_time = nullptr;
    QComboBox* m_tail = nullptr;
    QPushButton* m_split = nullptr;
    QPushButton* m_follow = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_copy = nullptr;
    QToolButton* m_export = nullptr;
    QWidget* m_rangeBar = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QCheckBox* m_toNow = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_regex = nullptr;
    QCheckBox* m_case = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_statusTimer = nullptr;    // coalesces status updates while lines stream in
    QTimer* m_windowTimer = nullptr;    // slides "last N minutes"
    QTimer* m_coverageTimer = nullptr;  // reads again from Docker once the range settles
    QTimer* m_rangeEditTimer = nullptr; // filters once the user stops typing a date
};

} // namespace artgen::gui
