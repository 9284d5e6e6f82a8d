#pragma once

#include "steprecord.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

class StepContext;

// One item of the instructions' deployment checklist: what it is called there, what it does in
// the instructions' words, the automatic check that ends passed, warned, failed or skipped with
// evidence, and the action that fixes or undoes it. Stateless: the run holds the records, so a
// wizard can run one step, retry it, or skip it with a reason (ChecklistRun::skip).
class ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ChecklistStep)

public:
    virtual ~ChecklistStep() = default;

    int id() const { return m_id; }
    // Stable, for JSON and the command line: "backup", "logs", "api", …
    QString key() const { return m_key; }
    // The checklist's own words: "Database backed up".
    QString title() const { return tr(m_title); }
    // What the step does, as the instructions say it.
    QString description() const { return tr(m_description); }
    // What fixes it when it fails (or undoes it, for steps that change the stack).
    QString action() const { return tr(m_action); }
    // Runs on the checklist job's worker thread; the record's id and times are set by the job.
    virtual StepRecord run(StepContext& context) const = 0;

protected:
    // The texts are QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", …), translated when read.
    ChecklistStep(int id, QString key, const char* title, const char* description,
                  const char* action)
        : m_id(id), m_key(std::move(key)), m_title(title), m_description(description),
          m_action(action)
    {}

private:
    int m_id;
    QString m_key;
    const char* m_title;
    const char* m_description;
    const char* m_action;
};

} // namespace artgen::core
