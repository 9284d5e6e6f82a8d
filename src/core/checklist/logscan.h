#pragma once

#include "logs/logentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace artgen::core {

// Step 6's reading of the logs: the errors and tracebacks among a service's entries (levels and
// tracebacks as the Logs page detects them, LogEntryBuilder), grouped by what they say — a
// traceback by its exception line, another line by its text with numbers and ids blanked — so
// "Worker timeout (pid:17)" printed 40 times is one group of 40. Pure.
class LogScan
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LogScan)

public:
    struct Group
    {
        QString service;
        LogLevel level = LogLevel::Error;
        bool traceback = false;
        QString signature; // what the group's entries share
        int count = 0;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
        QString excerpt; // the first entry, cut to a few lines
    };

    static constexpr int kExcerptLines = 6;

    // Adds one service's entries; only errors and worse count.
    void add(const QString& service, const QList<LogEntry>& entries);
    void addScanned(const QString& service, int lines) { m_lines[service] += lines; }

    const QList<Group>& groups() const { return m_groups; }
    int errorCount() const;
    int tracebackCount() const;
    bool hasCritical() const;
    // The lines read per service, for the evidence ("backend: 43 lines").
    const QMap<QString, int>& linesRead() const { return m_lines; }

    // Evidence lines: per group "backend ×40 ERROR: Worker timeout (pid:#)" and its excerpt.
    QStringList evidence(int maxGroups = 10) const;

    // The text a group is keyed by. Pure; for tests.
    static QString signatureOf(const QByteArray& text, bool* traceback);

private:
    QList<Group> m_groups;
    QMap<QString, int> m_lines;
};

} // namespace artgen::core
