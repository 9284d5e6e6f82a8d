#pragma once

#include "alert.h"

#include <QThreadPool>

namespace artgen::core {

// The alert log: one JSON object per line, appended to $XDG_DATA_HOME/artgen/alerts.jsonl next
// to the audit log and shared by the panel and artgenctl. Like the audit log, each line is one
// append-mode write of a whole line, so a crash loses at most the line being written and never
// leaves a torn one before it. The write runs on a private one-thread pool, in order, so the
// caller (the UI thread may be one) never waits for the disk.
//
// A panel left running for months must not fill the disk: a line that would take the file past
// `maxBytes` first moves it to "<path>.1" (".1" to ".2" and so on, the oldest of `keep`
// generations dropped). The panel and artgenctl may both rotate; each step is a rename, so the
// worst a race does is drop one generation early, never a line of the current file.
class AlertLog
{
public:
    static constexpr qint64 kDefaultMaxBytes = 4 * 1024 * 1024;
    static constexpr int kDefaultKeep = 3;

    explicit AlertLog(QString path = defaultPath(), qint64 maxBytes = kDefaultMaxBytes,
                      int keep = kDefaultKeep);
    ~AlertLog();

    static QString defaultPath();
    QString path() const { return m_path; }

    void append(const Alert& alert);
    // Waits until every line handed over so far is written (tests, shutdown).
    void flush();

    // "<path>.<n>" for generation n (1 the newest rotated one).
    static QString generation(const QString& path, int n);

private:
    static void rotate(const QString& path, int keep);

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QThreadPool m_pool;
};

} // namespace artgen::core
