#include "logview.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace artgen::gui {

LogView::LogView(QWidget* parent) : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setVerticalScrollMode(ScrollPerItem);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Painting covers every visible row; what is left below the last row is the base colour.
    viewport()->setAutoFillBackground(true);
    // Nobody reads 50 000 lines a second: while they stream in, the view repaints ten times a
    // second at most instead of after every batch, leaving the CPU to the rest of the UI.
    m_repaintTimer = new QTimer(this);
    m_repaintTimer->setSingleShot(true);
    m_repaintTimer->setInterval(100);
    connect(m_repaintTimer, &QTimer::timeout, this, &LogView::repaintNow);
}

void LogView::scheduleRepaint()
{
    if (!m_repaintTimer->isActive())
        m_repaintTimer->start();
}

void LogView::deferScrollBarPaint()
{
    if (verticalScrollBar()->updatesEnabled())
        verticalScrollBar()->setUpdatesEnabled(false);
    scheduleRepaint();
}

void LogView::repaintNow()
{
    m_repaintTimer->stop();
    if (!verticalScrollBar()->updatesEnabled())
        verticalScrollBar()->setUpdatesEnabled(true); // paints it
    viewport()->update();
}

void LogView::setModel(QAbstractItemModel* model)
{
    if (this->model())
        this->model()->disconnect(this);
    QAbstractItemView::setModel(model);
    if (!model)
        return;
    // After the base class's own handlers (and the selection model's, which may move the
    // current index while rows go): then the scroll range and position are put right.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LogView::onRowsRemoved);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_removedAbove = 0;
        updateGeometries();
        if (m_following)
            setFirstRow(verticalScrollBar()->maximum());
    });
    updateGeometries();
}

int LogView::rowHeight() const
{
    if (m_rowHeight <= 0) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        m_rowHeight = qMax(1, itemDelegate() ? itemDelegate()->sizeHint(option, {}).height()
                                             : fontMetrics().height() + 6);
    }
    return m_rowHeight;
}

int LogView::pageRows() const
{
    return qMax(1, viewport()->height() / rowHeight());
}

int LogView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int LogView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int LogView::rowAt(int y) const
{
    // Floor division: a rubber band dragged above the viewport gives negative rows.
    const int h = rowHeight();
    return firstVisibleRow() + (y >= 0 ? y / h : -((-y + h - 1) / h));
}

void LogView::setFollowing(bool follow)
{
    updateFollowing(follow);
    if (follow)
        setFirstRow(verticalScrollBar()->maximum());
}

void LogView::updateFollowing(bool follow)
{
    if (m_following == follow)
        return;
    m_following = follow;
    Q_EMIT followingChanged(follow);
}

void LogView::setFirstRow(int row)
{
    const bool was = std::exchange(m_adjusting, true);
    verticalScrollBar()->setValue(row);
    m_adjusting = was;
}

QRect LogView::visualRect(const QModelIndex& index) const
{
    if (!index.isValid() || index.parent() != rootIndex())
        return {};
    const int h = rowHeight();
    return {0, (index.row() - firstVisibleRow()) * h, viewport()->width(), h};
}

QModelIndex LogView::indexAt(const QPoint& point) const
{
    const int row = rowAt(point.y());
    if (!model() || row < 0 || row >= rowCount())
        return {};
    return model()->index(row, 0, rootIndex());
}

void LogView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const int row = index.row();
    const int first = firstVisibleRow();
    const int page = pageRows();
    int target = first;
    switch (hint) {
    case EnsureVisible:
        if (row < first)
            target = row;
        else if (row >= first + page)
            target = row - page + 1;
        break;
    case PositionAtTop:
        target = row;
        break;
    case PositionAtBottom:
        target = row - page + 1;
        break;
    case PositionAtCenter:
        target = row - page / 2;
        break;
    }
    // A user's action (find, keys): the value handler decides whether this still follows.
    verticalScrollBar()->setValue(target);
}

void LogView::scrollContentsBy(int dx, int dy)
{
    // The view moving itself (following, keeping the lines being read in place while rows come
    // and go above them): the rows to show are repainted with the next coalesced repaint.
    // Scrolling the pixels now would repaint after every batch, and a row that left the top
    // moves nothing on screen anyway. The user's scrolling moves the pixels at once.
    if (m_adjusting)
        return scheduleRepaint();
    QAbstractItemView::scrollContentsBy(dx, dy);
}

int LogView::verticalOffset() const
{
    return firstVisibleRow() * rowHeight();
}

QModelIndex LogView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    const int rows = rowCount();
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    const int from = current.isValid() ? current.row() : firstVisibleRow();
    int to = from;
    switch (action) {
    case MoveUp:
    case MovePrevious:
        to = from - 1;
        break;
    case MoveDown:
    case MoveNext:
        to = from + 1;
        break;
    case MovePageUp:
        to = from - pageRows();
        break;
    case MovePageDown:
        to = from + pageRows();
        break;
    case MoveHome:
        to = 0;
        break;
    case MoveEnd:
        to = rows - 1;
        break;
    case MoveLeft:
    case MoveRight:
        break;
    }
    return model()->index(qBound(0, to, rows - 1), 0, rootIndex());
}

void LogView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags flags)
{
    const int rows = rowCount();
    if (rows == 0 || !selectionModel())
        return;
    const QRect r = rect.normalized();
    const int top = qBound(0, rowAt(r.top()), rows - 1);
    const int bottom = qBound(0, rowAt(r.bottom()), rows - 1);
    selectionModel()->select(
        QItemSelection(model()->index(top, 0, rootIndex()), model()->index(bottom, 0, rootIndex())),
        flags);
}

QRegion LogView::visualRegionForSelection(const QItemSelection& selection) const
{
    const int first = firstVisibleRow();
    const int last = first + pageRows();
    QRegion region;
    for (const QItemSelectionRange& range : selection) {
        const int top = qMax(range.top(), first);
        const int bottom = qMin(range.bottom(), last);
        if (top <= bottom)
            region += QRect(0, (top - first) * rowHeight(), viewport()->width(),
                            (bottom - top + 1) * rowHeight());
    }
    return region;
}

void LogView::paintEvent(QPaintEvent* event)
{
    const int rows = rowCount();
    if (rows == 0 || !itemDelegate())
        return;
    QPainter painter(viewport());
    const int h = rowHeight();
    const int first = firstVisibleRow();
    const QRect area = event->rect();
    const int from = qMax(first + area.top() / h, 0);
    const int to = qMin(first + area.bottom() / h, rows - 1);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    const QItemSelectionModel* selection = selectionModel();
    for (int row = from; row <= to; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        QStyleOptionViewItem o = option;
        o.rect = QRect(0, (row - first) * h, viewport()->width(), h);
        o.index = index;
        if (selection && selection->isSelected(index))
            o.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            o.state |= QStyle::State_HasFocus;
        itemDelegateForIndex(index)->paint(&painter, o, index);
    }
}

void LogView::updateGeometries()
{
    const int rows = rowCount();
    const int page = pageRows();
    {
        // Shrinking the range moves the value: that is not the user scrolling.
        const bool was = std::exchange(m_adjusting, true);
        verticalScrollBar()->setRange(0, qMax(0, rows - page));
        verticalScrollBar()->setPageStep(page);
        verticalScrollBar()->setSingleStep(1);
        m_adjusting = was;
    }
    if (m_following)
        setFirstRow(verticalScrollBar()->maximum());
    QAbstractItemView::updateGeometries();
}

void LogView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_rowHeight = 0;
        updateGeometries();
    }
    QAbstractItemView::changeEvent(event);
}

void LogView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    const int firstBefore = firstVisibleRow();
    QAbstractItemView::rowsInserted(parent, start, end);
    if (m_following)
        deferScrollBarPaint(); // and the rows scrolled in, with it
    updateGeometries();
    // Late lines merged in above the lines being read push them down: follow them, so the
    // text under the reader's eyes does not move.
    const int inserted = end - start + 1;
    if (!m_following && parent == rootIndex() && start <= firstBefore &&
        firstBefore < rowCount() - inserted)
        setFirstRow(firstBefore + inserted);
    // Only rows that land in view need painting.
    const int first = firstVisibleRow();
    if (end >= first && start <= first + pageRows())
        scheduleRepaint();
}

void LogView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    m_removing = true;
    if (parent == rootIndex() && start < firstVisibleRow())
        m_removedAbove += qMin(end, firstVisibleRow() - 1) - start + 1;
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
}

void LogView::onRowsRemoved()
{
    m_removing = false;
    // Keep the lines being read where they are: the rows above them went, so move up as many.
    const int target = firstVisibleRow() - std::exchange(m_removedAbove, 0);
    if (m_following)
        deferScrollBarPaint();
    updateGeometries();
    if (!m_following)
        setFirstRow(target);
    scheduleRepaint();
}

void LogView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_removing) {
        // The selection model moved the current row because its line was dropped: no scroll.
        viewport()->update();
        return;
    }
    QAbstractItemView::currentChanged(current, previous);
}

void LogView::verticalScrollbarValueChanged(int value)
{
    QAbstractItemView::verticalScrollbarValueChanged(value);
    if (m_adjusting)
        return;
    if (!verticalScrollBar()->updatesEnabled())
        verticalScrollBar()->setUpdatesEnabled(true);
    // The user scrolled (wheel, bar, keys, find): up stops following, the bottom resumes it.
    updateFollowing(value >= verticalScrollBar()->maximum());
}

} // namespace artgen::gui
