#include "rollbackconsole.h"

#include "checklist/checklist.h"
#include "checklist/checkliststep.h"
#include "checklist/rollbackjob.h"
#include "command.h"
#include "commandcontext.h"
#include "jobconsole.h"

namespace artgen::cli {

RollbackConsole::RollbackConsole(CommandContext& context, bool json)
    : m_context(context), m_json(json), m_printer(context, json)
{}

QStringList RollbackConsole::lines(const core::ChecklistRun& run, int id)
{
    if (!run.rollback)
        return {};
    const bool stage = id <= core::RollbackRecord::kStageDatabase;
    const core::StepRecord* r = stage ? run.rollback->stage(id) : run.rollback->recheckRecord(id);
    if (!r)
        return {};
    const core::ChecklistStep* step = core::Checklist::step(id);
    const QString title =
        stage ? core::RollbackRecord::stageTitle(id) : (step ? step->title() : QString());
    return ChecklistConsole::recordLines(
        (stage ? tr("R%1") : tr("C%1")).arg(id).rightJustified(3), *r, title,
        r->state == core::StepState::Skipped ? r->skipReason : r->summary);
}

QString RollbackConsole::verdict(const core::ChecklistRun& run)
{
    if (!run.rollback)
        return tr("No rollback was run.");
    const double seconds = double(run.rollback->durationMs) / 1000.0;
    if (run.rollback->state == core::StepState::Passed)
        return tr("The rollback is green: the previous configuration and images run, and checks "
                  "5–9 pass (%1 s).")
            .arg(seconds, 0, 'f', 1);
    return tr("The rollback FAILED (%1 s): the stack may be in neither the old nor the new "
              "state; see the stages above and the report.")
        .arg(seconds, 0, 'f', 1);
}

int RollbackConsole::run(const std::shared_ptr<core::RollbackJob>& job)
{
    JobConsole console(m_context);
    console.setQuiet(true);
    console.setInterruptMessage(tr("Stopping the rollback; the stack may be half rolled back…"));
    QObject printer; // lives here: the job's signals are printed on this thread, in order
    QObject::connect(
        job.get(), &core::Job::stepStarted, &printer,
        [this, job = job.get()](int index, const QString& title) {
            m_context.err()
                << tr("Rollback %1 of %2: %3…").arg(index + 1).arg(job->steps().size()).arg(title)
                << Qt::endl;
        });
    if (!m_json)
        QObject::connect(job.get(), &core::RollbackJob::stageFinished, &printer,
                         [this, job = job.get()](int id) {
                             for (const QString& l : lines(job->snapshot(), id))
                                 m_context.out() << l << '\n';
                             m_context.out().flush();
                         });
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    const core::ChecklistRun run = job->snapshot();
    if (m_json)
        m_printer.printJson(run, job->reportFiles());
    else
        m_printer.printEnd(verdict(run), job->reportFiles());
    return run.rollback && run.rollback->state == core::StepState::Passed ? ExitOk : ExitNotHealthy;
}

} // namespace artgen::cli
