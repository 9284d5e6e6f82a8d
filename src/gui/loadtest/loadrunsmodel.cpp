#include "loadrunsmodel.h"

#include <QLocale>

namespace artgen::gui {

LoadRunsModel::LoadRunsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoadRunsModel::prepend(const QDateTime& when, const core::LoadReport& report)
{
    beginInsertRows({}, 0, 0);
    m_runs.prepend(Run{when, report});
    endInsertRows();
    if (m_runs.size() > kMaxRuns) {
        beginRemoveRows({}, kMaxRuns, int(m_runs.size()) - 1);
        m_runs.resize(kMaxRuns);
        endRemoveRows();
    }
}

const core::LoadReport* LoadRunsModel::report(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row].report : nullptr;
}

int LoadRunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int LoadRunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadRunsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const Run& run = m_runs[index.row()];
    const core::LoadResult& r = run.report.total;
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Requests ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Target)
        return run.report.interrupted ? tr("%1 (interrupted)").arg(run.report.url) : run.report.url;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return locale.toString(run.when, QLocale::ShortFormat);
    case Target:
        return QString(run.report.method + u' ' + run.report.url);
    case Requests:
        return locale.toString(r.requests());
    case Rate:
        return locale.toString(r.requestsPerSecond(), 'f', 1);
    case P99:
        return locale.toString(double(r.corrected.valueAtPercentile(99)) / 1000.0, 'f', 2);
    case Errors:
        return locale.toString(r.errorCount());
    default:
        return {};
    }
}

QVariant LoadRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Target:
        return tr("Target");
    case Requests:
        return tr("Requests");
    case Rate:
        return tr("Requests/s");
    case P99:
        return tr("p99, ms");
    case Errors:
        return tr("Errors");
    default:
        return {};
    }
}

} // namespace artgen::gui
