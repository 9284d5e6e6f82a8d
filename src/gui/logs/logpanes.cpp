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
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("logPanes"));
    m_splitter->setChildrenCollapsible(false);
    m_mergedView = makeView(m_model, m_splitter);
    m_mergedView->setObjectName(QStringLiteral("logView"));
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
    view->installEventFilter(this);
    connect(view, &LogView::followingChanged, this, &LogPanes::onViewFollowing);
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
            m_activeView = view;
    return QWidget::eventFilter(watched, event);
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
    m_sideBySide = sideBySide;
    m_mergedView->setVisible(!sideBySide);
    if (!sideBySide) {
        m_activeView = m_mergedView;
        return onViewFollowing();
    }
    for (const QString& service : services) {
        Pane pane;
        pane.service = service;
        pane.box = new QWidget(m_splitter);
        auto* column = new QVBoxLayout(pane.box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        pane.title = new QLabel(pane.box);
        pane.title->setObjectName(QStringLiteral("paneTitle"));
        pane.model = new LogsModel(m_store, pane.box);
        pane.model->setFilter(forService(filter, service));
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
    int position = 0;
    for (const Pane& p : std::as_const(m_panes)) {
        // The same colour as the tag the merged timeline gives this container.
        const int index = m_store.sourceIndex(p.service);
        const QColor color = LogRowDelegate::sourceColor(index >= 0 ? index : position);
        p.title->setStyleSheet(
            QStringLiteral("background: %1; color: white; padding: 3px 6px; border-radius: 3px;")
                .arg(color.name()));
        p.title->setText(LogsPage::tr("%1 · %n line(s)", "", p.model->rowCount()).arg(p.service));
        ++position;
    }
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
