#include "redisclientsmodel.h"

#include "util/humanformat.h"

namespace artgen::gui {

void RedisClientsModel::setClients(const QList<core::RedisClientInfo>& clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

int RedisClientsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int RedisClientsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedisClientsModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || index.row() >= m_clients.size())
        return {};
    const core::RedisClientInfo& c = m_clients[index.row()];
    switch (index.column()) {
    case Id:
        return c.id;
    case Address:
        return c.addr;
    case Name:
        return c.name;
    case Age:
        return core::HumanFormat::duration(c.age);
    case Idle:
        return core::HumanFormat::duration(c.idle);
    case Db:
        return c.db;
    case Command:
        return c.cmd;
    case Flags:
        return c.flags;
    }
    return {};
}

QVariant RedisClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Address:
        return tr("Address");
    case Name:
        return tr("Name");
    case Age:
        return tr("Connected for");
    case Idle:
        return tr("Idle for");
    case Db:
        return tr("Database");
    case Command:
        return tr("Last command");
    case Flags:
        return tr("Flags");
    }
    return {};
}

} // namespace artgen::gui
