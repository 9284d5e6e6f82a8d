#pragma once

#include "redis/redisclientinfo.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// Redis's CLIENT LIST as a table: id, address, name, age, idle, database, last command, flags.
class RedisClientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Address, Name, Age, Idle, Db, Command, Flags, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setClients(const QList<core::RedisClientInfo>& clients);
    const QList<core::RedisClientInfo>& clients() const { return m_clients; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<core::RedisClientInfo> m_clients;
};

} // namespace artgen::gui
