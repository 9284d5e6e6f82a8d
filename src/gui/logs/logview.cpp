#include "logview.h"

#include "logrowdelegate.h"
#include "logsmodel.h"

#include <QEvent>
#include <QKeyEvent>
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
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollMode(ScrollPerPixel);
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
    if (m_repaintTimer && !m_repaintTimer->isActive()) // none yet while it is being made
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
    updateHorizontalRange();
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
    if (auto* logs = qobject_cast<LogsModel*>(model))
        connect(logs, &LogsModel::expansionChanged, this, &LogView::onExpansionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_removedAbove = 0;
        updateGeometries();
        updateHorizontalRange();
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
    if (fixedHeights())
        return qMax(1, viewport()->height() / rowHeight());
    int whole = 0;
    for (const Placed& p : placedRows())
        whole += p.top + p.height <= viewport()->height() ? 1 : 0;
    return qMax(1, whole);
}

bool LogView::fixedHeights() const
{
    const auto* logs = qobject_cast<const LogsModel*>(model());
    return !m_wrap && !(logs && logs->hasExpanded());
}

QStyleOptionViewItem LogView::rowOption() const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    if (m_wrap)
        option.features |= QStyleOptionViewItem::WrapText;
    option.rect = QRect(0, 0, viewport()->width(), rowHeight());
    return option;
}

int LogView::heightOf(int row) const
{
    if (fixedHeights())
        return rowHeight();
    const QModelIndex index = model()->index(row, 0, rootIndex());
    return qMax(rowHeight(), itemDelegateForIndex(index)->sizeHint(rowOption(), index).height());
}

QList<LogView::Placed> LogView::placedRows() const
{
    QList<Placed> placed;
    const int rows = rowCount();
    int y = fixedHeights() ? 0 : -m_topOffset;
    for (int row = firstVisibleRow(); row < rows && y < viewport()->height(); ++row) {
        const int h = heightOf(row);
        placed.append({row, y, h});
        y += h;
    }
    return placed;
}

int LogView::firstRowShowing(int last) const
{
    int first = last;
    int used = heightOf(last);
    while (first > 0 && used + heightOf(first - 1) <= viewport()->height())
        used += heightOf(--first);
    return first;
}

int LogView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

void LogView::updateHorizontalRange()
{
    int widest = 0;
    if (!m_wrap && model()) {
        const QStyleOptionViewItem option = rowOption();
        for (const Placed& p : placedRows()) {
            const QModelIndex index = model()->index(p.row, 0, rootIndex());
            widest = qMax(widest, itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
    }
    QScrollBar* bar = horizontalScrollBar();
    bar->setRange(0, qMax(0, widest - viewport()->width()));
    bar->setPageStep(viewport()->width());
    bar->setSingleStep(fontMetrics().averageCharWidth() * 4);
}

void LogView::setWrapping(bool wrap)
{
    if (m_wrap == wrap)
        return;
    m_wrap = wrap;
    m_topOffset = 0;
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    updateGeometries();
    updateHorizontalRange();
    viewport()->update();
}

bool LogView::toggleExpanded(const QModelIndex& index)
{
    auto* logs = qobject_cast<LogsModel*>(model());
    if (!logs || !index.isValid() || !logs->isGroup(index.row()))
        return false;
    logs->setExpanded(index.row(), !logs->isExpanded(index.row()));
    return true;
}

void LogView::resizeEvent(QResizeEvent* event)
{
    QAbstractItemView::resizeEvent(event);
    updateHorizontalRange();
}

void LogView::onExpansionChanged()
{
    m_topOffset = 0;
    updateGeometries();
    updateHorizontalRange();
    viewport()->update();
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
    if (fixedHeights() || y < 0)
        return firstVisibleRow() + (y >= 0 ? y / h : -((-y + h - 1) / h));
    const QList<Placed> placed = placedRows();
    for (const Placed& p : placed)
        if (y < p.top + p.height)
            return p.row;
    return placed.isEmpty() ? firstVisibleRow() : placed.last().row + 1;
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
    // As wide as the longest line on screen, moved left as far as the view scrolled sideways.
    const int x = -horizontalOffset();
    const int width = viewport()->width() + horizontalScrollBar()->maximum();
    const int h = rowHeight();
    const int row = index.row();
    if (fixedHeights() || row < firstVisibleRow())
        return {x, (row - firstVisibleRow()) * h, width, h};
    const QList<Placed> placed = placedRows();
    for (const Placed& p : placed)
        if (p.row == row)
            return {x, p.top, width, p.height};
    return {x, viewport()->height() + (row - firstVisibleRow() - int(placed.size())) * h, width, h};
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
    const bool fixed = fixedHeights();
    switch (hint) {
    case EnsureVisible:
        if (row < first)
            target = row;
        else if (row >= first + page)
            target = fixed ? row - page + 1 : firstRowShowing(row);
        break;
    case PositionAtTop:
        target = row;
        break;
    case PositionAtBottom:
        target = fixed ? row - page + 1 : firstRowShowing(row);
        break;
    case PositionAtCenter:
        target = fixed ? row - page / 2 : qMax(firstRowShowing(row), row - page / 2);
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
    if (!fixedHeights())
        return viewport()->rect(); // rows of their own heights: the few on screen, all of them
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
    QList<Placed> placed;
    if (fixedHeights()) {
        const int to = qMin(first + area.bottom() / h, rows - 1);
        for (int row = qMax(first + area.top() / h, 0); row <= to; ++row)
            placed.append({row, (row - first) * h, h});
    } else {
        placed = placedRows();
    }
    const QStyleOptionViewItem option = rowOption();
    const int x = -horizontalOffset();
    const int width = viewport()->width() + horizontalScrollBar()->maximum();
    const QModelIndex current = currentIndex();
    const QItemSelectionModel* selection = selectionModel();
    for (const auto& [row, top, height] : std::as_const(placed)) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        QStyleOptionViewItem o = option;
        o.rect = QRect(x, top, width, height);
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
        const int last = fixedHeights() || rows == 0 ? rows - page : firstRowShowing(rows - 1);
        verticalScrollBar()->setRange(0, qMax(0, last));
        verticalScrollBar()->setPageStep(page);
        verticalScrollBar()->setSingleStep(1);
        m_adjusting = was;
    }
    if (m_following)
        setFirstRow(verticalScrollBar()->maximum());
    // The widest line on screen is measured when the rows on screen change (the coalesced
    // repaint, a scroll, a resize), not per batch.
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
    m_topOffset = 0; // another row at the top shows from its start
    QAbstractItemView::verticalScrollbarValueChanged(value);
    if (!m_adjusting)
        updateHorizontalRange(); // other rows on screen (the view's own moves repaint later)
    if (m_adjusting)
        return;
    if (!verticalScrollBar()->updatesEnabled())
        verticalScrollBar()->setUpdatesEnabled(true);
    // The user scrolled (wheel, bar, keys, find): up stops following, the bottom resumes it.
    updateFollowing(value >= verticalScrollBar()->maximum());
}

void LogView::wheelEvent(QWheelEvent* event)
{
    // A row taller than the view (a long line wrapped, a long traceback) scrolls within itself
    // before the next row comes up.
    const int rows = rowCount();
    const int dy = event->angleDelta().y();
    if (!fixedHeights() && rows > 0 && dy != 0) {
        const int tall = heightOf(firstVisibleRow()) - viewport()->height();
        const int step = 3 * fontMetrics().lineSpacing();
        if (dy < 0 && m_topOffset < tall) {
            m_topOffset = qMin(tall, m_topOffset + step);
            updateFollowing(false);
            viewport()->update();
            return event->accept();
        }
        if (dy > 0 && m_topOffset > 0) {
            m_topOffset = qMax(0, m_topOffset - step);
            viewport()->update();
            return event->accept();
        }
    }
    QAbstractItemView::wheelEvent(event);
}

void LogView::mousePressEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        QStyleOptionViewItem option = rowOption();
        option.rect = visualRect(index);
        if (LogRowDelegate::markerRect(option, index).contains(event->position().toPoint())) {
            setCurrentIndex(index);
            toggleExpanded(index);
            return event->accept();
        }
    }
    QAbstractItemView::mousePressEvent(event);
}

void LogView::keyPressEvent(QKeyEvent* event)
{
    const auto* logs = qobject_cast<const LogsModel*>(model());
    const QModelIndex current = currentIndex();
    const bool group = logs && current.isValid() && logs->isGroup(current.row());
    const bool open = group && logs->isExpanded(current.row());
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (group && toggleExpanded(current))
            return event->accept();
        break;
    case Qt::Key_Right:
        if (group && !open && toggleExpanded(current))
            return event->accept();
        // A line wider than the view: Right and Left scroll sideways.
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return event->accept();
    case Qt::Key_Left:
        if (open && toggleExpanded(current))
            return event->accept();
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return event->accept();
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

} // namespace artgen::gui
