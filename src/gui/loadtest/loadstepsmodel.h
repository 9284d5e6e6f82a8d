#pragma once

#include "loadtest/loadreport.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// A ramp step by step: the rate asked for and the one reached, requests, p50 and p99 in
// milliseconds, errors and whether the step met the SLO; the highest passing step stands out.
class LoadStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Target, Achieved, Requests, P50, P99, Errors, Slo, ColumnCount };

    explicit LoadStepsModel(QObject* parent = nullptr);

    // Empty for a report that is not a ramp.
    void setReport(const core::LoadReport& report);
    void clear();
    // The row of the highest rate that met the SLO, or -1.
    int highestPassingRow() const { return int(m_report.highestPassingStep()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::LoadResult& step, int row, int column) const;

    core::LoadReport m_report;
};

} // namespace artgen::gui
