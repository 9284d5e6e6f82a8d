#pragma once

#include <QStringList>

namespace artgen::core {

// How a log that grows for months (the alert log, the audit log) keeps the disk: a line that
// would take the file past `maxBytes` first moves it to "<path>.1" (".1" to ".2" and so on, the
// oldest of `keep` generations dropped). The panel and artgenctl may both rotate; each step is a
// rename, so the worst a race does is drop one generation early, never a line of the current
// file. Call it where the lines are written, under whatever orders those writes.
class LogRotation
{
public:
    LogRotation(qint64 maxBytes, int keep) : m_maxBytes(maxBytes), m_keep(keep) {}

    qint64 maxBytes() const { return m_maxBytes; }
    int keep() const { return m_keep; }

    // Rotates `path` first when `incomingBytes` more would take it past the limit; a line
    // longer than the limit still goes whole into a file of its own.
    void beforeAppend(const QString& path, qint64 incomingBytes) const;

    // "<path>.<n>" for generation n (1 the newest rotated one).
    static QString generation(const QString& path, int n);
    // The files that hold the log now, oldest first, the current one last: what a reader reads
    // in order to see every kept line in the order it was written.
    static QStringList files(const QString& path);

private:
    void rotate(const QString& path) const;

    qint64 m_maxBytes;
    int m_keep;
};

} // namespace artgen::core
