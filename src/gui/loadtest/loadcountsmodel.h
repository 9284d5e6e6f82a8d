#pragma once

#include "loadtest/loadresult.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// How a run's requests ended: one row per HTTP status that answered, then one per kind of
// error (connect, timeout, reset, malformed response) that happened, with its count.
class LoadCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LoadCountsModel(QObject* parent = nullptr);

    void setResult(const core::LoadResult& result);
    void clear();
    // For tests and the summary: the count of status `code` shown (0 when none).
    qint64 statusCount(int code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString errorKindTitle(core::LoadResult::ErrorKind kind);

private:
    struct Row
    {
        int status = 0; // 0: an error row
        core::LoadResult::ErrorKind kind = core::LoadResult::ErrorKind::Connect;
        qint64 count = 0;
    };
    QList<Row> m_rows;
};

} // namespace artgen::gui
