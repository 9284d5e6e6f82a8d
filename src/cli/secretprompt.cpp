#include "secretprompt.h"

#include <QFile>
#include <cstdio>
#include <mutex>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace artgen::cli {

namespace {

// The terminal's settings while a prompt has echo off, for restoreTerminal().
std::mutex g_openLock;
std::optional<termios> g_open;

// Echo off for as long as it lives, restored even when reading fails.
class EchoOff
{
public:
    EchoOff()
    {
        m_ok = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_ok)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        const std::lock_guard lock(g_openLock);
        g_open = m_saved;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
        const std::lock_guard lock(g_openLock);
        g_open.reset();
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved = {};
    bool m_ok = false;
};

QString withoutLineBreak(QByteArray bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

bool SecretPrompt::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> SecretPrompt::readHidden(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const EchoOff quiet;
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    return withoutLineBreak(QByteArray::fromStdString(line));
}

void SecretPrompt::restoreTerminal()
{
    const std::lock_guard lock(g_openLock);
    if (g_open)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &*g_open);
    g_open.reset();
}

QString SecretPrompt::readPiped()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return withoutLineBreak(in.readAll());
}

} // namespace artgen::cli
