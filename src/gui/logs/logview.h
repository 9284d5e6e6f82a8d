#pragma once

#include <QAbstractItemView>

class QTimer;

namespace artgen::gui {

// A list view for logs of hundreds of thousands of rows that arrive while it is shown. Every row
// has the same height, so a row's place is arithmetic: the view never lays rows out (QListView
// re-lays out all of them after each insertion or removal — busy at 100% of a core while a
// large log streams in), it paints the visible rows only and scrolls in whole rows. Only when
// lines wrap or a traceback is opened do heights differ: then the rows on screen (and a screen's
// worth at the end) are measured, never all of them, and a row taller than the view scrolls
// within itself. Without wrapping, it scrolls sideways to the longest line on screen: no line is
// cut.
//
// A grouped traceback opens and closes in place: a click on its ▸ marker, Enter, Right / Left,
// or the context menu (LogPanes).
//
// It also owns "follow": while following, new rows keep the newest in view; when the user
// scrolls up, following stops (followingChanged) and rows dropped from the top for the line cap
// no longer move the lines being read.
class LogView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit LogView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;

    int rowHeight() const;
    // Rows that fit the viewport whole (at least one).
    int pageRows() const;
    int firstVisibleRow() const;

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);

    bool isWrapping() const { return m_wrap; }
    void setWrapping(bool wrap);
    // Opens or closes the grouped traceback at `index`; false for a row of one line.
    bool toggleExpanded(const QModelIndex& index);
    // Pixels of the first visible row scrolled off the top (a row taller than the view).
    int topOffset() const { return m_topOffset; }

    QRect visualRect(const QModelIndex& index) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint& point) const override;

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex&) const override { return false; }
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags flags) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;
    void paintEvent(QPaintEvent* event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

protected Q_SLOTS:
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void verticalScrollbarValueChanged(int value) override;

private:
    struct Placed
    {
        int row, top, height;
    };
    // Every row one height (the fast arithmetic); false while wrapping or a row is open.
    bool fixedHeights() const;
    QStyleOptionViewItem rowOption() const;
    int heightOf(int row) const;
    // The rows on screen, from the first visible one, with their tops.
    QList<Placed> placedRows() const;
    // The first row from which the rows up to `last` fit the view.
    int firstRowShowing(int last) const;
    void updateHorizontalRange();
    void onExpansionChanged();
    int rowCount() const;
    int rowAt(int y) const;
    void onRowsRemoved();
    void setFirstRow(int row); // scrolls without counting as the user's doing
    void updateFollowing(bool follow);

    void scheduleRepaint();
    // While following, rows come in many times a second: the scroll bar shows its new range with
    // the next repaint of the rows, not on its own after every batch.
    void deferScrollBarPaint();
    void repaintNow();

    QTimer* m_repaintTimer = nullptr; // coalesces repaints while lines stream in
    mutable int m_rowHeight = 0;
    bool m_following = true;
    bool m_wrap = false;
    int m_topOffset = 0;
    bool m_adjusting = false; // the view moves itself: not a user scroll
    bool m_removing = false;
    int m_removedAbove = 0; // rows removed above the first visible row, pending
};

} // namespace artgen::gui
