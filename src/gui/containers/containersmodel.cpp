#include "containersmodel.h"

#include "docker/portmapping.h"
#include "util/humanformat.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <limits>

namespace artgen::gui {

void ContainersModel::setStatus(const core::StackStatus& status)
{
    bool sameRows = status.services.size() == m_status.services.size();
    for (int i = 0; sameRows && i < status.services.size(); ++i)
        sameRows = status.services[i].container == m_status.services[i].container;
    if (!sameRows) {
        beginResetModel();
        m_status = status;
        endResetModel();
        return;
    }
    m_status = status;
    if (!m_status.services.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const core::ServiceStatus* ContainersModel::serviceAt(int row) const
{
    return row >= 0 && row < m_status.services.size() ? &m_status.services[row] : nullptr;
}

int ContainersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_status.services.size());
}

int ContainersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContainersModel::text(const core::ServiceStatus& s, int column) const
{
    switch (column) {
    case Service:
        return s.service;
    case Container:
        return s.container;
    case Image:
        return s.image;
    case State:
        return stateText(s);
    case Health:
        return healthText(s);
    case Uptime:
        return s.state == QStringLiteral("running") && s.startedAt.isValid()
                   ? core::HumanFormat::duration(
                         s.startedAt.secsTo(QDateTime::currentDateTimeUtc()))
                   : QStringLiteral("—");
    case Restarts:
        return QLocale().toString(s.restartCount);
    case Cpu:
        return s.figures.cpuPercent < 0 ? QStringLiteral("—")
                                        : QLocale().toString(s.figures.cpuPercent, 'f', 1);
    case Memory:
        return s.figures.memoryBytes < 0 ? QStringLiteral("—")
                                         : core::HumanFormat::bytes(s.figures.memoryBytes);
    case Ports:
        // Short forms, one mapping a line (the row grows), the full forms in the tooltip: a
        // list on one line was cut at the default width.
        return core::PortMapping::lines(s.ports, true).join(QLatin1Char('\n'));
    }
    return {};
}

QString ContainersModel::dockerWord(const QString& word)
{
    // Docker's states and health as `docker ps` knows them (QT_TR_NOOP lets lupdate see them);
    // anything newer is shown as Docker says it.
    static const QHash<QString, const char*> words = {
        {QStringLiteral("running"), QT_TR_NOOP("running")},
        {QStringLiteral("restarting"), QT_TR_NOOP("restarting")},
        {QStringLiteral("paused"), QT_TR_NOOP("paused")},
        {QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("dead"), QT_TR_NOOP("dead")},
        {QStringLiteral("removing"), QT_TR_NOOP("removing")},
        {QStringLiteral("missing"), QT_TR_NOOP("missing")},
        {QStringLiteral("unknown"), QT_TR_NOOP("unknown")},
        {QStringLiteral("healthy"), QT_TR_NOOP("healthy")},
        {QStringLiteral("unhealthy"), QT_TR_NOOP("unhealthy")},
        {QStringLiteral("starting"), QT_TR_NOOP("starting")},
    };
    const char* source = words.value(word);
    return source ? tr(source) : word;
}

QString ContainersModel::stateText(const core::ServiceStatus& s)
{
    return s.state == QStringLiteral("exited") ? tr("exited (%1)").arg(s.exitCode)
                                               : dockerWord(s.state);
}

QString ContainersModel::healthText(const core::ServiceStatus& s)
{
    // Docker keeps the last health of a stopped container ("unhealthy" after it died): a
    // stopped container has no health, its state and exit code say it all.
    if (s.state != QStringLiteral("running") || s.health.isEmpty())
        return QStringLiteral("—");
    return dockerWord(s.health);
}

QVariant ContainersModel::colour(const core::ServiceStatus& s) const
{
    if (s.state == QStringLiteral("running")) {
        if (s.health == QStringLiteral("unhealthy"))
            return QColor(0xb5, 0x40, 0x2f);
        if (s.health == QStringLiteral("starting"))
            return QColor(0xa0, 0x70, 0x00);
        return QColor(0x1f, 0x8a, 0x4c);
    }
    if (s.state == QStringLiteral("restarting"))
        return QColor(0xc2, 0x7c, 0x0e);
    if (s.state == QStringLiteral("unknown"))
        return QColor(0x80, 0x80, 0x80);
    return QColor(0xb5, 0x40, 0x2f); // exited, dead, missing
}

QVariant ContainersModel::sortKey(const core::ServiceStatus& s, int column) const
{
    switch (column) {
    case Uptime:
        // Shortest uptime first is the latest start first; not running (no uptime) last.
        return s.state == QStringLiteral("running") && s.startedAt.isValid()
                   ? -s.startedAt.toMSecsSinceEpoch()
                   : std::numeric_limits<qint64>::max();
    case Restarts:
        return s.restartCount;
    case Cpu:
        return s.figures.cpuPercent;
    case Memory:
        return s.figures.memoryBytes;
    default:
        return text(s, column);
    }
}

QVariant ContainersModel::data(const QModelIndex& index, int role) const
{
    const core::ServiceStatus* s = serviceAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*s, index.column());
    case SortRole:
        return sortKey(*s, index.column());
    case Qt::ForegroundRole:
        if (index.column() == State ||
            (index.column() == Health && s->state == QStringLiteral("running")))
            return colour(*s);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Restarts || index.column() == Cpu || index.column() == Memory)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Ports)
            return core::PortMapping::lines(s->ports).join(QLatin1Char('\n'));
        if (index.column() == Image || index.column() == Container)
            return text(*s, index.column()); // in full where the column is narrowed
        return s->startedAt.isValid()
                   ? tr("Started %1")
                         .arg(QLocale().toString(s->startedAt.toLocalTime(), QLocale::ShortFormat))
                   : QVariant();
    }
    return {};
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip says a header in full where its column was narrowed.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Container:
        return tr("Container");
    case Image:
        return tr("Image");
    case State:
        return tr("State");
    case Health:
        return tr("Health");
    case Uptime:
        return tr("Uptime");
    case Restarts:
        return tr("Restarts");
    case Cpu:
        return tr("CPU %");
    case Memory:
        return tr("Memory");
    case Ports:
        return tr("Ports");
    }
    return {};
}

} // namespace artgen::gui
