#include "recordtableview.h"

#include <QHeaderView>

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

} // namespace artgen::gui
