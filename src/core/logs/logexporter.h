#pragma once

#include "logfilter.h"
#include "logstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>

namespace artgen::core {

// Writes log lines to a file, one "2024-05-01T12:00:00.123456789Z backend stderr: text" per
// line, the form copy and `artgenctl logs` use too. The lines come from a store's snapshot
// (taken on the store's thread without copying them), so millions of lines are formatted and
// written on a pool thread while the store goes on taking new ones; the file is written to a
// temporary name and renamed (QSaveFile).
class LogExporter
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LogExporter)

public:
    // One line, without its newline.
    static QByteArray line(const LogStore::Row& row, const QStringList& sources);
    // The snapshot's lines that `filter` accepts (all of them: an empty filter) to `path`, on a
    // pool thread.
    static QFuture<Status> write(LogStore::Snapshot snapshot, LogFilter filter, QString path);
    // The same on the calling thread.
    static Status writeNow(const LogStore::Snapshot& snapshot, LogFilter filter,
                           const QString& path);
};

} // namespace artgen::core
