#pragma once

#include "backup/backupcatalog.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace artgen::gui {

// The backups of a folder as BackupCatalog listed them (newest first): file, when it was taken
// (local time and age), size, database, format and whether it is verified. A plain view of a
// list handed in; it does no I/O.
class BackupCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Created, Size, Database, Format, State, ColumnCount };

    explicit BackupCatalogModel(QObject* parent = nullptr);

    void setEntries(const QList<core::BackupCatalog::Entry>& entries);
    const core::BackupCatalog::Entry* entryAt(int row) const;
    int rowOf(const QString& path) const; // -1 when not listed
    qint64 totalBytes() const;
    // "now" for the age column; tests pin it.
    void setNow(const QDateTime& now);

    static QString stateName(core::BackupCatalog::State state);
    // A format as the user reads it, the same in the Format column and the format box.
    static QString formatName(core::BackupFormat format);
    static QString age(const QDateTime& then, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;

    QList<core::BackupCatalog::Entry> m_entries;
    QDateTime m_now;
};

} // namespace artgen::gui
