#include "logspage.h"

#include "common/connectionbanner.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "loglegend.h"
#include "logmatchstatus.h"
#include "logpanes.h"
#include "lograngebar.h"
#include "logs/logexporter.h"
#include "logs/logtimestamp.h"
#include "logsmodel.h"
#include "logstoolbar.h"
#include "logview.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "sourcechooser.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace artgen::gui {

namespace {
qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}
} // namespace

LogsPage::LogsPage(core::ActiveServices& services, core::SettingsStore& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_active(services),
      m_session(settings.value(core::SettingKeys::logLineLimit))
{
    qRegisterMetaType<core::LogBatch>();
    auto* root = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    root->addWidget(m_banner);
    m_toolbar = new LogsToolbar(this);
    root->addWidget(m_toolbar);
    m_panes = new LogPanes(m_session.store(), this);
    root->addWidget(m_panes, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    // The legend on a row of its own, full width: beside the status it had to wrap into a
    // column five lines tall; here it wraps only on a window too narrow for its one line.
    root->addWidget(m_status);
    root->addWidget(new LogLegend(this));
    m_matches = new LogMatchStatus(m_session.store(), this);
    connect(m_matches, &LogMatchStatus::changed, this, &LogsPage::updateMatchCount);
    makeTimers();
    connectToolbar();
    // The remembered layout first, so reloadProfile() builds the panes once.
    m_toolbar->setSideBySide(m_settings.value(core::SettingKeys::logSideBySide));
    m_toolbar->setWrapping(m_settings.value(core::SettingKeys::logWrapLines));
    m_panes->setWrapping(m_toolbar->isWrapping());
    connect(&m_active, &core::ActiveServices::switched, this, &LogsPage::reloadProfile);
    m_settings.watch(core::SettingKeys::logLineLimit, this, [this](int n) { setLineLimit(n); });
    reloadProfile();
}

LogsPage::~LogsPage()
{
    // The views and models read the store, a member that goes before QWidget deletes children.
    delete m_panes;
    // Stopped and deleted on the stream client's thread, before the services (and the client)
    // are let go; that thread ends only after what was queued to it (core::WorkerThread).
    m_follower.stop();
}

void LogsPage::makeTimers()
{
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(200);
    m_windowTimer = new QTimer(this);
    m_windowTimer->setInterval(core::LogTimeWindow::kSlideIntervalMs);
    m_coverageTimer = new QTimer(this);
    m_coverageTimer->setObjectName(QStringLiteral("coverageTimer"));
    m_coverageTimer->setSingleShot(true);
    m_coverageTimer->setInterval(700);
    connect(m_windowTimer, &QTimer::timeout, this, &LogsPage::slideWindow);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        m_panes->updateTitles();
        updateStatus();
    });
    connect(m_coverageTimer, &QTimer::timeout, this, &LogsPage::ensureCoverage);
}

void LogsPage::connectToolbar()
{
    LogsToolbar* bar = m_toolbar;
    connect(bar, &LogsToolbar::sourcesChanged, this, [this] {
        applyFilter();
        rebuildPanes();
    });
    connect(bar, &LogsToolbar::levelChanged, this, &LogsPage::applyFilter);
    connect(bar, &LogsToolbar::timeWindowChanged, this, &LogsPage::onTimeWindowChanged);
    connect(bar, &LogsToolbar::startChosen, this, &LogsPage::onStartChosen);
    connect(bar, &LogsToolbar::sideBySideToggled, this, &LogsPage::setSideBySide);
    connect(bar, &LogsToolbar::wrapToggled, this, &LogsPage::setWrapping);
    connect(bar, &LogsToolbar::followToggled, this, &LogsPage::setFollowing);
    connect(bar, &LogsToolbar::pauseToggled, this, &LogsPage::setPaused);
    connect(bar, &LogsToolbar::clearClicked, this, &LogsPage::clearLines);
    connect(bar, &LogsToolbar::copyClicked, m_panes, &LogPanes::copySelection);
    connect(bar, &LogsToolbar::exportChosen, this, [this] { m_note.clear(); });
    connect(bar, &LogsToolbar::exportPathChosen, this, &LogsPage::exportTo);
    connect(bar, &LogsToolbar::searchChanged, this, &LogsPage::updateSearch);
    connect(bar, &LogsToolbar::findRequested, this, &LogsPage::find);
    connect(m_panes, &LogPanes::followingChanged, bar, &LogsToolbar::setFollowing);
    connect(m_panes, &LogPanes::activeViewChanged, this, &LogsPage::recountMatches);
    connect(m_panes, &LogPanes::currentRowChanged, this, &LogsPage::updateMatchCount);
    connect(this, &LogsPage::exported, this, &LogsPage::onExported);
}

void LogsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_panes->updateTitles();
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void LogsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_everShown = true;
    if (std::exchange(m_followWhenShown, false))
        startFollowing();
    else
        discoverServices(); // a service may have joined the project since
}

void LogsPage::reloadProfile()
{
    // The old profile's follower is stopped before its services are let go.
    m_follower.stop();
    m_services = m_active.current();
    m_banner->showProblem(QString()); // the new follower reports its own trouble
    // The profile's services at once; the project's others once Docker has listed them.
    m_containers = core::ContainerMap(m_services->profile());
    m_discovering = m_services->hasProfile();
    m_toolbar->sources()->setSources(m_containers.services());
    // Another profile (or the same reloaded) follows from the tail again.
    m_session.plan().forgetRange();
    m_toolbar->showStart(m_session.plan().tail(), false);
    resetStore();
    applyFilter();
    rebuildPanes();
    startFollowing();
    discoverServices();
}

void LogsPage::discoverServices()
{
    if (!m_services->hasProfile())
        return;
    core::ContainerMap::discover(m_services->docker(), m_services->profile())
        .then(this, [this, services = m_services](const core::ContainerMap& found) {
            if (services != m_services)
                return; // another profile's
            const bool first = std::exchange(m_discovering, false);
            if (!first && found.all() == m_containers.all())
                return;
            // Every service the project has is followed, not only the five roles. A service
            // that joined later is read from the tail like the others.
            const bool changed = found.all() != m_containers.all();
            m_containers = found;
            m_toolbar->sources()->setSources(m_containers.services());
            if (changed) {
                applyFilter();
                rebuildPanes();
            }
            if (first || changed) {
                if (changed && m_follower)
                    resetStore();
                startFollowing();
            }
        });
}

void LogsPage::onStartChosen(int tail)
{
    // Another starting point: read again from there.
    m_session.plan().startFrom(tail);
    m_toolbar->showStart(tail, false);
    resetStore();
    startFollowing();
}

void LogsPage::startFollowing()
{
    m_follower.stop();
    // Not before the page is first shown: a panel opened on another page does not stream the
    // stack's logs at start-up for nothing. Once shown, it keeps following while hidden, so
    // coming back shows every line.
    m_followWhenShown = !m_everShown;
    // Once the project's services are known (a moment): then every one of them is read once.
    const core::ContainerMap& map = m_containers;
    if (m_followWhenShown || m_discovering || map.all().isEmpty())
        return;
    QList<core::LogFollower::Source> sources;
    for (auto it = map.all().cbegin(); it != map.all().cend(); ++it)
        sources.append({it.key(), it.value()});
    core::DockerClient& client = logClient();
    // A batch or state the old follower queued before a restart never lands in the store
    // cleared for the new read: the handle drops the signals of an instance it stopped.
    m_follower.reset(new core::LogFollower(client, m_session.plan().options(sources, nowNs())),
                     client.thread());
    m_follower.connect(&core::LogFollower::batchReady, this, &LogsPage::appendBatch);
    m_follower.connect(&core::LogFollower::connectionChanged, this, &LogsPage::onConnection);
    // A range read to its end (nothing to follow) replaces "Reading…" with what it found.
    m_follower.connect(&core::LogFollower::finished, this, &LogsPage::updateStatus);
    m_follower.start();
}

core::DockerClient& LogsPage::logClient()
{
    // The profile's stream client: background priority, apart from the other pages' calls.
    return m_services->streamDocker();
}

void LogsPage::onConnection(bool connected, const core::Error& error)
{
    m_banner->showProblem(
        connected
            ? QString()
            : tr("Following paused: %1 The log resumes where it stopped.").arg(error.message()));
}

void LogsPage::appendBatch(const core::LogBatch& batch)
{
    if (const auto change = m_session.append(batch)) {
        m_panes->storeAppended(*change);
        m_matches->storeChanged(*change);
    }
    scheduleStatus();
}

void LogsPage::scheduleStatus()
{
    // A label's new text lays the page out again: five times a second is plenty.
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void LogsPage::setLineLimit(int lines)
{
    // Lines the smaller cap dropped leave every view from the top; nothing was added.
    const core::LogStore::Change dropped = m_session.setLineLimit(lines);
    m_panes->storeAppended(dropped);
    m_matches->storeChanged(dropped);
    scheduleStatus();
}

void LogsPage::clearLines()
{
    m_note.clear();
    resetStore();
    // The user's Clear: what came before is gone on purpose, and a filter change must not
    // read it back from Docker (until a new time window or start point is asked for).
    m_session.plan().cleared(nowNs());
}

void LogsPage::resetStore()
{
    m_session.reset();
    m_panes->storeCleared();
    m_matches->storeCleared();
    updateStatus();
}

void LogsPage::setPaused(bool paused)
{
    m_toolbar->setPaused(paused);
    if (paused) {
        m_session.pause();
        return updateStatus();
    }
    for (const core::LogBatch& b : m_session.resume())
        appendBatch(b);
    updateStatus();
}

void LogsPage::setFollowing(bool follow)
{
    m_toolbar->setFollowing(follow);
    m_panes->setFollowing(follow);
}

bool LogsPage::isFollowing() const
{
    return m_toolbar->isFollowing();
}

void LogsPage::setSideBySide(bool sideBySide)
{
    m_toolbar->setSideBySide(sideBySide);
    m_settings.setValue(core::SettingKeys::logSideBySide, sideBySide);
    rebuildPanes();
}

void LogsPage::setWrapping(bool wrap)
{
    m_toolbar->setWrapping(wrap);
    m_settings.setValue(core::SettingKeys::logWrapLines, wrap);
    m_panes->setWrapping(wrap);
}

bool LogsPage::isWrapping() const
{
    return m_panes->isWrapping();
}

bool LogsPage::isSideBySide() const
{
    return m_toolbar->isSideBySide();
}

void LogsPage::rebuildPanes()
{
    m_panes->arrange(isSideBySide(), chosenServices(), currentFilter());
    recountMatches();
}

QStringList LogsPage::chosenServices() const
{
    return m_toolbar->sources()->chosen();
}

void LogsPage::showService(const QString& service)
{
    m_toolbar->sources()->setChosen(service.isEmpty() ? QStringList() : QStringList{service});
}

void LogsPage::setChosenServices(const QStringList& services)
{
    m_toolbar->sources()->setChosen(services);
}

LogsModel* LogsPage::model() const
{
    return m_panes->model();
}

LogView* LogsPage::view() const
{
    return m_panes->view();
}

QList<LogView*> LogsPage::paneViews() const
{
    return m_panes->paneViews();
}

core::LogFilter LogsPage::currentFilter() const
{
    core::LogFilter filter;
    if (!m_toolbar->sources()->allChosen())
        filter.sources = chosenServices();
    filter.minimumLevel = m_toolbar->minimumLevel();
    m_toolbar->timeWindow().applyTo(filter, nowNs());
    if (m_toolbar->onlyMatching()) {
        const core::LogMatcher matcher = m_toolbar->matcher();
        if (matcher.isValid())
            filter.text = matcher;
    }
    return filter;
}

void LogsPage::onTimeWindowChanged()
{
    m_session.plan().windowChosen(); // read what it needs, even after a Clear
    applyFilter();
}

void LogsPage::applyFilter()
{
    m_note.clear();
    m_toolbar->rangeBar()->settle(); // what the date edits hold is applied now
    if (m_toolbar->isRangeChosen() && !m_toolbar->isRangeBarShown())
        m_toolbar->rangeBar()->prefill(m_session.suggestedRangeStartNs(nowNs()));
    m_toolbar->showRangeBar(m_toolbar->isRangeChosen());
    if (m_toolbar->timeWindow().isSliding())
        m_windowTimer->start();
    else
        m_windowTimer->stop();
    m_panes->setFilter(currentFilter());
    recountMatches();
    updateStatus();
    m_coverageTimer->start();
}

void LogsPage::setTimeRange(qint64 fromNs, qint64 toNs)
{
    if (fromNs == 0 && toNs == 0)
        return m_toolbar->chooseAnyTime();
    m_toolbar->chooseRange(fromNs, toNs);
    onTimeWindowChanged();
}

void LogsPage::slideWindow()
{
    // "Last 5 minutes" keeps meaning the last five: lines that grew older leave from the top.
    const core::LogTimeWindow window = m_toolbar->timeWindow();
    if (!window.isSliding())
        return;
    m_panes->advanceFrom(window.fromNs(nowNs()));
    updateStatus();
}

void LogsPage::ensureCoverage()
{
    // A date still being typed is no range to read: its filter pass restarts this timer.
    if (m_toolbar->rangeBar()->isEditing())
        return;
    const core::LogFilter filter = currentFilter();
    const auto reading = m_session.plan().settle(filter, m_session.store());
    if (reading == core::LogReadPlan::Reading::Keep)
        return;
    const bool range = reading == core::LogReadPlan::Reading::Range;
    m_toolbar->showStart(m_session.plan().tail(), range);
    resetStore();
    startFollowing();
    if (range)
        m_status->setText(
            tr("Reading the containers' logs from %1…")
                .arg(QLocale().toString(core::LogTimestamp::toDateTime(filter.fromNs).toLocalTime(),
                                        QLocale::ShortFormat)));
}

void LogsPage::updateSearch()
{
    m_note.clear();
    const core::LogMatcher matcher = m_toolbar->matcher();
    m_searchError = matcher.isValid() ? QString() : matcher.errorString();
    m_toolbar->showSearchValid(matcher.isValid());
    m_panes->setMatcher(matcher.isValid() ? matcher : core::LogMatcher());
    recountMatches();
    // "Only matching" makes the search a filter: a new search (or the box unticked) filters
    // again.
    const bool onlyMatching = m_toolbar->onlyMatching();
    if (onlyMatching || std::exchange(m_filteringByText, onlyMatching))
        applyFilter();
    m_filteringByText = onlyMatching;
    updateStatus();
}

void LogsPage::recountMatches()
{
    m_matches->restart(view(), m_toolbar->matcher());
}

void LogsPage::updateMatchCount()
{
    if (view() != m_matches->view())
        return recountMatches(); // another pane became the one searched
    m_toolbar->showMatchCount(m_matches->text());
}

void LogsPage::focusSearch()
{
    m_toolbar->focusSearch();
}

void LogsPage::clearSearch()
{
    m_toolbar->clearSearch();
}

void LogsPage::findNext()
{
    find(true);
}

void LogsPage::findPrevious()
{
    find(false);
}

void LogsPage::find(bool forward)
{
    m_toolbar->flushSearch();
    const core::LogMatcher matcher = m_toolbar->matcher();
    if (!matcher.isValid() || matcher.isEmpty())
        return;
    setNote(m_panes->find(matcher, forward)
                ? QString()
                : tr("No line matches “%1”.").arg(m_toolbar->searchText()));
}

void LogsPage::updateStatus()
{
    m_statusTimer->stop();
    const core::LogStore& store = m_session.store();
    QString text = tr("%Ln line(s) shown", "", model()->rowCount()) + QStringLiteral(" · ") +
                   tr("%Ln stored", "", int(store.size()));
    const auto capped = [](qint64 n) {
        return int(qMin<qint64>(n, INT_MAX));
    };
    if (droppedLines() > 0)
        text +=
            QStringLiteral(" · ") + tr("%Ln oldest dropped (limit %1)", "", capped(droppedLines()))
                                        .arg(QLocale().toString(store.capacity()));
    if (isPaused()) {
        text += QStringLiteral(" · ") + tr("paused: %Ln line(s) waiting", "", int(waitingLines()));
        if (m_session.droppedWhilePaused() > 0)
            text += QStringLiteral(" · ") + tr("%Ln dropped while paused (limit %1)", "",
                                               capped(m_session.droppedWhilePaused()))
                                                .arg(QLocale().toString(store.capacity()));
    }
    if (!m_searchError.isEmpty())
        text += QStringLiteral(" · ") + tr("search: %1").arg(m_searchError);
    if (!m_note.isEmpty())
        text += QStringLiteral(" · ") + m_note;
    m_status->setText(text);
}

void LogsPage::setNote(const QString& note)
{
    // Stays while lines stream in (the status is rebuilt several times a second) until the
    // user's next action replaces or clears it.
    m_note = note;
    updateStatus();
}

void LogsPage::exportTo(const QString& path, bool onlyShown)
{
    // A snapshot of the store shares its lines (nothing is copied here); the lines are
    // formatted and written on a pool thread. "Shown" is the view's filter over them.
    const auto* shown = qobject_cast<const LogsModel*>(view()->model());
    core::LogExporter::write(m_session.store().snapshot(),
                             onlyShown ? shown->filter() : core::LogFilter(), path)
        .then(this, [this, path](const core::Status& written) {
            Q_EMIT exported(path, written ? core::Error() : written.error());
        });
}

void LogsPage::onExported(const QString& path, const core::Error& error)
{
    if (!error.isError()) {
        setNote(tr("Saved to %1.").arg(path));
        return;
    }
    // open(), not exec(): batches keep arriving while the message is up.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error.message(),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace artgen::gui
