#pragma once

#include <QList>
#include <QTableView>

class QAction;
class QMenu;

namespace artgen::gui {

// A table of records, one per row (containers, backups): whole-row single selection, no row
// numbers, striped, columns sized to their contents with the last one stretched, no wrapping;
// Tab leaves the table. With row actions, a right click on a row, the Menu key or Shift+F10
// opens them as a context menu for that row (the clicked row is selected first).
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget* parent = nullptr);

    // The actions of the selected row, in menu order (null: a separator). The page owns them
    // and keeps them enabled as its buttons are.
    void setRowActions(const QList<QAction*>& actions);
    QMenu* rowMenu() const { return m_menu; }
    // The width the column's cells need (its header not counted).
    int cellsWidth(int column) const { return sizeHintForColumn(column); }

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<QAction*> m_rowActions;
    QMenu* m_menu = nullptr;
};

} // namespace artgen::gui
