#pragma once

#include <QTableView>

namespace artgen::gui {

// A table of records, one per row (containers, backups): whole-row single selection, no row
// numbers, striped, columns sized to their contents with the last one stretched, no wrapping;
// Tab leaves the table.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget* parent = nullptr);
};

} // namespace artgen::gui
