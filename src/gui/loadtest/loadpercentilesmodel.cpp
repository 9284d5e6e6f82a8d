#include "loadpercentilesmodel.h"

#include "loadtest/loadreportformat.h"

#include <QLocale>

namespace artgen::gui {

LoadPercentilesModel::LoadPercentilesModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoadPercentilesModel::setResult(const core::LoadResult& result)
{
    beginResetModel();
    m_result = result;
    m_hasResult = true;
    endResetModel();
}

void LoadPercentilesModel::clear()
{
    beginResetModel();
    m_result = {};
    m_hasResult = false;
    endResetModel();
}

int LoadPercentilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasResult
               ? 0
               : int(core::LoadReportFormat::latencyRows(m_result.corrected).size());
}

int LoadPercentilesModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_result.targetRate > 0 ? 2 : 1;
}

QVariant LoadPercentilesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_hasResult)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto rows = core::LoadReportFormat::latencyRows(
        index.column() == 0 ? m_result.corrected : m_result.uncorrected);
    if (index.row() >= rows.size())
        return {};
    return QLocale().toString(rows[index.row()].micros / 1000.0, 'f', 3);
}

QVariant LoadPercentilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        const auto rows = core::LoadReportFormat::latencyRows(m_result.corrected);
        return section < rows.size() ? rows[section].label : QString();
    }
    if (m_result.targetRate <= 0)
        return tr("Latency, ms");
    return section == 0 ? tr("Corrected, ms") : tr("Uncorrected, ms");
}

} // namespace artgen::gui
