#include "logspage.h"

#include "common/connectionbanner.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "logrowdelegate.h"
#include "logs/logfollower.h"
#include "logs/logtimestamp.h"
#include "logsmodel.h"
#include "logview.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "sourcechooser.h"
#include "util/workerthread.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <climits>

namespace artgen::gui {

namespace {
constexpr qint64 kNsPerMin = 60LL * 1000000000LL;
constexpr int kCustomRange = -1;   // the time filter's "from–to" entry
constexpr int kTailFromRange = -2; // the start entry shown while a range is read from Docker

// A side-by-side pane's filter: the page's, for its one container.
core::LogFilter forService(core::LogFilter filter, const QString& service)
{
    filter.sources = QStringList{service};
    return filter;
}

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}
} // namespace

LogsPage::LogsPage(core::ActiveServices& services, core::SettingsStore& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_active(services),
      m_store(settings.value(core::SettingKeys::logLineLimit))
{
    qRegisterMetaType<core::LogBatch>();
    m_model = new LogsModel(m_store, this);
    buildUi();
    retranslate();
    {
        // The remembered layout first, so reloadProfile() builds the panes once.
        const QSignalBlocker block(m_split);
        m_split->setChecked(m_settings.value(core::SettingKeys::logSideBySide));
    }
    connect(&m_active, &core::ActiveServices::switched, this, &LogsPage::reloadProfile);
    m_settings.watch(core::SettingKeys::logLineLimit, this, [this](int n) { setLineLimit(n); });
    reloadProfile();
    connect(this, &LogsPage::exported, this, [this](const QString& path, const core::Error& e) {
        if (e.isError()) {
            // open(), not exec(): batches keep arriving while the message is up.
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), e.message(),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else
            m_status->setText(tr("Saved to %1.").arg(path));
    });
}

LogsPage::~LogsPage()
{
    // The views and models read the store, a member that goes before QWidget deletes children.
    delete m_splitter;
    delete m_model;
    // Stopped and deleted on its thread; that thread ends only after what was queued to it.
    m_follower.stop();
}

void LogsPage::buildUi()
{
    auto* root = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    root->addWidget(m_banner);

    auto* filters = new QHBoxLayout;
    m_source = new SourceChooser(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_tail = new QComboBox(this);
    m_tail->setObjectName(QStringLiteral("initialLines"));
    m_split = new QPushButton(this);
    m_split->setObjectName(QStringLiteral("sideBySide"));
    m_split->setCheckable(true);
    m_follow = new QPushButton(this);
    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setCheckable(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clear"));
    for (QComboBox* box : {m_level, m_time, m_tail}) {
        // Sized by a few characters, not by the longest entry: longer languages (Russian) must
        // not push the page wider than the screen; the open list shows entries whole.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    m_source->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_source->setMaximumWidth(220);
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_level, m_time, m_tail, m_split})
        filters->addWidget(w);
    filters->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_follow, m_pause, m_clear})
        filters->addWidget(w);
    root->addLayout(filters);
    m_rangeBar = buildRangeBar();
    root->addWidget(m_rangeBar);

    auto* search = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_regex = new QCheckBox(this);
    m_case = new QCheckBox(this);
    m_prev = new QPushButton(this);
    m_next = new QPushButton(this);
    search->addWidget(m_search, 1);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_regex, m_case, m_prev, m_next, m_copy, m_export})
        search->addWidget(w);
    root->addLayout(search);

    m_delegate = new LogRowDelegate(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("logPanes"));
    m_splitter->setChildrenCollapsible(false);
    m_mergedView = makeView(m_model, m_splitter);
    m_mergedView->setObjectName(QStringLiteral("logView"));
    m_splitter->addWidget(m_mergedView);
    m_activeView = m_mergedView;
    root->addWidget(m_splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    root->addWidget(m_status);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(200);
    m_windowTimer = new QTimer(this);
    m_windowTimer->setInterval(1000);
    m_coverageTimer = new QTimer(this);
    m_coverageTimer->setObjectName(QStringLiteral("coverageTimer"));
    m_coverageTimer->setSingleShot(true);
    m_coverageTimer->setInterval(700);

    connect(m_source, &SourceChooser::chosenChanged, this, [this] {
        applyFilter();
        rebuildPanes();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_time, &QComboBox::currentIndexChanged, this, &LogsPage::onTimeWindowChanged);
    connect(m_tail, &QComboBox::activated, this, [this] {
        if (m_tail->currentData().toInt() == kTailFromRange)
            return; // reading the range already
        // Another starting point: read again from there.
        forgetRangeRead();
        resetStore();
        startFollowing();
    });
    connect(m_split, &QPushButton::toggled, this, &LogsPage::setSideBySide);
    connect(m_follow, &QPushButton::toggled, this, &LogsPage::setFollowing);
    connect(m_pause, &QPushButton::toggled, this, &LogsPage::setPaused);
    connect(m_clear, &QPushButton::clicked, this, &LogsPage::clearLines);
    connect(m_copy, &QPushButton::clicked, this, &LogsPage::copySelection);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LogsPage::updateSearch);
    connect(m_regex, &QCheckBox::toggled, this, &LogsPage::updateSearch);
    connect(m_case, &QCheckBox::toggled, this, &LogsPage::updateSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &LogsPage::findNext);
    connect(m_next, &QPushButton::clicked, this, &LogsPage::findNext);
    connect(m_prev, &QPushButton::clicked, this, &LogsPage::findPrevious);
    connect(m_windowTimer, &QTimer::timeout, this, &LogsPage::slideWindow);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        updatePaneTitles();
        updateStatus();
    });
    connect(m_coverageTimer, &QTimer::timeout, this, &LogsPage::ensureCoverage);
}

QWidget* LogsPage::buildRangeBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("timeRange"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto edit = [bar](const QString& name) {
        auto* e = new QDateTimeEdit(bar);
        e->setObjectName(name);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setTimeSpec(Qt::LocalTime);
        return e;
    };
    m_fromLabel = new QLabel(bar);
    m_from = edit(QStringLiteral("rangeFrom"));
    m_toLabel = new QLabel(bar);
    m_to = edit(QStringLiteral("rangeTo"));
    m_toNow = new QCheckBox(bar);
    m_toNow->setObjectName(QStringLiteral("rangeToNow"));
    m_toNow->setChecked(true);
    m_to->setEnabled(false);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_fromLabel, m_from, m_toLabel, m_to, m_toNow})
        row->addWidget(w);
    row->addStretch(1);
    bar->hide();
    // Typing a date changes it digit by digit: filter every view once the typing pauses, not
    // for every digit (each pass reads every stored line).
    m_rangeEditTimer = new QTimer(this);
    m_rangeEditTimer->setObjectName(QStringLiteral("rangeEditTimer"));
    m_rangeEditTimer->setSingleShot(true);
    m_rangeEditTimer->setInterval(300);
    connect(m_rangeEditTimer, &QTimer::timeout, this, &LogsPage::onTimeWindowChanged);
    for (QDateTimeEdit* e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_rangeEditTimer, qOverload<>(&QTimer::start));
    connect(m_toNow, &QCheckBox::toggled, this, [this](bool now) {
        m_to->setEnabled(!now);
        if (!now && m_to->dateTime() < m_from->dateTime())
            m_to->setDateTime(QDateTime::currentDateTime());
        onTimeWindowChanged();
    });
    return bar;
}

LogView* LogsPage::makeView(LogsModel* model, QWidget* parent)
{
    auto* view = new LogView(parent);
    view->setItemDelegate(m_delegate);
    view->setModel(model);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setFollowing(isFollowing());
    view->installEventFilter(this);
    connect(view, &LogView::followingChanged, this, &LogsPage::onViewFollowing);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, view);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &LogsPage::copySelection);
    return view;
}

void LogsPage::retranslate()
{
    const QSignalBlocker b2(m_level), b3(m_time), b4(m_tail);
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    m_source->retranslate();
    refill(m_level, {{tr("All levels"), int(core::LogLevel::Unknown)},
                     {tr("Info and above"), int(core::LogLevel::Info)},
                     {tr("Warnings and above"), int(core::LogLevel::Warning)},
                     {tr("Errors and above"), int(core::LogLevel::Error)},
                     {tr("Critical only"), int(core::LogLevel::Critical)}});
    refill(m_time, {{tr("Any time"), 0},
                    {tr("Last 5 minutes"), 5},
                    {tr("Last 15 minutes"), 15},
                    {tr("Last hour"), 60},
                    {tr("Last 24 hours"), 24 * 60},
                    {tr("From … to …"), kCustomRange}});
    m_time->setToolTip(tr("Only lines from a time window. A window reaching back before the "
                          "lines read so far reads the containers' logs again from there."));
    const bool fromRange = m_tail->currentData().toInt() == kTailFromRange;
    QList<std::pair<QString, QVariant>> tails{{tr("Start: last 50 lines"), 50},
                                              {tr("Start: last 100 lines"), 100},
                                              {tr("Start: last 1000 lines"), 1000},
                                              {tr("Start: last 10 000 lines"), 10000},
                                              {tr("Start: everything"), -1}};
    if (fromRange)
        tails.append({tr("Start: the time range"), kTailFromRange});
    refill(m_tail, tails);
    if (m_tail->property("initialised").isNull()) {
        m_tail->setCurrentIndex(m_tail->findData(1000));
        m_tail->setProperty("initialised", true);
    }
    m_tail->setToolTip(tr("How much of each container's past log to read when following starts."));
    m_split->setText(tr("Side by side"));
    m_split->setToolTip(tr("One pane per chosen container instead of one merged timeline."));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view. Scrolling up turns it off."));
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Freeze the view; new lines keep arriving and are shown on resume."));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected lines (Ctrl+C)."));
    m_export->setText(tr("Export"));
    m_export->menu()->clear();
    m_export->menu()->addAction(tr("Export the shown lines…"), this,
                                [this] { chooseExport(true); });
    m_export->menu()->addAction(tr("Export every stored line…"), this,
                                [this] { chooseExport(false); });
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Forget the lines shown so far; following goes on."));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_toNow->setText(tr("now (keep following)"));
    m_search->setPlaceholderText(tr("Search (Enter: next match)"));
    m_regex->setText(tr("Regex"));
    m_regex->setToolTip(tr("Search with a regular expression instead of plain text."));
    m_case->setText(tr("Match case"));
    m_prev->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    updatePaneTitles();
    updateStatus();
}

void LogsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool LogsPage::eventFilter(QObject* watched, QEvent* event)
{
    // The pane last clicked or focused is the one find, copy and export act on.
    if (event->type() == QEvent::FocusIn)
        if (auto* view = qobject_cast<LogView*>(watched))
            m_activeView = view;
    return QWidget::eventFilter(watched, event);
}

void LogsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_everShown = true;
    if (std::exchange(m_followWhenShown, false))
        startFollowing();
}

void LogsPage::reloadProfile()
{
    // The old profile's follower is stopped before its services are let go.
    stopFollowing();
    m_services = m_active.current();
    m_profile = m_services->profile();
    m_banner->showProblem(QString()); // the new follower reports its own trouble
    m_source->setSources(core::ContainerMap(m_profile).services());
    forgetRangeRead();
    resetStore();
    applyFilter();
    rebuildPanes();
    startFollowing();
}

void LogsPage::onTimeWindowChanged()
{
    m_clearedAtNs = 0; // a window asked for now: read what it needs, even after a Clear
    applyFilter();
}

void LogsPage::forgetRangeRead()
{
    m_readSinceNs = m_readUntilNs = 0;
    m_clearedAtNs = 0;
    const QSignalBlocker block(m_tail);
    const int range = m_tail->findData(kTailFromRange);
    if (range < 0)
        return;
    const bool wasCurrent = m_tail->currentIndex() == range;
    m_tail->removeItem(range);
    if (wasCurrent) // the start the page opens with
        m_tail->setCurrentIndex(m_tail->findData(1000));
}

void LogsPage::startFollowing()
{
    stopFollowing();
    // Not before the page is first shown: a panel opened on another page does not stream the
    // stack's logs at start-up for nothing. Once shown, it keeps following while hidden, so
    // coming back shows every line.
    m_followWhenShown = !m_everShown;
    const core::ContainerMap map(m_profile);
    if (m_followWhenShown || map.all().isEmpty())
        return;
    core::LogFollower::Options options;
    for (auto it = map.all().cbegin(); it != map.all().cend(); ++it)
        options.sources.append({it.key(), it.value()});
    if (m_readSinceNs > 0 || m_readUntilNs > 0) {
        // A range that reaches back before the stored lines: everything Docker has in it.
        options.tail = -1;
        options.sinceNs = m_readSinceNs;
        options.untilNs = m_readUntilNs;
        options.follow = m_readUntilNs == 0 || m_readUntilNs > nowNs();
    } else {
        options.tail = m_tail->currentData().toInt();
        options.follow = true;
    }
    m_followAll = options.tail < 0;
    // A batch or state the old follower queued before a restart never lands in the store
    // cleared for the new read: the handle drops the signals of an instance it stopped.
    // The profile's stream client: background priority, apart from the other pages' calls.
    core::DockerClient& client = m_services->streamDocker();
    m_follower.reset(new core::LogFollower(client, options), client.thread());
    m_follower.connect(&core::LogFollower::batchReady, this, &LogsPage::appendBatch);
    m_follower.connect(&core::LogFollower::connectionChanged, this, &LogsPage::onConnection);
    // A range read to its end (nothing to follow) replaces "Reading…" with what it found.
    m_follower.connect(&core::LogFollower::finished, this, &LogsPage::updateStatus);
    m_follower.start();
}

void LogsPage::stopFollowing()
{
    // It lives on the Docker thread: stopped and deleted there.
    m_follower.stop();
}

void LogsPage::onConnection(bool connected, const core::Error& error)
{
    m_banner->showProblem(
        connected
            ? QString()
            : tr("Following paused: %1 The log resumes where it stopped.").arg(error.message()));
}

QList<LogsModel*> LogsPage::models() const
{
    QList<LogsModel*> all{m_model};
    for (const Pane& p : m_panes)
        all << p.model;
    return all;
}

void LogsPage::appendBatch(const core::LogBatch& batch)
{
    if (isPaused()) {
        m_waiting << batch;
        m_waitingLines += batch.size();
        // Waiting lines are bounded like the store: the oldest go first, counted.
        while (m_waitingLines > m_store.capacity() && m_waiting.size() > 1) {
            m_waitingLines -= m_waiting.first().size();
            m_waitingDropped += m_waiting.first().size();
            m_waiting.removeFirst();
        }
        return scheduleStatus();
    }
    const core::LogStore::Change change = m_store.append(batch);
    for (LogsModel* model : models())
        model->storeAppended(change);
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
    m_store.setCapacity(qMax(1000, lines));
    // Lines the smaller cap dropped leave every view from the top; nothing was added.
    core::LogStore::Change change;
    change.firstChanged = m_store.size();
    for (LogsModel* model : models())
        model->storeAppended(change);
    scheduleStatus();
}

void LogsPage::clearLines()
{
    resetStore();
    // The user's Clear: what came before is gone on purpose, and a filter change must not
    // read it back from Docker (until a new time window or start point is asked for).
    m_clearedAtNs = nowNs();
}

void LogsPage::resetStore()
{
    m_store.clear();
    for (LogsModel* model : models())
        model->storeCleared();
    m_waiting.clear();
    m_waitingLines = 0;
    m_waitingDropped = 0;
    updatePaneTitles();
    updateStatus();
}

bool LogsPage::isFollowing() const
{
    return m_follow->isChecked();
}

bool LogsPage::isPaused() const
{
    return m_pause->isChecked();
}

bool LogsPage::isSideBySide() const
{
    return m_split->isChecked();
}

QStringList LogsPage::chosenServices() const
{
    return m_source->chosen();
}

LogView* LogsPage::view() const
{
    if (!isSideBySide() || m_panes.isEmpty())
        return m_mergedView;
    for (const Pane& p : m_panes)
        if (p.view == m_activeView)
            return p.view;
    return m_panes.first().view;
}

QList<LogView*> LogsPage::paneViews() const
{
    QList<LogView*> views;
    for (const Pane& p : m_panes)
        views << p.view;
    return views;
}

void LogsPage::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow) {
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(follow);
    }
    m_mergedView->setFollowing(follow);
    for (const Pane& p : std::as_const(m_panes))
        p.view->setFollowing(follow);
}

void LogsPage::onViewFollowing()
{
    // The button says whether the views keep up: any view scrolled up by the user turns it off,
    // every shown view back at its bottom turns it on again.
    bool all = true;
    if (isSideBySide() && !m_panes.isEmpty()) {
        for (const Pane& p : std::as_const(m_panes))
            all = all && p.view->isFollowing();
    } else {
        all = m_mergedView->isFollowing();
    }
    const QSignalBlocker block(m_follow);
    m_follow->setChecked(all);
}

void LogsPage::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    if (paused)
        return updateStatus();
    const QList<core::LogBatch> waiting = std::exchange(m_waiting, {});
    m_waitingLines = 0;
    for (const core::LogBatch& b : waiting)
        appendBatch(b);
    updateStatus();
}

void LogsPage::setSideBySide(bool sideBySide)
{
    if (m_split->isChecked() != sideBySide) {
        const QSignalBlocker block(m_split);
        m_split->setChecked(sideBySide);
    }
    m_settings.setValue(core::SettingKeys::logSideBySide, sideBySide);
    rebuildPanes();
}

void LogsPage::rebuildPanes()
{
    for (const Pane& p : std::as_const(m_panes))
        delete p.box; // the view, its model and title go with it
    m_panes.clear();
    const bool split = isSideBySide();
    m_mergedView->setVisible(!split);
    if (!split) {
        m_activeView = m_mergedView;
        return onViewFollowing();
    }
    const core::LogFilter base = currentFilter();
    for (const QString& service : m_source->chosen()) {
        Pane pane;
        pane.service = service;
        pane.box = new QWidget(m_splitter);
        auto* column = new QVBoxLayout(pane.box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        pane.title = new QLabel(pane.box);
        pane.title->setObjectName(QStringLiteral("paneTitle"));
        pane.model = new LogsModel(m_store, pane.box);
        pane.model->setFilter(forService(base, service));
        pane.view = makeView(pane.model, pane.box);
        pane.view->setObjectName(QStringLiteral("logView:") + service);
        column->addWidget(pane.title);
        column->addWidget(pane.view, 1);
        m_splitter->addWidget(pane.box);
        m_panes << pane;
    }
    m_activeView = m_panes.isEmpty() ? m_mergedView : m_panes.first().view;
    // Equal widths to start with.
    m_splitter->setSizes(QList<int>(m_splitter->count(), 1000));
    updatePaneTitles();
    onViewFollowing();
}

void LogsPage::updatePaneTitles()
{
    int position = 0;
    for (const Pane& p : std::as_const(m_panes)) {
        // The same colour as the tag the merged timeline gives this container.
        const int index = m_store.sourceIndex(p.service);
        const QColor color = LogRowDelegate::sourceColor(index >= 0 ? index : position);
        p.title->setStyleSheet(
            QStringLiteral("background: %1; color: white; padding: 3px 6px; border-radius: 3px;")
                .arg(color.name()));
        p.title->setText(tr("%1 · %n line(s)", "", p.model->rowCount()).arg(p.service));
        ++position;
    }
}

core::LogFilter LogsPage::currentFilter() const
{
    core::LogFilter filter;
    if (!m_source->allChosen())
        filter.sources = m_source->chosen();
    filter.minimumLevel = core::LogLevel(m_level->currentData().toInt());
    const int minutes = m_time->currentData().toInt();
    if (minutes > 0) {
        filter.fromNs = nowNs() - minutes * kNsPerMin;
    } else if (minutes == kCustomRange) {
        // The editors show whole seconds: "to 10:00:19" takes in all of that second.
        const auto seconds = [](const QDateTimeEdit* e) {
            return e->dateTime().toSecsSinceEpoch() * 1000000000LL;
        };
        filter.fromNs = seconds(m_from);
        filter.toNs = m_toNow->isChecked() ? 0 : seconds(m_to) + 999999999LL;
    }
    return filter;
}

void LogsPage::applyFilter()
{
    m_rangeEditTimer->stop(); // what the date edits hold is applied now
    const int minutes = m_time->currentData().toInt();
    if (minutes == kCustomRange && m_rangeBar->isHidden()) {
        // First shown: what is stored (from the first whole second after its oldest line, so
        // opening the range does not read again), or the last hour, up to now.
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDateTime(m_store.isEmpty()
                                ? QDateTime::currentDateTime().addSecs(-3600)
                                : QDateTime::fromSecsSinceEpoch(
                                      m_store.at(0).timestampNs / 1000000000LL + 1, Qt::LocalTime));
        m_to->setDateTime(QDateTime::currentDateTime());
    }
    m_rangeBar->setVisible(minutes == kCustomRange);
    if (minutes > 0)
        m_windowTimer->start();
    else
        m_windowTimer->stop();
    const core::LogFilter filter = currentFilter();
    m_model->setFilter(filter);
    for (const Pane& p : std::as_const(m_panes))
        p.model->setFilter(forService(filter, p.service));
    updatePaneTitles();
    updateStatus();
    m_coverageTimer->start();
}

void LogsPage::setTimeRange(qint64 fromNs, qint64 toNs)
{
    if (fromNs == 0 && toNs == 0) {
        m_time->setCurrentIndex(0);
        return;
    }
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_toNow), b4(m_time);
        const auto local = [](qint64 ns) {
            return QDateTime::fromSecsSinceEpoch(ns / 1000000000LL, Qt::LocalTime);
        };
        m_from->setDateTime(local(fromNs));
        m_toNow->setChecked(toNs == 0);
        m_to->setEnabled(toNs != 0);
        m_to->setDateTime(toNs ? local(toNs) : QDateTime::currentDateTime());
        m_time->setCurrentIndex(m_time->findData(kCustomRange));
        m_rangeBar->setVisible(true);
    }
    onTimeWindowChanged();
}

void LogsPage::slideWindow()
{
    // "Last 5 minutes" keeps meaning the last five: lines that grew older leave from the top.
    const int minutes = m_time->currentData().toInt();
    if (minutes <= 0)
        return;
    const qint64 from = nowNs() - minutes * kNsPerMin;
    for (LogsModel* model : models())
        model->advanceFrom(from);
    updatePaneTitles();
    updateStatus();
}

bool LogsPage::storeCovers(const core::LogFilter& filter) const
{
    if (m_clearedAtNs > 0)
        return true; // everything since the user's Clear is stored; before it is unwanted
    if (m_readUntilNs > 0 && (filter.toNs == 0 || filter.toNs > m_readUntilNs))
        return false; // the range read earlier ends before this one does
    // Read from there (or from each container's beginning) already: what is missing was dropped
    // for the line cap, and reading again would drop it again.
    if (m_readSinceNs > 0 ? m_readSinceNs <= filter.fromNs : m_followAll)
        return true;
    return !m_store.isEmpty() && m_store.at(0).timestampNs <= filter.fromNs;
}

void LogsPage::ensureCoverage()
{
    // A date still being typed is no range to read: its filter pass restarts this timer.
    if (m_rangeEditTimer->isActive())
        return;
    const core::LogFilter filter = currentFilter();
    if (filter.fromNs == 0) {
        if (m_readSinceNs == 0 && m_readUntilNs == 0)
            return;
        // Back to any time after a range: follow from the chosen tail again.
        forgetRangeRead();
        resetStore();
        return startFollowing();
    }
    if (storeCovers(filter))
        return;
    // The window starts before the oldest line read: read Docker's logs again from there (up to
    // its end, when it has one), so the range shows what the containers printed in it.
    m_readSinceNs = filter.fromNs;
    m_readUntilNs = filter.toNs;
    {
        const QSignalBlocker block(m_tail);
        if (m_tail->findData(kTailFromRange) < 0)
            m_tail->addItem(tr("Start: the time range"), kTailFromRange);
        m_tail->setCurrentIndex(m_tail->findData(kTailFromRange));
    }
    resetStore();
    startFollowing();
    m_status->setText(
        tr("Reading the containers' logs from %1…")
            .arg(QLocale().toString(core::LogTimestamp::toDateTime(filter.fromNs).toLocalTime(),
                                    QLocale::ShortFormat)));
}

void LogsPage::showService(const QString& service)
{
    m_source->setChosen(service.isEmpty() ? QStringList() : QStringList{service});
}

void LogsPage::setChosenServices(const QStringList& services)
{
    m_source->setChosen(services);
}

void LogsPage::updateSearch()
{
    m_searchTimer->stop();
    const core::LogMatcher matcher(m_search->text(), m_regex->isChecked(), m_case->isChecked());
    m_searchError = matcher.isValid() ? QString() : matcher.errorString();
    m_search->setStyleSheet(matcher.isValid() ? QString() : QStringLiteral("background: #fde0dc;"));
    m_delegate->setMatcher(matcher.isValid() ? matcher : core::LogMatcher());
    m_mergedView->viewport()->update();
    for (const Pane& p : std::as_const(m_panes))
        p.view->viewport()->update();
    updateStatus();
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
    if (m_searchTimer->isActive())
        updateSearch();
    const core::LogMatcher matcher(m_search->text(), m_regex->isChecked(), m_case->isChecked());
    if (!matcher.isValid() || matcher.isEmpty())
        return;
    LogView* target = view();
    auto* model = qobject_cast<LogsModel*>(target->model());
    const QModelIndex current = target->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : model->rowCount());
    const int row = model->find(matcher, from, forward);
    if (row < 0) {
        m_status->setText(tr("No line matches “%1”.").arg(m_search->text()));
        return;
    }
    const QModelIndex index = model->index(row);
    target->setCurrentIndex(index);
    target->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // After the scroll (a match in the last half page scrolls to the bottom, which reads as
    // "follow again"): new lines must not scroll the match away. Other panes go on following.
    target->setFollowing(false);
}

void LogsPage::updateStatus()
{
    m_statusTimer->stop();
    QString text = tr("%n line(s) shown", "", m_model->rowCount()) + QStringLiteral(" · ") +
                   tr("%n stored", "", int(m_store.size()));
    if (droppedLines() > 0)
        text += QStringLiteral(" · ") +
                tr("%n oldest dropped (limit %1)", "", int(qMin<qint64>(droppedLines(), INT_MAX)))
                    .arg(m_store.capacity());
    if (isPaused()) {
        text += QStringLiteral(" · ") + tr("paused: %n line(s) waiting", "", int(m_waitingLines));
        if (m_waitingDropped > 0)
            text += QStringLiteral(" · ") + tr("%n dropped while paused (limit %1)", "",
                                               int(qMin<qint64>(m_waitingDropped, INT_MAX)))
                                                .arg(m_store.capacity());
    }
    if (!m_searchError.isEmpty())
        text += QStringLiteral(" · ") + tr("search: %1").arg(m_searchError);
    m_status->setText(text);
}

void LogsPage::copySelection()
{
    LogView* source = view();
    auto* model = qobject_cast<LogsModel*>(source->model());
    QModelIndexList rows = source->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QByteArray text;
    for (const QModelIndex& i : std::as_const(rows))
        text += model->exportLine(i.row()) + '\n';
    if (!text.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(text));
}

void LogsPage::chooseExport(bool onlyShown)
{
    // A dialog of our own, opened: the static getSaveFileName() runs a nested event loop while
    // batches keep arriving.
    auto* dialog = new QFileDialog(
        this, onlyShown ? tr("Export the shown lines") : tr("Export every stored line"),
        QStringLiteral("artgen-logs-%1.log")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("Log files (*.log *.txt)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, onlyShown](const QString& path) {
        if (!path.isEmpty())
            exportTo(path, onlyShown);
    });
    dialog->open();
}

void LogsPage::exportTo(const QString& path, bool onlyShown)
{
    // Copy the text here (fast, memory only), write it on a thread of its own: the UI thread
    // never waits for a disk.
    QByteArray text;
    if (onlyShown) {
        const auto* model = qobject_cast<LogsModel*>(view()->model());
        for (int r = 0; r < model->rowCount(); ++r)
            text += model->exportLine(r) + '\n';
    } else {
        // The whole store, unfiltered: the store's own rows.
        for (qsizetype i = 0; i < m_store.size(); ++i) {
            const core::LogEntry e = m_store.entry(i);
            text += core::LogTimestamp::format(e.timestampNs) + ' ' + e.source.toUtf8() + ' ' +
                    core::LogLevels::streamKey(e.stream).toLatin1() + ": " + e.text + '\n';
        }
    }
    QPointer<LogsPage> self(this);
    QThread* writer = QThread::create([self, path, text = std::move(text)] {
        QSaveFile file(path);
        core::Error error;
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            error = core::Error(
                core::Error::Code::Io, tr("The log could not be saved to %1.").arg(path),
                file.errorString(), tr("Choose another folder or free some disk space."));
        QMetaObject::invokeMethod(
            qApp,
            [self, path, error] {
                if (self)
                    Q_EMIT self->exported(path, error);
            },
            Qt::QueuedConnection);
    });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
}

} // namespace artgen::gui
