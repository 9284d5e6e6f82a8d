#pragma once

#include "steprecord.h"

#include <QString>

namespace artgen::core {

class StepContext;

// One item of the instructions' deployment checklist: what it is called there, what it does in
// the instructions' words, the automatic check that ends passed, warned, failed or skipped with
// evidence, and the action that fixes or undoes it. Stateless: the run holds the records, so a
// wizard can run one step, retry it, or skip it with a reason (ChecklistRun::skip).
class ChecklistStep
{
public:
    virtual ~ChecklistStep() = default;

    virtual int id() const = 0;
    // Stable, for JSON and the command line: "backup", "logs", "api", …
    virtual QString key() const = 0;
    // The checklist's own words: "Database backed up".
    virtual QString title() const = 0;
    // What the step does, as the instructions say it.
    virtual QString description() const = 0;
    // What fixes it when it fails (or undoes it, for steps that change the stack).
    virtual QString action() const = 0;
    // Runs on the checklist job's worker thread; the record's id and times are set by the job.
    virtual StepRecord run(StepContext& context) const = 0;
};

} // namespace artgen::core
