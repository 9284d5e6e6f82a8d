#include "pgsessionsmodel.h"

#include "util/humanformat.h"

#include <QLocale>

namespace artgen::gui {

void PgSessionsModel::setSessions(const QList<core::PgSession>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    m_listedAt = QDateTime::currentDateTimeUtc();
    endResetModel();
}

const core::PgSession* PgSessionsModel::at(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int PgSessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int PgSessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PgSessionsModel::age(const QDateTime& from, const QDateTime& now)
{
    if (!from.isValid())
        return QStringLiteral("—");
    return core::HumanFormat::duration(std::max<qint64>(0, from.secsTo(now)));
}

QVariant PgSessionsModel::data(const QModelIndex& index, int role) const
{
    const core::PgSession* s = at(index.row());
    if (!s)
        return {};
    if (role == Qt::UserRole)
        return s->pid;
    if (role == Qt::ToolTipRole && index.column() == Query)
        return s->query;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Pid:
        return s->pid;
    case User:
        return s->user;
    case Application:
        return s->application;
    case Client:
        return s->client;
    case State:
        return s->state;
    case Since:
        return age(s->stateChange, m_listedAt);
    case QueryStart:
        return s->queryStart.isValid()
                   ? QLocale().toString(s->queryStart.toLocalTime(), QLocale::ShortFormat)
                   : QStringLiteral("—");
    case Query:
        return QString(s->query).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant PgSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case User:
        return tr("User");
    case Application:
        return tr("Application");
    case Client:
        return tr("Client");
    case State:
        return tr("State");
    case Since:
        return tr("In state for");
    case QueryStart:
        return tr("Query started");
    case Query:
        return tr("Query");
    }
    return {};
}

} // namespace artgen::gui
