#include "logstoolbar.h"

#include "fittingcombobox.h"
#include "lograngebar.h"
#include "logs/logreadplan.h"
#include "logspage.h"
#include "sourcechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {
constexpr int kCustomRange = -1;   // the time filter's "from–to" entry
constexpr int kTailFromRange = -2; // the start entry shown while a range is read from Docker

QPushButton* button(const QString& name, QWidget* parent, bool checkable = false)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(name);
    b->setCheckable(checkable);
    return b;
}

void setCheckedQuietly(QPushButton* button, bool on)
{
    const QSignalBlocker block(button);
    button->setChecked(on);
}
} // namespace

LogsToolbar::LogsToolbar(QWidget* parent) : QWidget(parent)
{
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    buildFilterRow(rows);
    m_rangeBar = new LogRangeBar(this);
    m_rangeBar->hide();
    rows->addWidget(m_rangeBar);
    buildActionRow(rows);
    buildSearchRow(rows);
    retranslate();

    connect(m_source, &SourceChooser::chosenChanged, this, &LogsToolbar::sourcesChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsToolbar::levelChanged);
    connect(m_time, &QComboBox::currentIndexChanged, this, &LogsToolbar::timeWindowChanged);
    connect(m_rangeBar, &LogRangeBar::rangeChanged, this, &LogsToolbar::timeWindowChanged);
    connect(m_tail, &QComboBox::activated, this, [this] {
        const int tail = m_tail->currentData().toInt();
        if (tail != kTailFromRange) // reading the range already
            Q_EMIT startChosen(tail);
    });
    connect(m_split, &QPushButton::toggled, this, &LogsToolbar::sideBySideToggled);
    connect(m_wrap, &QPushButton::toggled, this, &LogsToolbar::wrapToggled);
    connect(m_follow, &QPushButton::toggled, this, &LogsToolbar::followToggled);
    connect(m_pause, &QPushButton::toggled, this, &LogsToolbar::pauseToggled);
    connect(m_clear, &QPushButton::clicked, this, &LogsToolbar::clearClicked);
    connect(m_copy, &QPushButton::clicked, this, &LogsToolbar::copyClicked);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LogsToolbar::searchChanged);
    connect(m_regex, &QCheckBox::toggled, this, &LogsToolbar::applySearchNow);
    connect(m_case, &QCheckBox::toggled, this, &LogsToolbar::applySearchNow);
    connect(m_onlyMatching, &QCheckBox::toggled, this, &LogsToolbar::applySearchNow);
    m_search->installEventFilter(this);
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(true); });
    connect(m_prev, &QPushButton::clicked, this, [this] { Q_EMIT findRequested(false); });
    // Tab follows the rows as shown, left to right (they were not made in that order).
    QWidget* order[] = {m_source, m_level,  m_time,  m_tail,  m_rangeBar, m_split,
                        m_wrap,   m_follow, m_pause, m_clear, m_copy,     m_export,
                        m_search, m_prev,   m_next,  m_regex, m_case,     m_onlyMatching};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void LogsToolbar::buildFilterRow(QVBoxLayout* rows)
{
    auto* row = new QHBoxLayout;
    m_source = new SourceChooser(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_level = new FittingComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_time = new FittingComboBox(this);
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_tail = new FittingComboBox(this);
    m_tail->setObjectName(QStringLiteral("initialLines"));
    m_source->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_level, m_time, m_tail})
        row->addWidget(w);
    row->addStretch(1);
    rows->addLayout(row);
}

void LogsToolbar::buildActionRow(QVBoxLayout* rows)
{
    auto* row = new QHBoxLayout;
    m_split = button(QStringLiteral("sideBySide"), this, true);
    m_wrap = button(QStringLiteral("wrapLines"), this, true);
    m_follow = button(QStringLiteral("follow"), this, true);
    m_follow->setChecked(true);
    m_pause = button(QStringLiteral("pause"), this, true);
    m_clear = button(QStringLiteral("clear"), this);
    m_copy = button(QStringLiteral("copy"), this);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    for (QWidget* w : std::initializer_list<QWidget*>{m_split, m_wrap, m_follow, m_pause, m_clear})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(m_copy);
    row->addWidget(m_export);
    rows->addLayout(row);
}

void LogsToolbar::buildSearchRow(QVBoxLayout* rows)
{
    auto* row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_regex = new QCheckBox(this);
    m_case = new QCheckBox(this);
    m_onlyMatching = new QCheckBox(this);
    m_onlyMatching->setObjectName(QStringLiteral("onlyMatching"));
    m_prev = button(QStringLiteral("findPrevious"), this);
    m_next = button(QStringLiteral("findNext"), this);
    m_matchCount = new QLabel(this);
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    m_matchCount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setMinimumWidth(160);
    row->addWidget(m_search, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_matchCount, m_prev, m_next, m_regex, m_case,
                                                      m_onlyMatching})
        row->addWidget(w);
    rows->addLayout(row);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
}

core::LogLevel LogsToolbar::minimumLevel() const
{
    return core::LogLevel(m_level->currentData().toInt());
}

core::LogTimeWindow LogsToolbar::timeWindow() const
{
    const int minutes = m_time->currentData().toInt();
    if (minutes == kCustomRange)
        return m_rangeBar->window();
    return minutes > 0 ? core::LogTimeWindow::lastMinutes(minutes) : core::LogTimeWindow::anyTime();
}

bool LogsToolbar::isRangeChosen() const
{
    return m_time->currentData().toInt() == kCustomRange;
}

bool LogsToolbar::isRangeBarShown() const
{
    return !m_rangeBar->isHidden();
}

void LogsToolbar::showRangeBar(bool shown)
{
    m_rangeBar->setVisible(shown);
}

void LogsToolbar::chooseAnyTime()
{
    m_time->setCurrentIndex(0);
}

void LogsToolbar::chooseRange(qint64 fromNs, qint64 toNs)
{
    m_rangeBar->setRange(fromNs, toNs);
    const QSignalBlocker block(m_time);
    m_time->setCurrentIndex(m_time->findData(kCustomRange));
    m_rangeBar->setVisible(true);
}

void LogsToolbar::showStart(int tail, bool range)
{
    const QSignalBlocker block(m_tail);
    const int rangeItem = m_tail->findData(kTailFromRange);
    if (range) {
        if (rangeItem < 0)
            m_tail->addItem(LogsPage::tr("Start: the time range"), kTailFromRange);
        m_tail->setCurrentIndex(m_tail->findData(kTailFromRange));
        return;
    }
    if (rangeItem >= 0)
        m_tail->removeItem(rangeItem);
    m_tail->setCurrentIndex(qMax(0, m_tail->findData(tail)));
}

bool LogsToolbar::isSideBySide() const
{
    return m_split->isChecked();
}

bool LogsToolbar::isWrapping() const
{
    return m_wrap->isChecked();
}

void LogsToolbar::setWrapping(bool on)
{
    setCheckedQuietly(m_wrap, on);
}

bool LogsToolbar::isFollowing() const
{
    return m_follow->isChecked();
}

bool LogsToolbar::isPaused() const
{
    return m_pause->isChecked();
}

void LogsToolbar::setSideBySide(bool on)
{
    setCheckedQuietly(m_split, on);
}

void LogsToolbar::setFollowing(bool on)
{
    setCheckedQuietly(m_follow, on);
}

void LogsToolbar::setPaused(bool on)
{
    setCheckedQuietly(m_pause, on);
}

core::LogMatcher LogsToolbar::matcher() const
{
    return core::LogMatcher(m_search->text(), m_regex->isChecked(), m_case->isChecked());
}

bool LogsToolbar::onlyMatching() const
{
    return m_onlyMatching->isChecked();
}

QString LogsToolbar::searchText() const
{
    return m_search->text();
}

void LogsToolbar::showSearchValid(bool valid)
{
    m_search->setStyleSheet(valid ? QString() : QStringLiteral("background: #fde0dc;"));
}

void LogsToolbar::showMatchCount(const QString& text)
{
    m_matchCount->setText(text);
    m_matchCount->setAccessibleName(text.isEmpty() ? LogsPage::tr("Matches") : text);
}

void LogsToolbar::flushSearch()
{
    if (m_searchTimer->isActive())
        applySearchNow();
}

void LogsToolbar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogsToolbar::clearSearch()
{
    m_search->clear();
    applySearchNow();
}

void LogsToolbar::applySearchNow()
{
    m_searchTimer->stop();
    Q_EMIT searchChanged();
}

void LogsToolbar::chooseExport(bool onlyShown)
{
    Q_EMIT exportChosen(onlyShown);
    // A dialog of our own, opened: the static getSaveFileName() runs a nested event loop while
    // batches keep arriving.
    auto* dialog = new QFileDialog(
        this,
        onlyShown ? LogsPage::tr("Export the shown lines")
                  : LogsPage::tr("Export every stored line"),
        QStringLiteral("artgen-logs-%1.log")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        LogsPage::tr("Log files (*.log *.txt)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, onlyShown](const QString& path) {
        if (!path.isEmpty())
            Q_EMIT exportPathChosen(path, onlyShown);
    });
    dialog->open();
}

bool LogsToolbar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT findRequested(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LogsToolbar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogsToolbar::retranslate()
{
    const QSignalBlocker b1(m_level), b2(m_time), b3(m_tail);
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    m_source->retranslate();
    refill(m_level, {{LogsPage::tr("All levels"), int(core::LogLevel::Unknown)},
                     {LogsPage::tr("Info and above"), int(core::LogLevel::Info)},
                     {LogsPage::tr("Warnings and above"), int(core::LogLevel::Warning)},
                     {LogsPage::tr("Errors and above"), int(core::LogLevel::Error)},
                     {LogsPage::tr("Critical only"), int(core::LogLevel::Critical)}});
    refill(m_time, {{LogsPage::tr("Any time"), 0},
                    {LogsPage::tr("Last 5 minutes"), 5},
                    {LogsPage::tr("Last 15 minutes"), 15},
                    {LogsPage::tr("Last hour"), 60},
                    {LogsPage::tr("Last 24 hours"), 24 * 60},
                    {LogsPage::tr("From … to …"), kCustomRange}});
    m_time->setToolTip(
        LogsPage::tr("Only lines from a time window. A window reaching back before the "
                     "lines read so far reads the containers' logs again from there."));
    const bool fromRange = m_tail->currentData().toInt() == kTailFromRange;
    QList<std::pair<QString, QVariant>> tails{{LogsPage::tr("Start: last 50 lines"), 50},
                                              {LogsPage::tr("Start: last 100 lines"), 100},
                                              {LogsPage::tr("Start: last 1000 lines"), 1000},
                                              {LogsPage::tr("Start: last 10 000 lines"), 10000},
                                              {LogsPage::tr("Start: everything"), -1}};
    if (fromRange)
        tails.append({LogsPage::tr("Start: the time range"), kTailFromRange});
    refill(m_tail, tails);
    if (m_tail->property("initialised").isNull()) {
        m_tail->setCurrentIndex(m_tail->findData(core::LogReadPlan::kDefaultTail));
        m_tail->setProperty("initialised", true);
    }
    m_tail->setToolTip(
        LogsPage::tr("How much of each container's past log to read when following starts."));
    m_split->setText(LogsPage::tr("Side by side"));
    m_split->setToolTip(
        LogsPage::tr("One pane per chosen container instead of one merged timeline."));
    m_wrap->setText(LogsPage::tr("Wrap lines"));
    m_wrap->setToolTip(LogsPage::tr("Break long lines to the pane's width instead of scrolling "
                                    "sideways to them."));
    m_follow->setText(LogsPage::tr("Follow"));
    m_follow->setToolTip(LogsPage::tr("Keep the newest line in view. Scrolling up turns it off."));
    m_pause->setText(LogsPage::tr("Pause"));
    m_pause->setToolTip(
        LogsPage::tr("Freeze the view; new lines keep arriving and are shown on resume."));
    m_copy->setText(LogsPage::tr("Copy"));
    m_copy->setToolTip(LogsPage::tr("Copy the selected lines (Ctrl+C)."));
    m_export->setText(LogsPage::tr("Export"));
    m_export->menu()->clear();
    m_export->menu()->addAction(LogsPage::tr("Export the shown lines…"), this,
                                [this] { chooseExport(true); });
    m_export->menu()->addAction(LogsPage::tr("Export every stored line…"), this,
                                [this] { chooseExport(false); });
    m_clear->setText(LogsPage::tr("Clear"));
    m_clear->setToolTip(LogsPage::tr("Forget the lines shown so far; following goes on."));
    m_search->setPlaceholderText(LogsPage::tr("Search (Enter: next match)"));
    m_onlyMatching->setText(LogsPage::tr("Only matching"));
    m_onlyMatching->setToolTip(
        LogsPage::tr("Show only the lines the search matches (like artgenctl logs --grep)."));
    m_regex->setText(LogsPage::tr("Regex"));
    m_regex->setToolTip(LogsPage::tr("Search with a regular expression instead of plain text."));
    m_case->setText(LogsPage::tr("Match case"));
    m_prev->setText(LogsPage::tr("Previous"));
    m_prev->setToolTip(LogsPage::tr("The previous match (Shift+F3, Shift+Enter)."));
    m_next->setText(LogsPage::tr("Next"));
    m_next->setToolTip(LogsPage::tr("The next match (F3, Enter)."));
    retranslateAccessibility();
}

void LogsToolbar::retranslateAccessibility()
{
    // What a screen reader says for each control: its name (the text, or what an unlabelled
    // box is for) and what it does.
    const auto name = [](QWidget* w, const QString& accessible, const QString& description) {
        w->setAccessibleName(accessible);
        w->setAccessibleDescription(description);
    };
    name(m_source, LogsPage::tr("Containers"), LogsPage::tr("Which containers' lines are shown."));
    name(m_level, LogsPage::tr("Level"), LogsPage::tr("The lowest level of the lines shown."));
    name(m_time, LogsPage::tr("Time"), m_time->toolTip());
    name(m_tail, LogsPage::tr("Start"), m_tail->toolTip());
    for (QAbstractButton* b :
         std::initializer_list<QAbstractButton*>{m_split, m_wrap, m_follow, m_pause, m_clear,
                                                 m_copy, m_regex, m_onlyMatching, m_prev, m_next})
        name(b, b->text(), b->toolTip());
    name(m_export, m_export->text(), LogsPage::tr("Write the lines to a file."));
    name(m_case, m_case->text(), LogsPage::tr("Tell upper and lower case apart."));
    name(m_search, LogsPage::tr("Search"),
         LogsPage::tr("Highlights the matches; Enter or F3 goes to the next one."));
    if (m_matchCount->text().isEmpty())
        m_matchCount->setAccessibleName(LogsPage::tr("Matches"));
}

} // namespace artgen::gui
