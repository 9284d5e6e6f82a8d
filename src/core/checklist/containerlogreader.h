#pragma once

#include "logs/logentry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace artgen::core {

class StepContext;

// A container's log read once, not followed: the lines since a time (step 6: since the
// container last started, or since step 5) or the last N (the 502 runbook's "--tail 100"),
// decoded, levelled and with tracebacks grouped the way the Logs page does it.
class ContainerLogReader
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ContainerLogReader)

public:
    struct Log
    {
        QString container;
        QDateTime startedAt; // when the container last started
        QString state;       // running, exited, …
        int lines = 0;       // raw lines read
        QList<LogEntry> entries;
    };

    static constexpr qint64 kSinceStart = -1;

    // sinceNs > 0: the lines from then on; kSinceStart: since the container last started; 0:
    // from the beginning. Of those, the last `tail` lines (0: all).
    static Result<Log> read(const StepContext& context, const QString& container, qint64 sinceNs,
                            int tail);
    // Docker's log body (multiplexed, or raw for a TTY) as entries of `source`; lines before
    // `notBeforeNs` left out. Pure.
    static QList<LogEntry> decode(const QByteArray& body, bool tty, qint64 notBeforeNs,
                                  const QString& source, int* lines);
};

} // namespace artgen::core
