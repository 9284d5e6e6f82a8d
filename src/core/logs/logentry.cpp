#include "logentry.h"

namespace artgen::core {

QString LogLevels::key(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    case LogLevel::Critical:
        return QStringLiteral("critical");
    case LogLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString LogLevels::displayName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return tr("Debug");
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Warning:
        return tr("Warning");
    case LogLevel::Error:
        return tr("Error");
    case LogLevel::Critical:
        return tr("Critical");
    case LogLevel::Unknown:
        break;
    }
    return tr("Unknown");
}

std::optional<LogLevel> LogLevels::fromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (LogLevel l : {LogLevel::Unknown, LogLevel::Debug, LogLevel::Info, LogLevel::Warning,
                       LogLevel::Error, LogLevel::Critical})
        if (LogLevels::key(l) == k)
            return l;
    if (k == QStringLiteral("warn"))
        return LogLevel::Warning;
    if (k == QStringLiteral("fatal") || k == QStringLiteral("crit"))
        return LogLevel::Critical;
    return std::nullopt;
}

QString LogLevels::streamKey(LogStream stream)
{
    switch (stream) {
    case LogStream::Stderr:
        return QStringLiteral("stderr");
    case LogStream::Note:
        return QStringLiteral("note");
    case LogStream::Stdout:
        break;
    }
    return QStringLiteral("stdout");
}

bool LogLevels::atLeast(LogLevel level, LogLevel minimum)
{
    const auto rank = [](LogLevel l) {
        return l == LogLevel::Unknown ? int(LogLevel::Info) : int(l);
    };
    return minimum == LogLevel::Unknown || rank(level) >= rank(minimum);
}

void LogBatch::add(quint16 source, LogStream stream, qint64 timestampNs, LogLevel level,
                   QByteArrayView line)
{
    Item item;
    item.timestampNs = timestampNs;
    item.offset = quint32(text.size());
    item.length = quint32(line.size());
    item.source = source;
    item.stream = stream;
    item.level = level;
    text.append(line);
    items.append(item);
}

LogEntry LogBatch::entry(qsizetype i) const
{
    const Item& it = items.at(i);
    return {sources.value(it.source), it.stream, it.timestampNs, it.level,
            textOf(it).toByteArray()};
}

} // namespace artgen::core
