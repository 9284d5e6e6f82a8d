#include "loadstepsmodel.h"

#include <QFont>
#include <QLocale>

namespace artgen::gui {

LoadStepsModel::LoadStepsModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoadStepsModel::setReport(const core::LoadReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void LoadStepsModel::clear()
{
    setReport({});
}

int LoadStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.steps.size());
}

int LoadStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadStepsModel::display(const core::LoadResult& step, int row, int column) const
{
    const QLocale locale;
    const double seconds = double(step.elapsedNs) / 1e9;
    switch (column) {
    case Target:
        return locale.toString(step.targetRate);
    case Achieved:
        return locale.toString(seconds > 0 ? double(step.requests()) / seconds : 0.0, 'f', 1);
    case Requests:
        return locale.toString(step.requests());
    case P50:
        return locale.toString(double(step.corrected.valueAtPercentile(50)) / 1000.0, 'f', 2);
    case P99:
        return locale.toString(double(step.corrected.valueAtPercentile(99)) / 1000.0, 'f', 2);
    case Errors:
        return locale.toString(step.errorCount());
    case Slo:
        return m_report.stepMeetsSlo(row) ? QStringLiteral("✓") : QStringLiteral("✗");
    default:
        return {};
    }
}

QVariant LoadStepsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.steps.size())
        return {};
    const bool best = index.row() == highestPassingRow();
    switch (role) {
    case Qt::DisplayRole:
        return display(m_report.steps[index.row()], index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Slo ? QVariant(Qt::AlignCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (!best)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (best)
            return tr("The highest rate whose p99 stayed under the SLO.");
        return index.column() == Slo && !m_report.stepMeetsSlo(index.row())
                   ? tr("p99 was not under the SLO.")
                   : QVariant();
    default:
        return {};
    }
}

QVariant LoadStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == highestPassingRow() ? QStringLiteral("★") : QString::number(section + 1);
    switch (section) {
    case Target:
        return tr("Target/s");
    case Achieved:
        return tr("Achieved/s");
    case Requests:
        return tr("Requests");
    case P50:
        return tr("p50, ms");
    case P99:
        return tr("p99, ms");
    case Errors:
        return tr("Errors");
    case Slo:
        return tr("SLO");
    default:
        return {};
    }
}

} // namespace artgen::gui
