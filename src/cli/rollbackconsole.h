#pragma once

#include "checklistconsole.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace artgen::core {
class ChecklistRun;
class RollbackJob;
} // namespace artgen::core

namespace artgen::cli {

class CommandContext;

// A rollback job run from a terminal (deploy --auto-rollback, deploy --rollback): one line per
// stage and per re-check as it ends (the evidence of warnings and failures indented below),
// then whether the rollback is green and the report's paths; with --json one document, the run
// with its rollback and the reports, instead.
class RollbackConsole
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::RollbackConsole)

public:
    RollbackConsole(CommandContext& context, bool json);

    // Runs the job to its end: 0 the rollback is green, 3 it is not, or JobConsole's code (1,
    // 2, 130) when the job itself could not finish.
    int run(const std::shared_ptr<core::RollbackJob>& job);

    // "R1  PASS  Configuration files put back — …" for stages, "R5 …" for re-checks of `id`.
    static QStringList lines(const core::ChecklistRun& run, int id);
    // "The rollback is green: …" or "The rollback FAILED …", with its time.
    static QString verdict(const core::ChecklistRun& run);

private:
    CommandContext& m_context;
    bool m_json = false;
    ChecklistConsole m_printer; // the records', the JSON's and the reports' lines
};

} // namespace artgen::cli
