#pragma once

#include "docker/containermap.h"
#include "logs/logentry.h"
#include "logs/logfilter.h"
#include "logs/logfollower.h"
#include "logs/logsession.h"
#include "settings/profile.h"
#include "util/error.h"
#include "util/workerhandle.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTimer;

namespace artgen::core {
class ActiveServices;
class DockerClient;
class ProfileServices;
class SettingsStore;
class WorkerThread;
} // namespace artgen::core

namespace artgen::gui {

class ConnectionBanner;
class LogMatchStatus;
class LogPanes;
class LogView;
class LogsModel;
class LogsToolbar;

// The Logs page: the stack's containers followed at once (core LogFollower on a Docker thread,
// batches at most every 50 ms) into one core LogSession, shown as one timeline of the chosen
// containers ordered by Docker's timestamps, or side by side, one pane per container (LogPanes).
// Search, filters by container, level and time, follow, pause, copy, export and clear come from
// the LogsToolbar; what to read from Docker and when to read again is the session's read plan.
// The page wires them: it turns what the user chose into filters and reads.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    // Follows `services`: a profile switch reads the new stack's logs and stops the old ones.
    LogsPage(core::ActiveServices& services, core::SettingsStore& settings,
             QWidget* parent = nullptr);
    ~LogsPage() override;

    const core::LogStore& store() const { return m_session.store(); }
    // The merged timeline's model (kept up to date in both layouts).
    LogsModel* model() const;
    // The view find, copy and "export the shown lines" act on: the merged timeline, or the
    // side-by-side pane last used.
    LogView* view() const;
    QList<LogView*> paneViews() const;
    bool isSideBySide() const;
    bool isWrapping() const;
    QStringList chosenServices() const;
    bool isFollowing() const;
    bool isPaused() const { return m_session.isPaused(); }
    qsizetype waitingLines() const { return m_session.waitingLines(); }
    // Lines dropped for the line cap: from the store, and from the waiting queue while paused.
    qint64 droppedLines() const { return m_session.droppedLines(); }
    // Where Docker is read from now: 0 when from each container's tail.
    qint64 readSinceNs() const { return m_session.plan().sinceNs(); }

public Q_SLOTS:
    // Shows one service's lines only (the Containers page's "Logs…"); empty: all of them.
    void showService(const QString& service);
    void setChosenServices(const QStringList& services);
    void setSideBySide(bool sideBySide);
    // Long lines wrap to the pane's width, or (off) the views scroll sideways to them.
    void setWrapping(bool wrap);
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
    void focusSearch();
    void clearSearch();
    // The user's Clear: forgets the lines so far; following goes on.
    void clearLines();
    // Writes the shown lines (or all stored ones) to `path` off the UI thread.
    void exportTo(const QString& path, bool onlyShown);

Q_SIGNALS:
    void exported(const QString& path, const artgen::core::Error& error);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void connectToolbar();
    void makeTimers();
    void rebuildPanes();
    void startFollowing();
    // The Docker client the follower reads from, on its own thread (made on first use).
    core::DockerClient& logClient();
    // Lists the project's services; a set that changed is followed anew.
    void discoverServices();
    void onStartChosen(int tail);
    void onTimeWindowChanged();
    // Empties the store and every view (a new read); clearLines() is the user's Clear.
    void resetStore();
    core::LogFilter currentFilter() const;
    void applyFilter();
    void slideWindow();
    void ensureCoverage();
    void updateSearch();
    // Counts the matches of the active view anew (a new search, filter or view).
    void recountMatches();
    void updateMatchCount();
    void find(bool forward);
    void updateStatus();
    void setNote(const QString& note);
    void scheduleStatus();
    void onExported(const QString& path, const core::Error& error);
    void onConnection(bool connected, const core::Error& error);

    core::SettingsStore& m_settings;
    core::ActiveServices& m_active;
    // Following uses the profile's stream client, on a thread of its own at background
    // priority: a burst of a million lines neither delays the other pages' Docker calls nor
    // outruns the UI thread.
    std::shared_ptr<core::ProfileServices> m_services;
    // What is followed: the profile's services and the project's others (compose labels).
    core::ContainerMap m_containers;
    bool m_discovering = false; // following waits for the first listing
    core::LogSession m_session;
    LogMatchStatus* m_matches = nullptr; // "3 of 17"
    core::WorkerHandle<core::LogFollower> m_follower{&core::LogFollower::start,
                                                     &core::LogFollower::stop};
    bool m_everShown = false;       // following starts with the first show
    bool m_followWhenShown = false; // a start asked for before that
    QString m_searchError;
    bool m_filteringByText = false; // "Only matching" was applied to the filter
    QString m_note; // the answer to the user's last action ("Saved to …"), until the next one

    ConnectionBanner* m_banner = nullptr;
    LogsToolbar* m_toolbar = nullptr;
    LogPanes* m_panes = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_statusTimer = nullptr;   // coalesces status updates while lines stream in
    QTimer* m_windowTimer = nullptr;   // slides "last N minutes"
    QTimer* m_coverageTimer = nullptr; // reads again from Docker once the range settles
};

} // namespace artgen::gui
