#include "logpanes.h"

#include "logrowdelegate.h"
#include "logsmodel.h"
#include "logspage.h"
#include "logview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {
// A side-by-side pane's filter: the page's, for its one container.
core::LogFilter forService(core::LogFilter filter, const QString& service)
{
    filter.sources = QStringList{service};
    return filter;
}
} // namespace

LogPanes::LogPanes(const core::LogStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new LogsModel(m_store, this);
    m_delegate = new LogRowDelegate(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logPanes"));
    m_splitter->setChildrenCollapsible(false);
    m_mergedView = makeView(m_model, m_splitter);
    m_mergedView->setObjectName(QStringLiteral("logView"));
    m_mergedView->setAccessibleName(LogsPage::tr("Log lines"));
    m_splitter->addWidget(m_mergedView);
    m_activeView = m_mergedView;
    layout->addWidget(m_splitter);
}

LogView* LogPanes::makeView(LogsModel* model, QWidget* parent)
{
    auto* view = new LogView(parent);
    view->setItemDelegate(m_delegate);
    view->setModel(model);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setFollowing(m_following);
    view->setWrapping(m_wrap);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint& at) { showMenu(view, at); });
    view->installEventFilter(this);
    connect(view, &LogView::followingChanged, this, &LogPanes::onViewFollowing);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LogPanes::currentRowChanged);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, view);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &LogPanes::copySelection);
    return view;
}

bool LogPanes::eventFilter(QObject* watched, QEvent* event)
{
    // The pane last clicked or focused is the one find, copy and export act on.
    if (event->type() == QEvent::FocusIn)
        if (auto* view = qobject_cast<LogView*>(watched))
            setActiveView(view);
    return QWidget::eventFilter(watched, event);
}

void LogPanes::setActiveView(LogView* view)
{
    if (std::exchange(m_activeView, view) != view)
        Q_EMIT activeViewChanged();
}

int LogPanes::minimumPaneWidth()
{
    return QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
        .horizontalAdvance(QString(60, u'0'));
}

int LogPanes::panesPerRow() const
{
    // As many as stay 60 characters wide; more (down to 40 characters) when the rows would
    // otherwise be too low to read — five panes one under another in a 1024 px window show
    // three lines each.
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int wide = width() / minimumPaneWidth();
    const int narrow = width() / fm.horizontalAdvance(QString(40, u'0'));
    const int lowest = fm.height() * 10; // a title and about eight lines
    const int rowsThatFit = qMax(1, height() / lowest);
    const int needed = int((m_panes.size() + rowsThatFit - 1) / rowsThatFit);
    return qBound(1, qMax(wide, qMin(needed, narrow)), kMaxPanesPerRow);
}

void LogPanes::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutRows();
}

void LogPanes::layoutRows(bool force)
{
    const int perRow = panesPerRow();
    if (!force && perRow == m_perRow)
        return;
    m_perRow = perRow;
    const QList<QSplitter*> old = std::exchange(m_rows, {});
    for (int i = 0; i < m_panes.size(); ++i) {
        if (i % perRow == 0) {
            auto* row = new QSplitter(Qt::Horizontal, m_splitter);
            row->setObjectName(QStringLiteral("logPaneRow"));
            row->setChildrenCollapsible(false);
            m_splitter->addWidget(row);
            m_rows << row;
        }
        m_rows.last()->addWidget(m_panes[i].box); // moves it out of its old row
    }
    qDeleteAll(old); // empty by now
    // Equal widths and row heights; a last row of fewer panes gives them more room.
    for (QSplitter* row : std::as_const(m_rows))
        row->setSizes(QList<int>(row->count(), 1000));
    m_splitter->setSizes(QList<int>(m_splitter->count(), 1000));
}

LogView* LogPanes::view() const
{
    if (!m_sideBySide || m_panes.isEmpty())
        return m_mergedView;
    for (const Pane& p : m_panes)
        if (p.view == m_activeView)
            return p.view;
    return m_panes.first().view;
}

QList<LogView*> LogPanes::paneViews() const
{
    QList<LogView*> views;
    for (const Pane& p : m_panes)
        views << p.view;
    return views;
}

QList<LogsModel*> LogPanes::models() const
{
    QList<LogsModel*> all{m_model};
    for (const Pane& p : m_panes)
        all << p.model;
    return all;
}

void LogPanes::arrange(bool sideBySide, const QStringList& services, const core::LogFilter& filter)
{
    for (const Pane& p : std::as_const(m_panes))
        delete p.box; // the view, its model and title go with it
    m_panes.clear();
    layoutRows(true); // no empty rows left
    m_sideBySide = sideBySide;
    m_mergedView->setVisible(!sideBySide);
    if (!sideBySide) {
        setActiveView(m_mergedView);
        return onViewFollowing();
    }
    for (const QString& service : services) {
        Pane pane;
        pane.service = service;
        pane.box = new QWidget(this);
        auto* column = new QVBoxLayout(pane.box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        pane.title = new QLabel(pane.box);
        pane.title->setObjectName(QStringLiteral("paneTitle"));
        pane.model = new LogsModel(m_store, pane.box);
        pane.model->setFilter(forService(filter, service));
        pane.view = makeView(pane.model, pane.box);
        pane.view->setObjectName(QStringLiteral("logView:") + service);
        pane.view->setAccessibleName(LogsPage::tr("Log lines of %1").arg(service));
        column->addWidget(pane.title);
        column->addWidget(pane.view, 1);
        m_panes << pane;
    }
    layoutRows(true);
    setActiveView(m_panes.isEmpty() ? m_mergedView : m_panes.first().view);
    updateTitles();
    onViewFollowing();
}

void LogPanes::setFilter(const core::LogFilter& filter)
{
    m_model->setFilter(filter);
    for (const Pane& p : std::as_const(m_panes))
        p.model->setFilter(forService(filter, p.service));
    updateTitles();
}

void LogPanes::advanceFrom(qint64 fromNs)
{
    for (LogsModel* model : models())
        model->advanceFrom(fromNs);
    updateTitles();
}

void LogPanes::storeAppended(const core::LogStore::Change& change)
{
    for (LogsModel* model : models())
        model->storeAppended(change);
}

void LogPanes::storeCleared()
{
    for (LogsModel* model : models())
        model->storeCleared();
    updateTitles();
}

void LogPanes::updateTitles()
{
    m_mergedView->setAccessibleName(LogsPage::tr("Log lines"));
    int position = 0;
    for (const Pane& p : std::as_const(m_panes)) {
        // The same colour as the tag the merged timeline gives this container.
        const int index = m_store.sourceIndex(p.service);
        const QColor color = LogRowDelegate::sourceColor(index >= 0 ? index : position);
        p.title->setStyleSheet(
            QStringLiteral("background: %1; color: white; padding: 3px 6px; border-radius: 3px;")
                .arg(color.name()));
        p.title->setText(LogsPage::tr("%1 · %Ln line(s)", "", p.model->rowCount()).arg(p.service));
        p.title->setAccessibleName(p.title->text());
        ++position;
    }
}

void LogPanes::showMenu(LogView* view, const QPoint& at)
{
    setActiveView(view);
    // The row under the pointer; from the Menu key, the current row.
    const QModelIndex under = view->indexAt(at);
    const QPersistentModelIndex index = under.isValid() ? under : view->currentIndex();
    auto* menu = new QMenu(view);
    menu->setObjectName(QStringLiteral("logViewMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto* model = qobject_cast<const LogsModel*>(view->model());
    if (index.isValid() && model->isGroup(index.row())) {
        const bool open = model->isExpanded(index.row());
        QAction* toggle = menu->addAction(open ? LogsPage::tr("Collapse the traceback")
                                               : LogsPage::tr("Expand the traceback"),
                                          view, [view, index] {
                                              if (index.isValid())
                                                  view->toggleExpanded(index);
                                          });
        toggle->setObjectName(QStringLiteral("toggleTraceback"));
    }
    if (index.isValid() && !view->selectionModel()->isSelected(index))
        view->setCurrentIndex(index);
    QAction* copy = menu->addAction(LogsPage::tr("Copy"), this, &LogPanes::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(view->selectionModel()->hasSelection());
    // popup(), not exec(): lines keep arriving while the menu is open.
    menu->popup(view->viewport()->mapToGlobal(at));
}

void LogPanes::setWrapping(bool wrap)
{
    m_wrap = wrap;
    m_mergedView->setWrapping(wrap);
    for (const Pane& p : std::as_const(m_panes))
        p.view->setWrapping(wrap);
}

void LogPanes::setFollowing(bool follow)
{
    m_following = follow;
    m_mergedView->setFollowing(follow);
    for (const Pane& p : std::as_const(m_panes))
        p.view->setFollowing(follow);
}

bool LogPanes::isFollowing() const
{
    return m_following;
}

void LogPanes::onViewFollowing()
{
    // Following means the views keep up: any view scrolled up by the user turns it off, every
    // shown view back at its bottom turns it on again.
    bool all = true;
    if (m_sideBySide && !m_panes.isEmpty()) {
        for (const Pane& p : std::as_const(m_panes))
            all = all && p.view->isFollowing();
    } else {
        all = m_mergedView->isFollowing();
    }
    m_following = all;
    Q_EMIT followingChanged(all);
}

void LogPanes::setMatcher(const core::LogMatcher& matcher)
{
    m_delegate->setMatcher(matcher);
    m_mergedView->viewport()->update();
    for (const Pane& p : std::as_const(m_panes))
        p.view->viewport()->update();
}

bool LogPanes::find(const core::LogMatcher& matcher, bool forward)
{
    LogView* target = view();
    auto* model = qobject_cast<LogsModel*>(target->model());
    const QModelIndex current = target->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : model->rowCount());
    const int row = model->find(matcher, from, forward);
    if (row < 0)
        return false;
    const QModelIndex index = model->index(row);
    target->setCurrentIndex(index);
    target->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // After the scroll (a match in the last half page scrolls to the bottom, which reads as
    // "follow again"): new lines must not scroll the match away. Other panes go on following.
    target->setFollowing(false);
    return true;
}

void LogPanes::copySelection()
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

} // namespace artgen::gui
