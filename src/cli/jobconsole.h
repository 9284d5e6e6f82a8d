#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <memory>

namespace artgen::core {
class Job;
}

namespace artgen::cli {

class CommandContext;

// Runs a core Job to its end from a terminal: its log lines on stdout (or stderr when stdout is
// kept for machine output), a one-line progress display with speed on stderr when stderr is a
// terminal, Ctrl+C / SIGTERM cancel it. Returns the command's exit code: 0, 1, 2 or 130.
class JobConsole
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::JobConsole)

public:
    explicit JobConsole(CommandContext& context);

    void setInterruptMessage(const QString& text) { m_interruptMessage = text; }
    void setLogToStderr(bool on) { m_logToStderr = on; }
    void setQuiet(bool on) { m_quiet = on; }

    int run(const std::shared_ptr<core::Job>& job);
    // Replaces the one-line display on stderr with `line` (the caller has decided that stderr
    // is a terminal); a log line or a step clears it first, as they do the byte progress.
    void showStatus(const QString& line);

    static constexpr int kExitInterrupted = 130; // 128 + SIGINT, as a shell reports Ctrl+C

private:
    void showBytes(qint64 done, qint64 total);
    void clearProgress();

    CommandContext& m_context;
    QString m_interruptMessage;
    bool m_logToStderr = false;
    bool m_quiet = false;
    bool m_progressShown = false;
    bool m_terminal = false;
    QElapsedTimer m_clock;
    qint64 m_lastShownMs = -1000;
};

} // namespace artgen::cli
