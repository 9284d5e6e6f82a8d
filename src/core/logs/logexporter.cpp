#include "logexporter.h"

#include "logtimestamp.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace artgen::core {

namespace {
// Written in pieces of about this size: the file never waits for the whole text in memory.
constexpr qsizetype kWriteBytes = 1 << 20;

void appendLine(QByteArray& out, const LogStore::Row& row, QByteArrayView source)
{
    static const QByteArray streams[] = {LogLevels::streamKey(LogStream::Stdout).toLatin1(),
                                         LogLevels::streamKey(LogStream::Stderr).toLatin1(),
                                         LogLevels::streamKey(LogStream::Note).toLatin1()};
    out += LogTimestamp::format(row.timestampNs);
    out += ' ';
    out += source;
    out += ' ';
    out += streams[qBound(0, int(row.stream), 2)];
    out += ": ";
    out += row.text;
}
} // namespace

QByteArray LogExporter::line(const LogStore::Row& row, const QStringList& sources)
{
    QByteArray out;
    appendLine(out, row, sources.value(row.source).toUtf8());
    return out;
}

QFuture<Status> LogExporter::write(LogStore::Snapshot snapshot, LogFilter filter, QString path)
{
    return QtConcurrent::run([snapshot = std::move(snapshot), filter = std::move(filter),
                              path = std::move(path)] { return writeNow(snapshot, filter, path); });
}

Status LogExporter::writeNow(const LogStore::Snapshot& snapshot, LogFilter filter,
                             const QString& path)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return tl::unexpected(
            Error(Error::Code::Io, tr("The log could not be saved to %1.").arg(path),
                  file.errorString(), tr("Choose another folder or free some disk space.")));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    filter.prepare(snapshot.sources());
    const bool all = filter.isEmpty();
    // Names and stream words once, not per line.
    QList<QByteArray> sources;
    for (const QString& name : snapshot.sources())
        sources << name.toUtf8();
    QByteArray buffer;
    buffer.reserve(kWriteBytes + 4096);
    for (qsizetype i = 0; i < snapshot.size(); ++i) {
        const LogStore::Row row = snapshot.at(i);
        if (!all && !filter.accepts(row))
            continue;
        appendLine(buffer, row, sources.value(row.source));
        buffer += '\n';
        if (buffer.size() >= kWriteBytes) {
            if (file.write(buffer) != buffer.size())
                return failed();
            buffer.resize(0); // keeps its capacity
        }
    }
    if (file.write(buffer) != buffer.size() || !file.commit())
        return failed();
    return {};
}

} // namespace artgen::core
