#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace artgen::core {
class ChecklistJob;
class ChecklistRun;
class DockerClient;
struct StepRecord;
} // namespace artgen::core

namespace artgen::cli {

class CommandContext;

// A checklist job run from a terminal, the way `check` and `deploy` share: one line per step as
// it ends (the evidence of warnings and failures indented below), then the totals and the
// report's paths; with --json one document, the run and its reports, instead.
class ChecklistConsole
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::ChecklistConsole)

public:
    ChecklistConsole(CommandContext& context, bool json);

    // On stderr, "Step 2 of 11: …" as each step begins: a deployment's steps take minutes.
    void setShowStarts(bool on) { m_showStarts = on; }
    // With --json, a run that failed prints nothing: the caller goes on (a rollback) and prints
    // one document in the end, printJson()'s or a longer one.
    void setDeferFailedJson(bool on) { m_deferFailedJson = on; }
    void printJson(const core::ChecklistRun& run, const QStringList& reports);
    // Without --json: the run's last line (the totals, a verdict), then the reports' paths.
    void printEnd(const QString& last, const QStringList& reports);

    // The profile's Docker client once it answered; otherwise the reason is printed, *exitCode
    // set (2 when Docker cannot be reached) and nullptr returned.
    static core::DockerClient* reachDocker(CommandContext& context, int* exitCode);

    // Runs the job to its end: 0 no step failed, 3 one did, or JobConsole's code (1, 2, 130)
    // when the job itself could not finish.
    int run(const std::shared_ptr<core::ChecklistJob>& job, const QString& interruptMessage);

    // "6  PASS  Logs of all services checked — No errors …" and, for warnings and failures,
    // the evidence indented below; the totals last.
    static QStringList lines(const core::ChecklistRun& run);
    // One record's line, "<label>  <STATE>  <title> — <text>", and for a warning or a failure
    // its evidence indented below: a step's here, a rollback's stage or re-check RollbackConsole's.
    static QStringList recordLines(const QString& label, const core::StepRecord& record,
                                   const QString& title, const QString& text);

private:
    CommandContext& m_context;
    bool m_json = false;
    bool m_showStarts = false;
    bool m_deferFailedJson = false;
};

} // namespace artgen::cli
