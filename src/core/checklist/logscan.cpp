#include "logscan.h"

#include "logs/logleveldetector.h"
#include "logs/logtimestamp.h"
#include "troubleshoot/nginxaccessline.h"

#include <QRegularExpression>

namespace artgen::core {

QString LogScan::signatureOf(const QByteArray& text, bool* traceback)
{
    const QList<QByteArray> lines = text.split('\n');
    *traceback = std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray& l) {
        return LogLevelDetector::isTracebackStart(l);
    });
    static const QRegularExpression hexIds(QStringLiteral("\\b[0-9a-fA-F]{16,}\\b"));
    static const QRegularExpression numbers(QStringLiteral("\\d+"));
    const auto blanked = [](QString text) {
        text.replace(hexIds, QStringLiteral("…"));
        text.replace(numbers, QStringLiteral("#"));
        return text.simplified().left(300);
    };
    QString key;
    if (*traceback) {
        // The exception line closes the traceback: the last line not indented.
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (!it->isEmpty() && !it->startsWith(' ') && !it->startsWith('\t')) {
                key = QString::fromUtf8(*it);
                break;
            }
        }
    } else if (const auto access = NginxAccessLine::parse(lines.value(0))) {
        // An access line: what was asked and what came back, not who asked or when.
        return QStringLiteral("HTTP %1 %2").arg(access->status).arg(blanked(access->request));
    } else {
        key = QString::fromUtf8(lines.value(0));
    }
    return blanked(key);
}

void LogScan::add(const QString& service, const QList<LogEntry>& entries)
{
    for (const LogEntry& e : entries) {
        if (!LogLevels::atLeast(e.level, LogLevel::Error))
            continue;
        bool traceback = false;
        const QString signature = signatureOf(e.text, &traceback);
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) {
            return g.service == service && g.signature == signature;
        });
        if (it == m_groups.end()) {
            Group g;
            g.service = service;
            g.level = e.level;
            g.traceback = traceback;
            g.signature = signature;
            g.firstNs = e.timestampNs;
            const QList<QByteArray> lines = e.text.split('\n');
            QStringList excerpt;
            for (qsizetype i = 0; i < lines.size() && i < kExcerptLines; ++i)
                excerpt << QString::fromUtf8(lines.at(i));
            if (lines.size() > kExcerptLines)
                excerpt << QStringLiteral("…") << QString::fromUtf8(lines.constLast());
            g.excerpt = excerpt.join(u'\n');
            m_groups << g;
            it = std::prev(m_groups.end());
        }
        it->count += 1;
        it->lastNs = e.timestampNs;
        if (e.level > it->level)
            it->level = e.level;
    }
}

int LogScan::errorCount() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += g.count;
    return n;
}

int LogScan::tracebackCount() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += g.traceback ? g.count : 0;
    return n;
}

bool LogScan::hasCritical() const
{
    return std::any_of(m_groups.cbegin(), m_groups.cend(),
                       [](const Group& g) { return g.level == LogLevel::Critical; });
}

QStringList LogScan::evidence(int maxGroups) const
{
    QStringList out;
    QStringList read;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        read << tr("%1: %n line(s)", nullptr, it.value()).arg(it.key());
    if (!read.isEmpty())
        out << tr("Read since start: %1").arg(read.join(QStringLiteral(", ")));
    QList<Group> sorted = m_groups;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Group& a, const Group& b) { return a.count > b.count; });
    for (qsizetype i = 0; i < sorted.size() && i < maxGroups; ++i) {
        const Group& g = sorted.at(i);
        out << tr("%1 ×%2 %3%4: %5 (last %6)")
                   .arg(g.service)
                   .arg(g.count)
                   .arg(LogLevels::key(g.level).toUpper(),
                        g.traceback ? tr(" traceback") : QString(), g.signature,
                        LogTimestamp::toDateTime(g.lastNs).toString(Qt::ISODate));
        for (const QString& line : g.excerpt.split(u'\n'))
            out << QStringLiteral("    ") + line;
    }
    if (sorted.size() > maxGroups)
        out << tr("… and %n more group(s).", nullptr, int(sorted.size() - maxGroups));
    return out;
}

} // namespace artgen::core
