#include "loadrunsmodel.h"

#include <QLocale>
#include <algorithm>

namespace artgen::gui {

LoadRunsModel::LoadRunsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoadRunsModel::prepend(const QDateTime& when, const core::LoadReport& report)
{
    beginInsertRows({}, 0, 0);
    m_runs.prepend(core::LoadRunStore::Run{QString(), when, report});
    endInsertRows();
    if (m_runs.size() > kMaxRuns) {
        beginRemoveRows({}, kMaxRuns, int(m_runs.size()) - 1);
        m_runs.resize(kMaxRuns);
        endRemoveRows();
    }
}

void LoadRunsModel::merge(const QList<core::LoadRunStore::Run>& runs)
{
    beginResetModel();
    QList<core::LoadRunStore::Run> all = runs;
    for (const auto& run : std::as_const(m_runs))
        if (run.path.isEmpty() || std::none_of(runs.begin(), runs.end(), [&run](const auto& r) {
                return r.path == run.path;
            }))
            all << run;
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.when > b.when; });
    if (all.size() > kMaxRuns)
        all.resize(kMaxRuns);
    m_runs = std::move(all);
    endResetModel();
}

bool LoadRunsModel::setPath(const QDateTime& when, const QString& path)
{
    for (auto& run : m_runs)
        if (run.when == when && run.path.isEmpty()) {
            run.path = path;
            return true;
        }
    return false;
}

void LoadRunsModel::removeRun(int row)
{
    if (row < 0 || row >= m_runs.size())
        return;
    beginRemoveRows({}, row, row);
    m_runs.removeAt(row);
    endRemoveRows();
}

void LoadRunsModel::clear()
{
    beginResetModel();
    m_runs.clear();
    endResetModel();
}

QString LoadRunsModel::path(int row) const
{
    return row >= 0 && row < m_runs.size() ? m_runs[row].path : QString();
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
    const core::LoadRunStore::Run& run = m_runs[index.row()];
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
        return locale.toString(run.when.toLocalTime(), QLocale::ShortFormat);
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
