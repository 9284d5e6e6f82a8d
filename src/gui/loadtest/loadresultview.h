#pragma once

#include "loadtest/loadreport.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableView;

namespace artgen::gui {

class LoadCountsModel;
class LoadHistogramChart;
class LoadPercentilesModel;
class LoadStepsModel;

// A finished run: a summary (requests, rate, time, bytes, CPU time), a warning when the run was
// interrupted or fell short of its target rate, the percentile table, the counts by status and
// by kind of error, and the latency distribution; for a ramp, its steps under the percentiles.
class LoadResultView : public QWidget
{
    Q_OBJECT

public:
    explicit LoadResultView(QWidget* parent = nullptr);

    void showReport(const core::LoadReport& report);
    void clear();
    bool hasReport() const { return m_report.has_value(); }
    LoadPercentilesModel* percentiles() const { return m_percentiles; }
    LoadCountsModel* counts() const { return m_counts; }
    LoadStepsModel* steps() const { return m_steps; }
    QTableView* stepTable() const { return m_stepTable; }
    LoadHistogramChart* histogram() const { return m_histogram; }
    QString summaryText() const;
    QString warningText() const;
    void retranslate();

private:
    void showSummary();

    std::optional<core::LoadReport> m_report;
    QLabel* m_summary = nullptr;
    QLabel* m_warning = nullptr;
    LoadPercentilesModel* m_percentiles = nullptr;
    LoadCountsModel* m_counts = nullptr;
    LoadStepsModel* m_steps = nullptr;
    QTableView* m_percentileTable = nullptr;
    QTableView* m_countTable = nullptr;
    QTableView* m_stepTable = nullptr;
    LoadHistogramChart* m_histogram = nullptr;
};

} // namespace artgen::gui
