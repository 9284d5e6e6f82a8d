#pragma once

#include "postgres/pgsession.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// PostgreSQL's client sessions as the Charts page's sessions table shows them: pid, user,
// application, client, state, since, query start and the query cut short.
class PgSessionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Pid, User, Application, Client, State, Since, QueryStart, Query, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(const QList<core::PgSession>& sessions);
    const QList<core::PgSession>& sessions() const { return m_sessions; }
    const core::PgSession* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "3 min" since `from`, as the Since column shows it.
    static QString age(const QDateTime& from, const QDateTime& now);

private:
    QList<core::PgSession> m_sessions;
    QDateTime m_listedAt;
};

} // namespace artgen::gui
