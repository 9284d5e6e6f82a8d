#pragma once

#include "loadtest/loadreport.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace artgen::gui {

// The Load test page's finished runs, newest first, at most kMaxRuns: when, what, how many
// requests, the rate, p99 and errors — and the whole report for showing or exporting it again.
class LoadRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRuns = 20;
    enum Column { When, Target, Requests, Rate, P99, Errors, ColumnCount };

    explicit LoadRunsModel(QObject* parent = nullptr);

    void prepend(const QDateTime& when, const core::LoadReport& report);
    // Null when `row` is out of range.
    const core::LoadReport* report(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Run
    {
        QDateTime when;
        core::LoadReport report;
    };
    QList<Run> m_runs;
};

} // namespace artgen::gui
