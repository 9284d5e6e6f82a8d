#include "recordtableview.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace artgen::gui {

RecordTableView::RecordTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(false);
    // Tab moves to the next control, as in any form; the arrows move between cells.
    setTabKeyNavigation(false);
}

void RecordTableView::setRowActions(const QList<QAction*>& actions)
{
    m_rowActions = actions;
    if (!m_menu) {
        m_menu = new QMenu(this);
        m_menu->setObjectName(QStringLiteral("rowMenu"));
    }
    m_menu->clear();
    for (QAction* a : actions) {
        if (a)
            m_menu->addAction(a);
        else
            m_menu->addSeparator();
    }
}

void RecordTableView::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_menu)
        return QTableView::contextMenuEvent(event);
    QPoint at;
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QModelIndex index = indexAt(event->pos());
        if (!index.isValid())
            return; // below the last row: no row to act on
        setCurrentIndex(index);
        selectRow(index.row());
        at = event->globalPos();
    } else {
        // From the keyboard: the current row, the menu placed on it rather than at the mouse.
        QModelIndex index = currentIndex();
        if (!index.isValid() && selectionModel()->hasSelection())
            index = selectionModel()->selectedRows().constFirst();
        if (!index.isValid())
            return;
        selectRow(index.row());
        const QRect cell = visualRect(index.siblingAtColumn(0));
        at = viewport()->mapToGlobal(cell.bottomLeft());
    }
    event->accept();
    m_menu->popup(at);
}

void RecordTableView::keyPressEvent(QKeyEvent* event)
{
    // The Menu key and Shift+F10, the usual keyboard ways to a context menu; not every
    // platform turns them into a context menu event by itself.
    const bool menuKey = event->key() == Qt::Key_Menu && event->modifiers() == Qt::NoModifier;
    const bool shiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (m_menu && (menuKey || shiftF10)) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
        contextMenuEvent(&menu);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace artgen::gui
