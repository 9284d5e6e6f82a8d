#pragma once

#include "logentry.h"

namespace artgen::core {

// Guesses the level of one line from the formats this stack prints, looking only at the start
// of the line (levels are always there, and a million lines must not be scanned whole):
//   Python logging   "ERROR:root:msg", "2024-05-01 12:00:00,123 7 WARNING app: msg"
//   uvicorn          "INFO:     Started server process [7]"
//   gunicorn         "[2024-05-01 12:00:00 +0000] [7] [ERROR] Worker timeout"
//   Celery           "[2024-05-01 12:00:00,123: ERROR/ForkPoolWorker-1] Task failed"
//   nginx error log  "2024/05/01 12:00:00 [error] 29#29: *1 connect() failed"
//   nginx access log "127.0.0.1 - - [01/May/2024:12:00:00 +0000] \"GET / HTTP/1.1\" 502 …"
//                    (5xx error, 4xx warning, else info)
//   PostgreSQL       "2024-05-01 12:00:00.000 UTC [1] FATAL:  password authentication failed"
//                    (FATAL is an error: one session ended; the server going down is critical)
//   a Python traceback (grouped into one entry upstream) is an error.
class LogLevelDetector
{
public:
    static constexpr qsizetype kScanBytes = 160;

    static LogLevel detect(QByteArrayView line);
    static bool isTracebackStart(QByteArrayView line)
    {
        return line.startsWith("Traceback (most recent call last):");
    }

private:
    // A PostgreSQL message (after "LEVEL:  ") that says the server stops serving every client.
    static bool isPostgresOutage(QByteArrayView message);
    static LogLevel fromAccessLine(QByteArrayView line);
    static LogLevel fromWord(QByteArrayView word, bool bracketedLower);
};

} // namespace artgen::core
