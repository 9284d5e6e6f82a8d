#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace artgen::core {

// Docker's log timestamps (RFC 3339 with nanoseconds, "2024-05-01T12:00:00.123456789Z") as
// nanoseconds since the epoch. Parsed by hand: a million lines must not build a million
// QDateTimes, and nanoseconds are what orders and de-duplicates lines.
class LogTimestamp
{
public:
    // Length of the timestamp at the start of `text` (0 when there is none); `*ns` set.
    static qsizetype parse(QByteArrayView text, qint64* ns);
    // "2024-05-01T12:00:00.123456789Z"
    static QByteArray format(qint64 ns);
    static QDateTime toDateTime(qint64 ns);
    static qint64 fromDateTime(const QDateTime& dt);
};

} // namespace artgen::core
