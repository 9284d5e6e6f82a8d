#include "confighistorymodel.h"

#include <QLocale>

namespace artgen::gui {

ConfigHistoryModel::ConfigHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConfigHistoryModel::setEntries(const QList<core::ConfigHistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const core::ConfigHistoryEntry* ConfigHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

QString ConfigHistoryModel::kindName(const QString& kind)
{
    if (kind == u"preset")
        return tr("preset");
    if (kind == u"rollback")
        return tr("rollback");
    if (kind == u"git")
        return tr("back to git HEAD");
    return tr("edit");
}

int ConfigHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConfigHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigHistoryModel::data(const QModelIndex& index, int role) const
{
    const auto* e = entryAt(index.row());
    if (!e || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Time:
        return role == Qt::ToolTipRole
                   ? e->id
                   : QLocale().toString(e->time.toLocalTime(), QLocale::ShortFormat);
    case User:
        return e->user;
    case Kind:
        return kindName(e->kind);
    case Summary: {
        QStringList files;
        for (const auto& f : e->files)
            files << f.path;
        return role == Qt::ToolTipRole ? files.join(u'\n') : e->summary;
    }
    default:
        return {};
    }
}

QVariant ConfigHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Kind:
        return tr("Change");
    case Summary:
        return tr("Changed settings");
    default:
        return {};
    }
}

} // namespace artgen::gui
