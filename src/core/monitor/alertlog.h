#pragma once

#include "alert.h"
#include "util/logrotation.h"

#include <QThreadPool>

namespace artgen::core {

// The alert log: one JSON object per line, appended to $XDG_DATA_HOME/artgen/alerts.jsonl next
// to the audit log and shared by the panel and artgenctl. Like the audit log, each line is one
// append-mode write of a whole line, so a crash loses at most the line being written and never
// leaves a torn one before it. The write runs on a private one-thread pool, in order, so the
// caller (the UI thread may be one) never waits for the disk.
//
// A panel left running for months must not fill the disk: the log rotates at `maxBytes`, keeping
// `keep` older generations (LogRotation).
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
    QString m_path;
    LogRotation m_rotation;
    QThreadPool m_pool;
};

} // namespace artgen::core
