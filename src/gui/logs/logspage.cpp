#include "logspage.h"

#include "docker/dockerclient.h"
#include "logrowdelegate.h"
#include "logs/logfollower.h"
#include "logs/logtimestamp.h"
#include "logsmodel.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {
constexpr qint64 kNsPerMin = 60LL * 1000000000LL;
} // namespace

LogsPage::LogsPage(core::DockerClient& docker, core::SettingsStore& settings, QWidget* parent)
    : QWidget(parent), m_docker(docker), m_settings(settings)
{
    qRegisterMetaType<core::LogBatch>();
    m_model = new LogsModel(this);
    buildUi();
    retranslate();
    reloadProfile();
    connect(this, &LogsPage::exported, this, [this](const QString& path, const core::Error& e) {
        if (e.isError())
            QMessageBox::warning(this, tr("Export failed"), e.message());
        else
            m_status->setText(tr("Saved to %1.").arg(path));
    });
}

LogsPage::~LogsPage()
{
    stopFollowing();
}

void LogsPage::buildUi()
{
    auto* root = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fbe9e7; color: #8a2a1c; padding: 6px; border-radius: 3px;"));
    m_banner->hide();
    root->addWidget(m_banner);

    auto* filters = new QHBoxLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_tail = new QComboBox(this);
    m_tail->setObjectName(QStringLiteral("initialLines"));
    m_follow = new QPushButton(this);
    m_follow->setObjectName(QStringLiteral("follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setCheckable(true);
    m_copy = new QPushButton(this);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_clear = new QPushButton(this);
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_level, m_time, m_tail})
        filters->addWidget(w);
    filters->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_follow, m_pause, m_clear})
        filters->addWidget(w);
    root->addLayout(filters);

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

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_model);
    m_delegate = new LogRowDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true); // one row height: scrolling never measures rows
    // QListView lays out every row again after each batch; in batches of a few thousand rows
    // per event-loop turn, a 200 000-line view never stalls the UI thread.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(2000);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(mono);
    root->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    root->addWidget(m_status);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    connect(m_source, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_time, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_tail, &QComboBox::activated, this, [this] {
        // Another starting point: read again from there.
        m_model->clear();
        startFollowing();
    });
    connect(m_follow, &QPushButton::toggled, this, &LogsPage::setFollowing);
    connect(m_pause, &QPushButton::toggled, this, &LogsPage::setPaused);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        m_waiting.clear();
        m_waitingLines = 0;
        updateStatus();
    });
    connect(m_copy, &QPushButton::clicked, this, &LogsPage::copySelection);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_view);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &LogsPage::copySelection);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LogsPage::updateSearch);
    connect(m_regex, &QCheckBox::toggled, this, &LogsPage::updateSearch);
    connect(m_case, &QCheckBox::toggled, this, &LogsPage::updateSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &LogsPage::findNext);
    connect(m_next, &QPushButton::clicked, this, &LogsPage::findNext);
    connect(m_prev, &QPushButton::clicked, this, &LogsPage::findPrevious);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogsPage::onScrolled);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (!isFollowing())
            return;
        m_autoScrolling = true;
        m_view->verticalScrollBar()->setValue(max);
        m_autoScrolling = false;
    });
}

void LogsPage::retranslate()
{
    const QSignalBlocker b1(m_source), b2(m_level), b3(m_time), b4(m_tail);
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const int current = qMax(0, box->currentIndex());
        box->clear();
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(qMin(current, box->count() - 1));
    };
    QList<std::pair<QString, QVariant>> sources{{tr("All containers (merged)"), QString()}};
    for (auto it = m_profile.containers.cbegin(); it != m_profile.containers.cend(); ++it)
        sources.append({it.key(), it.key()});
    const QString chosen = m_source->currentData().toString();
    refill(m_source, sources);
    m_source->setCurrentIndex(qMax(0, m_source->findData(chosen)));
    m_source->setToolTip(tr("One container's log, or every container merged by time."));
    refill(m_level, {{tr("All levels"), int(core::LogLevel::Unknown)},
                     {tr("Info and above"), int(core::LogLevel::Info)},
                     {tr("Warnings and above"), int(core::LogLevel::Warning)},
                     {tr("Errors and above"), int(core::LogLevel::Error)},
                     {tr("Critical only"), int(core::LogLevel::Critical)}});
    refill(m_time, {{tr("Any time"), 0},
                    {tr("Last 5 minutes"), 5},
                    {tr("Last 15 minutes"), 15},
                    {tr("Last hour"), 60},
                    {tr("Last 24 hours"), 24 * 60}});
    refill(m_tail, {{tr("Start: last 100 lines"), 100},
                    {tr("Start: last 1000 lines"), 1000},
                    {tr("Start: last 10 000 lines"), 10000},
                    {tr("Start: everything"), -1}});
    if (m_tail->property("initialised").isNull()) {
        m_tail->setCurrentIndex(1);
        m_tail->setProperty("initialised", true);
    }
    m_tail->setToolTip(tr("How much of each container's past log to read when following starts."));
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
    m_search->setPlaceholderText(tr("Search (Enter: next match)"));
    m_regex->setText(tr("Regex"));
    m_regex->setToolTip(tr("Search with a regular expression instead of plain text."));
    m_case->setText(tr("Match case"));
    m_prev->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    updateStatus();
}

void LogsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogsPage::reloadProfile()
{
    const auto profile = m_settings.activeProfile();
    m_profile = profile ? *profile : core::Profile();
    retranslate(); // the container list changed
    m_model->clear();
    startFollowing();
}

void LogsPage::startFollowing()
{
    stopFollowing();
    if (m_profile.containers.isEmpty())
        return;
    core::LogFollower::Options options;
    for (auto it = m_profile.containers.cbegin(); it != m_profile.containers.cend(); ++it)
        options.sources.append({it.key(), it.value()});
    options.tail = m_tail->currentData().toInt();
    options.follow = true;
    auto* follower = new core::LogFollower(m_docker, options);
    follower->moveToThread(m_docker.thread());
    connect(follower, &core::LogFollower::batchReady, this, &LogsPage::appendBatch);
    connect(follower, &core::LogFollower::connectionChanged, this, &LogsPage::onConnection);
    m_follower = follower;
    QMetaObject::invokeMethod(follower, &core::LogFollower::start, Qt::QueuedConnection);
}

void LogsPage::stopFollowing()
{
    if (!m_follower)
        return;
    m_follower->disconnect(this);
    // It lives on the Docker thread: stop and delete it there.
    QPointer<core::LogFollower> f = m_follower;
    QMetaObject::invokeMethod(
        f,
        [f] {
            if (f) {
                f->stop();
                f->deleteLater();
            }
        },
        Qt::QueuedConnection);
    m_follower.clear();
}

void LogsPage::onConnection(bool connected, const core::Error& error)
{
    m_connectionError = connected ? QString() : error.message();
    m_banner->setText(
        connected
            ? QString()
            : tr("Following paused: %1 The log resumes where it stopped.").arg(error.message()));
    m_banner->setVisible(!connected);
}

void LogsPage::appendBatch(const core::LogBatch& batch)
{
    if (isPaused()) {
        m_waiting << batch;
        m_waitingLines += batch.size();
        // Waiting lines are bounded like the store: the oldest go first, counted.
        while (m_waitingLines > m_model->store().capacity() && m_waiting.size() > 1) {
            m_waitingLines -= m_waiting.first().size();
            m_waitingDropped += m_waiting.first().size();
            m_waiting.removeFirst();
        }
        updateStatus();
        return;
    }
    // No scrollToBottom() here: it forces the whole layout at once. The view follows when its
    // range grows (onRangeChanged), after its batched layout.
    m_autoScrolling = true;
    m_model->append(batch);
    m_autoScrolling = false;
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

void LogsPage::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    if (follow)
        m_view->scrollToBottom();
}

void LogsPage::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (paused)
        return updateStatus();
    const QList<core::LogBatch> waiting = std::exchange(m_waiting, {});
    m_waitingLines = 0;
    for (const core::LogBatch& b : waiting)
        appendBatch(b);
    updateStatus();
}

void LogsPage::onScrolled(int value)
{
    if (m_autoScrolling)
        return;
    // The user scrolled up: stop pulling the view down; back at the bottom: follow again.
    const bool atBottom = value >= m_view->verticalScrollBar()->maximum();
    if (m_follow->isChecked() != atBottom) {
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(atBottom);
    }
}

void LogsPage::showService(const QString& service)
{
    m_source->setCurrentIndex(qMax(0, m_source->findData(service)));
    applyFilter();
}

void LogsPage::applyFilter()
{
    core::LogFilter filter;
    const QString source = m_source->currentData().toString();
    if (!source.isEmpty())
        filter.sources = QStringList{source};
    filter.minimumLevel = core::LogLevel(m_level->currentData().toInt());
    const int minutes = m_time->currentData().toInt();
    if (minutes > 0)
        filter.fromNs = QDateTime::currentMSecsSinceEpoch() * 1000000 - minutes * kNsPerMin;
    m_model->setFilter(filter);
    if (isFollowing())
        m_view->scrollToBottom();
    updateStatus();
}

void LogsPage::updateSearch()
{
    m_searchTimer->stop();
    const core::LogMatcher matcher(m_search->text(), m_regex->isChecked(), m_case->isChecked());
    m_searchError = matcher.isValid() ? QString() : matcher.errorString();
    m_search->setStyleSheet(matcher.isValid() ? QString() : QStringLiteral("background: #fde0dc;"));
    m_delegate->setMatcher(matcher.isValid() ? matcher : core::LogMatcher());
    m_view->viewport()->update();
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
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : m_model->rowCount());
    const int row = m_model->find(matcher, from, forward);
    if (row < 0) {
        m_status->setText(tr("No line matches “%1”.").arg(m_search->text()));
        return;
    }
    setFollowing(false);
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogsPage::updateStatus()
{
    const core::LogStore& store = m_model->store();
    QString text = tr("%n line(s) shown", "", m_model->rowCount()) + QStringLiteral(" · ") +
                   tr("%n stored", "", int(store.size()));
    if (store.droppedCount() > 0)
        text +=
            QStringLiteral(" · ") +
            tr("%n oldest dropped (limit %1)", "", int(store.droppedCount())).arg(store.capacity());
    if (isPaused())
        text += QStringLiteral(" · ") + tr("paused: %n line(s) waiting", "", int(m_waitingLines));
    if (!m_searchError.isEmpty())
        text += QStringLiteral(" · ") + tr("search: %1").arg(m_searchError);
    m_status->setText(text);
}

void LogsPage::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QByteArray text;
    for (const QModelIndex& i : std::as_const(rows))
        text += m_model->exportLine(i.row()) + '\n';
    if (!text.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(text));
}

void LogsPage::chooseExport(bool onlyShown)
{
    const QString path = QFileDialog::getSaveFileName(
        this, onlyShown ? tr("Export the shown lines") : tr("Export every stored line"),
        QStringLiteral("artgen-logs-%1.log")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("Log files (*.log *.txt)"));
    if (!path.isEmpty())
        exportTo(path, onlyShown);
}

void LogsPage::exportTo(const QString& path, bool onlyShown)
{
    // Copy the text here (fast, memory only), write it on a thread of its own: the UI thread
    // never waits for a disk.
    QByteArray text;
    if (onlyShown) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            text += m_model->exportLine(r) + '\n';
    } else {
        // The whole store, unfiltered: the store's own rows.
        const core::LogStore& store = m_model->store();
        for (qsizetype i = 0; i < store.size(); ++i) {
            const core::LogEntry e = store.entry(i);
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
