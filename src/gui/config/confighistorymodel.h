#pragma once

#include "stackconfig/confighistory.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// The applied configuration changes of a profile, newest first: when (local time), by whom,
// what kind (apply, preset, rollback, git) and the settings it changed. A plain view of a list
// handed in; it does no I/O.
class ConfigHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Kind, Summary, ColumnCount };

    explicit ConfigHistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<core::ConfigHistoryEntry>& entries);
    const core::ConfigHistoryEntry* entryAt(int row) const;
    static QString kindName(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::ConfigHistoryEntry> m_entries;
};

} // namespace artgen::gui
