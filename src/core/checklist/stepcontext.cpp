#include "stepcontext.h"

#include "checklistrun.h"
#include "job/job.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace artgen::core {

namespace {
constexpr int kPollMs = 20;
}

StepContext::StepContext(Profile profile, DockerClient& docker, ChecklistOptions options,
                         const ChecklistRun* run)
    : m_profile(std::move(profile)), m_docker(docker), m_options(std::move(options)), m_run(run)
{}

const ChecklistRun& StepContext::run() const
{
    static const ChecklistRun none;
    return m_run ? *m_run : none;
}

void StepContext::log(const QString& line) const
{
    if (m_log)
        m_log(line);
}

bool StepContext::waitUntil(const std::function<bool()>& done, int timeoutMs) const
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(kPollMs);
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            ok = true;
        if (ok || isCancelled() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return ok;
}

bool StepContext::pause(int ms) const
{
    const QDeadlineTimer deadline(ms);
    waitUntil([&] { return deadline.hasExpired(); }, ms + 1000);
    return !isCancelled();
}

QStringList StepContext::runJob(Job& job, int keep, const std::function<bool()>& abort) const
{
    QStringList tail;
    QObject::connect(&job, &Job::logLines, &job, [this, &tail, keep](const QStringList& lines) {
        for (const QString& line : lines)
            log(line);
        tail << lines;
        if (tail.size() > keep)
            tail = tail.mid(tail.size() - keep);
    });
    job.start();
    while (!job.isFinished()) {
        if (isCancelled() || (abort && abort()))
            job.cancel();
        waitUntil([&job] { return job.isFinished(); }, 200);
    }
    QCoreApplication::sendPostedEvents(&job); // the last batch of lines
    return tail;
}

QString StepContext::noAnswer(const QString& what)
{
    return tr("%1 gave no answer in time.").arg(what);
}

} // namespace artgen::core
