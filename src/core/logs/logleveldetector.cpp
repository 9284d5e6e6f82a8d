#include "logleveldetector.h"

namespace artgen::core {

namespace {
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

LogLevel LogLevelDetector::fromWord(QByteArrayView w, bool lower)
{
    if (lower) { // nginx error log: [debug] [info] [notice] [warn] [error] [crit] [alert] [emerg]
        if (w == "error")
            return LogLevel::Error;
        if (w == "warn")
            return LogLevel::Warning;
        if (w == "crit" || w == "alert" || w == "emerg")
            return LogLevel::Critical;
        if (w == "notice" || w == "info")
            return LogLevel::Info;
        if (w == "debug")
            return LogLevel::Debug;
        return LogLevel::Unknown;
    }
    switch (w.size()) {
    case 3:
        return w == "LOG" ? LogLevel::Info : LogLevel::Unknown; // PostgreSQL
    case 4:
        if (w == "INFO")
            return LogLevel::Info;
        if (w == "WARN")
            return LogLevel::Warning;
        return LogLevel::Unknown;
    case 5:
        if (w == "ERROR")
            return LogLevel::Error;
        if (w == "DEBUG")
            return LogLevel::Debug;
        if (w == "FATAL")
            return LogLevel::Error; // PostgreSQL: one session ended (see postgresOutage)
        if (w == "PANIC")
            return LogLevel::Critical;
        return LogLevel::Unknown;
    case 6:
        return w == "NOTICE" ? LogLevel::Info : LogLevel::Unknown;
    case 7:
        return w == "WARNING" ? LogLevel::Warning : LogLevel::Unknown;
    case 8:
        return w == "CRITICAL" ? LogLevel::Critical : LogLevel::Unknown;
    default:
        return LogLevel::Unknown;
    }
}

bool LogLevelDetector::isPostgresOutage(QByteArrayView message)
{
    // PostgreSQL's FATAL ends one session: a wrong password, a missing database, a client
    // refused while the server starts. The stack goes on, so it is an error. The server itself
    // going down stops every client at once: that is critical, whatever level PostgreSQL gave
    // the line (the crash reset is logged at LOG). Planned shutdowns are announced with
    // "received … shutdown request" (LOG, info); a client refused because of one is the line
    // an admin must not miss, so it ranks as critical.
    static constexpr QByteArrayView kOutages[] = {
        "the database system is shutting down",          // FATAL to a client during shutdown
        "terminating any other active server processes", // a child crashed: everyone goes
        "was terminated by signal",                      // "server process (PID 9) was …"
        "all server processes terminated; reinitializing",
        "terminating connection because of crash of another server process",
    };
    // The phrases open PostgreSQL's messages; a long line is not scanned whole.
    const QByteArrayView head = message.first(qMin(message.size(), kScanBytes));
    for (QByteArrayView outage : kOutages)
        if (head.contains(outage))
            return true;
    return false;
}

LogLevel LogLevelDetector::fromAccessLine(QByteArrayView line)
{
    // HOST - USER [DATE] "REQUEST" STATUS SIZE …: the status follows the request's closing quote.
    const qsizetype open = line.indexOf("] \"");
    if (open < 0)
        return LogLevel::Unknown;
    const qsizetype close = line.indexOf("\" ", open + 3);
    if (close < 0 || close + 5 > line.size())
        return LogLevel::Unknown;
    const qsizetype s = close + 2;
    if (!isDigit(line[s]) || !isDigit(line[s + 1]) || !isDigit(line[s + 2]) ||
        (s + 3 < line.size() && line[s + 3] != ' '))
        return LogLevel::Unknown;
    if (line[s] == '5')
        return LogLevel::Error;
    if (line[s] == '4')
        return LogLevel::Warning;
    return LogLevel::Info;
}

LogLevel LogLevelDetector::detect(QByteArrayView line)
{
    if (line.isEmpty())
        return LogLevel::Unknown;
    if (isTracebackStart(line))
        return LogLevel::Error;
    const QByteArrayView head = line.first(qMin(line.size(), kScanBytes));
    // nginx access lines start with the client address and carry "] \"" after the date.
    if ((isDigit(head[0]) || head[0] == ':' || isLower(head[0])) && head.contains(" - ") &&
        head.contains("] \"")) {
        const LogLevel l = fromAccessLine(line);
        if (l != LogLevel::Unknown)
            return l;
    }
    // The first level word at a word boundary: "ERROR:", "[INFO]", ": WARNING/", " FATAL:  ",
    // " ERROR app:", or nginx's lower-case "[error]".
    for (qsizetype i = 0; i < head.size();) {
        const char c = head[i];
        const bool boundary = i == 0 || !(isUpper(head[i - 1]) || isLower(head[i - 1]) ||
                                          isDigit(head[i - 1]) || head[i - 1] == '_');
        if (!boundary || !(isUpper(c) || (c >= 'a' && c <= 'z' && i > 0 && head[i - 1] == '['))) {
            ++i;
            continue;
        }
        const bool lower = isLower(c);
        qsizetype j = i;
        while (j < head.size() && (lower ? isLower(head[j]) : isUpper(head[j])))
            ++j;
        const QByteArrayView word = head.sliced(i, j - i);
        const char after = j < head.size() ? head[j] : ' ';
        const bool ends =
            lower ? after == ']'
                  : (after == ':' || after == ']' || after == '/' || after == ' ' || after == '|');
        if (ends && word.size() >= 3 && word.size() <= 8) {
            // PostgreSQL writes "LEVEL:  message" (two spaces): its outages outrank the word.
            if (!lower && line.sliced(j).startsWith(":  ") && isPostgresOutage(line.sliced(j + 3)))
                return LogLevel::Critical;
            const LogLevel l = fromWord(word, lower);
            if (l != LogLevel::Unknown)
                return l;
        }
        i = j + 1;
    }
    return LogLevel::Unknown;
}

} // namespace artgen::core
