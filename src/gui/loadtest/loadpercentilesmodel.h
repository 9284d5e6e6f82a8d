#pragma once

#include "loadtest/loadresult.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// A run's latency table in milliseconds: min, p50 … p99.9, max, mean and stdev down, and one
// column — or two in rate mode: corrected (from the scheduled send time) and uncorrected.
class LoadPercentilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LoadPercentilesModel(QObject* parent = nullptr);

    void setResult(const core::LoadResult& result);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::LoadResult m_result;
    bool m_hasResult = false;
};

} // namespace artgen::gui
