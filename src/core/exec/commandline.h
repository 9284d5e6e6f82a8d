#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace artgen::core {

// What the Run dialog sends to Docker exec for the line the user typed. Without a shell the line
// is split into words the way a POSIX shell quotes (no expansion: $, *, | and ; are plain
// characters) and the words go to exec as a list; through `sh -c` the line goes whole, so pipes,
// `;` and variables work.
class CommandLine
{
public:
    // Nothing when the line cannot be split (an unclosed quote, a trailing backslash); an empty
    // list for a blank line.
    static std::optional<QStringList> argv(const QString& line, bool throughShell);
    // 'single quotes' keep everything; "double quotes" let \ escape only $ ` " \ and a line
    // break; outside quotes \ escapes any character; quoted parts next to each other make one
    // word, and "" is an empty word.
    static std::optional<QStringList> split(const QString& line);
    static QStringList shell(const QString& line);
    // The shell operators the line has outside quotes (|, ;, &, <, >, $, `), each once, in the
    // order met: without a shell they reach the command as plain characters, which is rarely
    // what was meant ("ps aux | grep x" gives ps the words "|", "grep" and "x").
    static QStringList shellOperators(const QString& line);
};

} // namespace artgen::core
