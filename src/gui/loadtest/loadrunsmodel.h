#pragma once

#include "loadtest/loadrunstore.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace artgen::gui {

// The Load test page's finished runs of the profile, newest first, at most kMaxRuns (as many as
// the store keeps): when, what, how many requests, the rate, p99 and errors — and the whole
// report for showing or exporting it again, with the file it is kept in.
class LoadRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRuns = core::LoadRunStore::kKeep;
    enum Column { When, Target, Requests, Rate, P99, Errors, ColumnCount };

    explicit LoadRunsModel(QObject* parent = nullptr);

    void prepend(const QDateTime& when, const core::LoadReport& report);
    // The runs read from the store join those already listed (a run that finished while they
    // were read stays), newest first.
    void merge(const QList<core::LoadRunStore::Run>& runs);
    // The run that finished at `when` is now kept at `path`; false when it is no longer listed
    // (deleted while it was being written).
    bool setPath(const QDateTime& when, const QString& path);
    void removeRun(int row);
    void clear();
    // Null when `row` is out of range.
    const core::LoadReport* report(int row) const;
    // Empty while the run is being written, or when `row` is out of range.
    QString path(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::LoadRunStore::Run> m_runs;
};

} // namespace artgen::gui
