#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace artgen::core {

// Ordered by severity: a "--level warning" filter keeps Warning and everything above it.
// Unknown (nothing recognisable on the line) ranks with Info.
enum class LogLevel : quint8 { Unknown, Debug, Info, Warning, Error, Critical };

// Note: a line the panel itself adds to a container's log ("the container was removed").
enum class LogStream : quint8 { Stdout, Stderr, Note };

// One entry of a container's log as the panel shows it, decoded and owned (for tests, export and
// the CLI's JSON). The store keeps entries in a compact form and hands out LogStore::Row views.
struct LogEntry
{
    QString source; // the service (or container) the line came from
    LogStream stream = LogStream::Stdout;
    qint64 timestampNs = 0; // Docker's timestamp, nanoseconds since the epoch (UTC)
    LogLevel level = LogLevel::Unknown;
    QByteArray text; // UTF-8, sanitised; a grouped traceback holds several lines
};

// Levels and streams by name, for filters, --level and --json.
class LogLevels
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LogLevels)

public:
    static QString key(LogLevel level);         // "error": stable, for JSON and options
    static QString displayName(LogLevel level); // translated
    static std::optional<LogLevel> fromKey(const QString& key);
    static QString streamKey(LogStream stream); // "stdout", "stderr", "note"
    static bool atLeast(LogLevel level, LogLevel minimum);
};

// What a follower hands over every ~50 ms: the entries of all its containers, their texts back
// to back in one UTF-8 arena (one allocation per batch, adopted as is by the store).
struct LogBatch
{
    struct Item
    {
        qint64 timestampNs = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint16 source = 0; // index into `sources`
        LogStream stream = LogStream::Stdout;
        LogLevel level = LogLevel::Unknown;
    };

    QStringList sources;
    QByteArray text;
    QList<Item> items;

    bool isEmpty() const { return items.isEmpty(); }
    qsizetype size() const { return items.size(); }
    void add(quint16 source, LogStream stream, qint64 timestampNs, LogLevel level,
             QByteArrayView text);
    QByteArrayView textOf(const Item& item) const
    {
        return QByteArrayView(text).sliced(item.offset, item.length);
    }
    LogEntry entry(qsizetype i) const;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::LogBatch)
