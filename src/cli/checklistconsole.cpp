#include "checklistconsole.h"

#include "checklist/checklist.h"
#include "checklist/checklistjob.h"
#include "checklist/checkliststep.h"
#include "command.h"
#include "commandcontext.h"
#include "docker/dockerclient.h"
#include "jobconsole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

ChecklistConsole::ChecklistConsole(CommandContext& context, bool json)
    : m_context(context), m_json(json)
{}

core::DockerClient* ChecklistConsole::reachDocker(CommandContext& context, int* exitCode)
{
    const auto docker = context.docker();
    if (!docker) {
        context.printError(docker.error());
        *exitCode = CommandContext::exitCodeFor(docker.error());
        return nullptr;
    }
    auto version = (*docker)->version();
    version.waitForFinished();
    if (version.resultCount() == 0 || !version.result()) {
        if (version.resultCount() > 0)
            context.printError(version.result().error());
        *exitCode = ExitUnreachable;
        return nullptr;
    }
    return *docker;
}

QStringList ChecklistConsole::lines(const core::ChecklistRun& run)
{
    QStringList out;
    for (const core::StepRecord& r : run.steps) {
        const core::ChecklistStep* step = core::Checklist::step(r.id);
        out << recordLines(QString::number(r.id).rightJustified(2), r,
                           step ? step->title() : QString(), r.summary);
    }
    out << tr("%1 passed, %2 warned, %3 failed, %4 skipped")
               .arg(run.count(core::StepState::Passed))
               .arg(run.count(core::StepState::Warned))
               .arg(run.count(core::StepState::Failed))
               .arg(run.count(core::StepState::Skipped));
    return out;
}

QStringList ChecklistConsole::recordLines(const QString& label, const core::StepRecord& record,
                                          const QString& title, const QString& text)
{
    QStringList out{
        QStringLiteral("%1  %2  %3 — %4")
            .arg(label, core::StepRecord::stateLabel(record.state).leftJustified(7), title, text)};
    if (record.state == core::StepState::Warned || record.state == core::StepState::Failed)
        for (const QString& line : record.evidence)
            out << QStringLiteral("        ") + line;
    return out;
}

int ChecklistConsole::run(const std::shared_ptr<core::ChecklistJob>& job,
                          const QString& interruptMessage)
{
    JobConsole console(m_context);
    console.setQuiet(true);
    console.setInterruptMessage(interruptMessage);
    // Lives on this thread: the job's signals come from its worker thread and are printed here,
    // in order, before the job's finished() ends JobConsole's loop.
    QObject printer;
    if (m_showStarts)
        QObject::connect(
            job.get(), &core::Job::stepStarted, &printer,
            [this, job = job.get()](int index, const QString& title) {
                m_context.err()
                    << tr("Step %1 of %2: %3…").arg(index + 1).arg(job->steps().size()).arg(title)
                    << Qt::endl;
            });
    if (!m_json)
        QObject::connect(job.get(), &core::ChecklistJob::stepFinished, &printer,
                         [this, job = job.get()](int id) {
                             core::ChecklistRun one = job->snapshot();
                             one.steps = {*one.record(id)};
                             const QStringList l = lines(one);
                             for (qsizetype i = 0; i + 1 < l.size(); ++i)
                                 m_context.out() << l.at(i) << '\n';
                             m_context.out().flush();
                         });
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    const core::ChecklistRun run = job->snapshot();
    if (m_json) {
        if (!m_deferFailedJson || !run.anyFailed())
            printJson(run, job->reportFiles());
    } else {
        printEnd(lines(run).constLast(), job->reportFiles());
    }
    return run.anyFailed() ? ExitNotHealthy : ExitOk;
}

void ChecklistConsole::printEnd(const QString& last, const QStringList& reports)
{
    m_context.out() << last << '\n';
    for (const QString& path : reports)
        m_context.out() << tr("Report: %1").arg(path) << '\n';
    m_context.out().flush();
}

void ChecklistConsole::printJson(const core::ChecklistRun& run, const QStringList& reports)
{
    QJsonObject o = run.toJson();
    o.insert(QStringLiteral("reports"), QJsonArray::fromStringList(reports));
    m_context.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace artgen::cli
