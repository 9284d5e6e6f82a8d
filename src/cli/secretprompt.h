#pragma once

#include <QString>
#include <optional>

namespace artgen::cli {

// Reads a secret from standard input, never from the command line: on a terminal a prompt on
// stderr with echo off, otherwise everything piped in (one trailing line break dropped).
class SecretPrompt
{
public:
    static bool stdinIsTerminal();
    // The prompt goes to the terminal on stderr; the typed characters are not shown.
    // std::nullopt at end of input.
    static std::optional<QString> readHidden(const QString& prompt);
    // Echo back on when a prompt is still open (on a thread of TerminalAsker's) as artgenctl
    // ends: that thread is ended with the process, before it could restore the terminal.
    static void restoreTerminal();
    static QString readPiped();
};

} // namespace artgen::cli
