#include "loadcountsmodel.h"

#include <QColor>
#include <QLocale>

namespace artgen::gui {

LoadCountsModel::LoadCountsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoadCountsModel::setResult(const core::LoadResult& result)
{
    beginResetModel();
    m_rows.clear();
    const auto statuses = result.statuses();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        m_rows << Row{it.key(), {}, it.value()};
    for (int i = 0; i < core::LoadResult::kErrorKinds; ++i)
        if (result.errors[std::size_t(i)] > 0)
            m_rows << Row{0, core::LoadResult::ErrorKind(i), result.errors[std::size_t(i)]};
    endResetModel();
}

void LoadCountsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 LoadCountsModel::statusCount(int code) const
{
    for (const Row& r : m_rows)
        if (r.status == code)
            return r.count;
    return 0;
}

int LoadCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoadCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2;
}

QString LoadCountsModel::errorKindTitle(core::LoadResult::ErrorKind kind)
{
    using K = core::LoadResult::ErrorKind;
    switch (kind) {
    case K::Connect:
        return tr("Error: could not connect");
    case K::Timeout:
        return tr("Error: timed out");
    case K::Reset:
        return tr("Error: connection reset");
    case K::Malformed:
        return tr("Error: malformed response");
    }
    return {};
}

QVariant LoadCountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    if (role == Qt::ForegroundRole && (r.status == 0 || r.status >= 500))
        return QColor(0xb5, 0x40, 0x2f);
    if (role == Qt::TextAlignmentRole && index.column() == 1)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == 1)
        return QLocale().toString(r.count);
    return r.status > 0 ? tr("HTTP %1").arg(r.status) : errorKindTitle(r.kind);
}

QVariant LoadCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Outcome") : tr("Requests");
}

} // namespace artgen::gui
