#include "backupcatalogmodel.h"

#include "util/humanformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace artgen::gui {

using core::BackupCatalog;

BackupCatalogModel::BackupCatalogModel(QObject* parent) : QAbstractTableModel(parent) {}

void BackupCatalogModel::setEntries(const QList<BackupCatalog::Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const BackupCatalog::Entry* BackupCatalogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int BackupCatalogModel::rowOf(const QString& path) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].path == path)
            return i;
    return -1;
}

qint64 BackupCatalogModel::totalBytes() const
{
    qint64 bytes = 0;
    for (const auto& e : m_entries)
        bytes += e.sizeBytes;
    return bytes;
}

void BackupCatalogModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Created), index(rowCount() - 1, Created));
}

QDateTime BackupCatalogModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString BackupCatalogModel::formatName(core::BackupFormat format)
{
    switch (format) {
    case core::BackupFormat::Plain:
        return tr("Plain SQL (.sql)");
    case core::BackupFormat::PlainGzip:
        return tr("SQL, gzip (.sql.gz)");
    case core::BackupFormat::PlainZstd:
        return tr("SQL, zstd (.sql.zst)");
    case core::BackupFormat::Custom:
        return tr("PostgreSQL custom (.dump)");
    }
    return core::BackupFormats::name(format);
}

QString BackupCatalogModel::stateName(BackupCatalog::State state)
{
    switch (state) {
    case BackupCatalog::State::SizeMatches:
        return tr("size ok");
    case BackupCatalog::State::Unverified:
        return tr("unverified");
    case BackupCatalog::State::Damaged:
        return tr("damaged");
    }
    return {};
}

QString BackupCatalogModel::age(const QDateTime& then, const QDateTime& now)
{
    const qint64 s = qMax<qint64>(0, then.secsTo(now));
    if (s < 60)
        return tr("just now");
    if (s < 3600)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n day(s) ago", nullptr, int(s / 86400));
}

int BackupCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupCatalogModel::data(const QModelIndex& index, int role) const
{
    const BackupCatalog::Entry* e = entryAt(index.row());
    if (!e)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case File:
            return e->fileName;
        case Created:
            return tr("%1 (%2)").arg(
                QLocale().toString(e->created.toLocalTime(), QLocale::ShortFormat),
                age(e->created, now()));
        case Size:
            return core::HumanFormat::bytes(e->sizeBytes);
        case Database:
            return e->manifest ? e->manifest->database : tr("—");
        case Format:
            return formatName(e->format);
        case State:
            return stateName(e->state);
        }
    } else if (role == Qt::ForegroundRole && column == State) {
        switch (e->state) {
        case BackupCatalog::State::SizeMatches:
            return QBrush(QColor(0x1f, 0x8a, 0x4c));
        case BackupCatalog::State::Unverified:
            return QBrush(QColor(0xa0, 0x6a, 0x00));
        case BackupCatalog::State::Damaged:
            return QBrush(QColor(0xb5, 0x40, 0x2f));
        }
    } else if (role == Qt::FontRole && column == State &&
               e->state == BackupCatalog::State::Damaged) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::TextAlignmentRole && column == Size) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (column == State) {
            switch (e->state) {
            case BackupCatalog::State::SizeMatches:
                return tr("The file's size matches its manifest, so it was not cut. Its checksum "
                          "is compared only by Verify, which reads the whole file.");
            case BackupCatalog::State::Unverified:
                return tr("No manifest: the backup did not finish here or was copied without it. "
                          "Verify it before relying on it.");
            case BackupCatalog::State::Damaged:
                return tr("The file's size differs from its manifest: it was cut or changed "
                          "after the backup. Do not restore it.");
            }
        }
        if (column == Created)
            return QLocale().toString(e->created.toLocalTime(), QLocale::LongFormat);
        if (column == Size)
            return tr("%1 bytes").arg(QLocale().toString(e->sizeBytes));
        return e->path;
    }
    return {};
}

QVariant BackupCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Created:
        return tr("Created");
    case Size:
        return tr("Size");
    case Database:
        return tr("Database");
    case Format:
        return tr("Format");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace artgen::gui
