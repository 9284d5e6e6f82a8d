#pragma once

#include "docker/stackinspector.h"

#include <QAbstractTableModel>

namespace artgen::gui {

// The stack's services as table rows, from StackMonitor's snapshots. Rows are replaced in place
// when the set of containers is unchanged, so the selection survives the 2-second updates.
class ContainersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Service,
        Container,
        Image,
        State,
        Health,
        Uptime,
        Restarts,
        Cpu,
        Memory,
        Ports,
        ColumnCount
    };

    // What a column sorts by: numbers as numbers, the uptime by when the container started.
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setStatus(const core::StackStatus& status);
    const core::ServiceStatus* serviceAt(int row) const;
    const core::StackStatus& status() const { return m_status; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Docker's state and health in the user's language; a stopped container has no health.
    static QString stateText(const core::ServiceStatus& s);
    static QString healthText(const core::ServiceStatus& s);

private:
    static QString dockerWord(const QString& word);
    QString text(const core::ServiceStatus& s, int column) const;
    QVariant colour(const core::ServiceStatus& s) const;
    QVariant sortKey(const core::ServiceStatus& s, int column) const;

    core::StackStatus m_status;
};

} // namespace artgen::gui
