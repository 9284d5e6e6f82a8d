#include "jobconsole.h"

#include "command.h"
#include "commandcontext.h"
#include "interruptguard.h"
#include "job/job.h"
#include "job/jobrunner.h"
#include "util/humanformat.h"

#include <QEventLoop>
#include <unistd.h>

namespace artgen::cli {

JobConsole::JobConsole(CommandContext& context) : m_context(context) {}

void JobConsole::clearProgress()
{
    if (m_progressShown)
        m_context.err() << "\r\033[K" << Qt::flush;
    m_progressShown = false;
}

void JobConsole::showBytes(qint64 done, qint64 total)
{
    const qint64 ms = m_clock.elapsed();
    if (!m_terminal || ms - m_lastShownMs < 200)
        return;
    m_lastShownMs = ms;
    const QString speed =
        core::HumanFormat::rate(ms > 0 ? double(done) * 1000.0 / double(ms) : 0.0);
    const QString line =
        total > 0 ? tr("%1 of ~%2, %3")
                        .arg(core::HumanFormat::bytes(done), core::HumanFormat::bytes(total), speed)
                  : tr("%1, %2").arg(core::HumanFormat::bytes(done), speed);
    m_context.err() << "\r\033[K" << line << Qt::flush;
    m_progressShown = true;
}

void JobConsole::showStatus(const QString& line)
{
    m_context.err() << "\r\033[K" << line << Qt::flush;
    m_progressShown = true;
}

int JobConsole::run(const std::shared_ptr<core::Job>& job)
{
    m_terminal = ::isatty(STDERR_FILENO) == 1;
    m_clock.start();
    QEventLoop loop;
    QObject::connect(job.get(), &core::Job::logLines, &loop, [this](const QStringList& lines) {
        if (m_quiet)
            return;
        clearProgress();
        QTextStream& s = m_logToStderr ? m_context.err() : m_context.out();
        for (const QString& line : lines)
            s << line << '\n';
        s.flush();
    });
    // The steps the job declared, as it reaches them: on stderr with the progress, so a script
    // reading stdout gets the same output as before.
    QObject::connect(
        job.get(), &core::Job::stepStarted, &loop,
        [this, job = job.get()](int index, const QString& title) {
            if (m_quiet)
                return;
            clearProgress();
            m_context.err()
                << tr("Step %1 of %2: %3").arg(index + 1).arg(job->steps().size()).arg(title)
                << Qt::endl;
        });
    QObject::connect(job.get(), &core::Job::bytesProgressChanged, &loop,
                     [this](qint64 done, qint64 total) { showBytes(done, total); });
    QObject::connect(job.get(), &core::Job::finished, &loop, &QEventLoop::quit);
    bool interrupted = false;
    InterruptGuard guard(&loop, [&] {
        if (!interrupted && !m_interruptMessage.isEmpty()) {
            clearProgress();
            m_context.err() << m_interruptMessage << Qt::endl;
        }
        interrupted = true;
        job->cancel();
    });
    core::JobRunner runner;
    runner.start(job);
    if (!job->isFinished())
        loop.exec();
    clearProgress();

    switch (job->state()) {
    case core::Job::State::Succeeded:
        return ExitOk;
    case core::Job::State::Cancelled:
        m_context.printError(job->error());
        return kExitInterrupted;
    default:
        m_context.printError(job->error());
        return CommandContext::exitCodeFor(job->error());
    }
}

} // namespace artgen::cli
