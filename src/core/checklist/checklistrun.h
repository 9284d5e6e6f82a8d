#pragma once

#include "rollbackrecord.h"
#include "steprecord.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace artgen::core {

class Profile;

// One run of the deployment checklist (or of a part of it, such as the health check 6–10): who
// ran it on which profile, the range of steps and each step's record. Saved as JSON in the
// profile's data folder after every change, so a panel that crashed or was closed mid-run loads
// it and resumes at the step it was in (resumeStep()), showing what was done. A value; no I/O
// but save() and load().
class ChecklistRun
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ChecklistRun)

public:
    static constexpr int kFirstStep = 1;
    static constexpr int kLastStep = 11;

    QString id; // "20261130-061502-123": when it was created, sortable
    QString profile;
    QString osUser;
    QDateTime createdAt; // UTC
    int first = kFirstStep;
    int last = kLastStep;
    QList<StepRecord> steps; // one per id from first to last, in order
    // The deployment's choices (ChecklistOptions::choicesToJson()), so a resumed run keeps
    // them; empty for a run saved before they were kept.
    QJsonObject options;
    // The rollback of this deployment, once one was started (RollbackJob).
    std::optional<RollbackRecord> rollback;

    // A new run of steps first..last (clamped to 1..11), every step pending.
    static ChecklistRun create(const QString& profile, int first, int last,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());

    StepRecord* record(int stepId);
    const StepRecord* record(int stepId) const;
    // Replaces the record of its id (the id must be in the range).
    void setRecord(const StepRecord& record);
    // A step the user (or a wizard) chose to skip, with the reason the report gives.
    void skip(int stepId, const QString& reason);

    // The first step of the range that is not done (pending, running or failed): where a
    // resumed run starts; 0 when every step is done.
    int resumeStep() const;
    bool isComplete() const { return resumeStep() == 0; }
    // Not complete and never rolled back: a deployment whose rollback began has ended, whatever
    // its steps say; going on would deploy again what was undone (a rollback is retried).
    bool canResume() const { return !isComplete() && !rollback; }
    // A newer run of the same steps supersedes this one: going on with this one would redo its
    // steps over the newer run's (an older deployment after a newer one completed or was rolled
    // back). Ids are creation times, so they order the runs.
    bool isSupersededBy(const ChecklistRun& newer) const
    {
        return newer.first == first && newer.last == last && newer.id > id;
    }
    bool anyFailed() const { return count(StepState::Failed) > 0; }
    // The whole checklist 1–11 (a deployment), not a part of it such as the health check.
    bool isDeployment() const { return first == kFirstStep && last == kLastStep; }
    int count(StepState state) const;

    QJsonObject toJson() const;
    static Result<ChecklistRun> fromJson(const QJsonObject& object);

    // "run-<id>.json" in `folder`, written atomically (QSaveFile).
    QString fileName() const;
    Status save(const QString& folder) const;
    static Result<ChecklistRun> load(const QString& path);
    // The newest run in `folder` that is not complete and not superseded, for --resume;
    // NotFound when none.
    static Result<ChecklistRun> latestUnfinished(const QString& folder);
    // The newest deployment (steps 1–11) in `folder` when it is unfinished, for `deploy
    // --resume`: an unfinished health check is no deployment to go on with, and an older
    // deployment is superseded by the newest. NotFound, saying why, otherwise.
    static Result<ChecklistRun> latestUnfinishedDeployment(const QString& folder);
    // The newest deployment in `folder` when it failed at a step and was not rolled back green
    // (a failed rollback is retried), for `deploy --rollback`. NotFound, saying why, when the
    // newest deployment did not fail, its rollback is green, or there is none.
    static Result<ChecklistRun> latestFailedDeployment(const QString& folder);

    // $XDG_DATA_HOME/artgen/checklist/<profile folder name>: runs and reports of the profile.
    static QString folderFor(const Profile& profile);
    // The user running the panel (the report says who deployed).
    static QString currentOsUser();

private:
    static Result<ChecklistRun> latestUnfinished(const QString& folder, bool deploymentOnly);
    // Why `deploy --resume` has nothing to go on with when the newest deployment has ended.
    static Error newestDeploymentEnded(const ChecklistRun& newest);
};

} // namespace artgen::core
