#include "checklistrun.h"

#include "settings/profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace artgen::core {

namespace {
constexpr int kFormatVersion = 1;
}

ChecklistRun ChecklistRun::create(const QString& profile, int first, int last, const QDateTime& now)
{
    ChecklistRun run;
    run.createdAt = now.toUTC();
    run.id = run.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    run.profile = profile;
    run.osUser = currentOsUser();
    run.first = std::clamp(first, kFirstStep, kLastStep);
    run.last = std::clamp(last, run.first, kLastStep);
    for (int id = run.first; id <= run.last; ++id) {
        StepRecord r;
        r.id = id;
        run.steps << r;
    }
    return run;
}

StepRecord* ChecklistRun::record(int stepId)
{
    for (StepRecord& r : steps)
        if (r.id == stepId)
            return &r;
    return nullptr;
}

const StepRecord* ChecklistRun::record(int stepId) const
{
    return const_cast<ChecklistRun*>(this)->record(stepId);
}

void ChecklistRun::setRecord(const StepRecord& r)
{
    if (StepRecord* mine = record(r.id))
        *mine = r;
}

void ChecklistRun::skip(int stepId, const QString& reason)
{
    StepRecord r = StepRecord::skipped(reason);
    r.id = stepId;
    setRecord(r);
}

int ChecklistRun::resumeStep() const
{
    for (const StepRecord& r : steps)
        if (!r.isDone())
            return r.id;
    return 0;
}

int ChecklistRun::count(StepState state) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [state](const StepRecord& r) { return r.state == state; }));
}

QJsonObject ChecklistRun::toJson() const
{
    QJsonArray list;
    for (const StepRecord& r : steps)
        list << r.toJson();
    QJsonObject o{{QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("osUser"), osUser},
                  {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("first"), first},
                  {QStringLiteral("last"), last},
                  {QStringLiteral("steps"), list}};
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), options);
    if (rollback)
        o.insert(QStringLiteral("rollback"), rollback->toJson());
    return o;
}

Result<ChecklistRun> ChecklistRun::fromJson(const QJsonObject& o)
{
    const auto broken = [](const QString& why) {
        return fail(Error(Error::Code::Protocol, tr("The checklist run could not be read."), why,
                          tr("Start a new run.")));
    };
    if (o.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return broken(tr("It was written by another version of the panel."));
    ChecklistRun run;
    run.id = o.value(QStringLiteral("id")).toString();
    run.profile = o.value(QStringLiteral("profile")).toString();
    run.osUser = o.value(QStringLiteral("osUser")).toString();
    run.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs)
            .toUTC();
    run.first = o.value(QStringLiteral("first")).toInt();
    run.last = o.value(QStringLiteral("last")).toInt();
    run.options = o.value(QStringLiteral("options")).toObject();
    if (run.id.isEmpty() || run.first < kFirstStep || run.last > kLastStep || run.first > run.last)
        return broken(tr("Its identifier or its range of steps is missing."));
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
        const auto r = StepRecord::fromJson(v.toObject());
        if (!r)
            return broken(tr("A step has no valid identifier or state."));
        run.steps << *r;
    }
    if (run.steps.size() != run.last - run.first + 1)
        return broken(tr("It does not hold one record per step."));
    for (int i = 0; i < run.steps.size(); ++i)
        if (run.steps.at(i).id != run.first + i)
            return broken(tr("Its steps are out of order."));
    if (o.contains(QStringLiteral("rollback"))) {
        run.rollback = RollbackRecord::fromJson(o.value(QStringLiteral("rollback")).toObject());
        if (!run.rollback)
            return broken(tr("Its rollback record is incomplete."));
    }
    return run;
}

QString ChecklistRun::fileName() const
{
    return QStringLiteral("run-%1.json").arg(id);
}

Status ChecklistRun::save(const QString& folder) const
{
    const QString path = QDir(folder).filePath(fileName());
    const auto failed = [&](const QString& why) {
        return fail(Error(Error::Code::Io,
                          tr("The checklist run could not be saved to %1.").arg(path), why,
                          tr("Check that the folder is writable and the disk not full.")));
    };
    if (!QDir().mkpath(folder))
        return failed(tr("The folder could not be created."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

Result<ChecklistRun> ChecklistRun::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::NotFound,
                          tr("The checklist run %1 could not be opened.").arg(path),
                          file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(Error(Error::Code::Protocol, tr("The checklist run %1 is not JSON.").arg(path),
                          parseError.errorString(), tr("Start a new run.")));
    return fromJson(doc.object());
}

Result<ChecklistRun> ChecklistRun::latestUnfinished(const QString& folder)
{
    return latestUnfinished(folder, false);
}

Result<ChecklistRun> ChecklistRun::latestUnfinishedDeployment(const QString& folder)
{
    return latestUnfinished(folder, true);
}

Result<ChecklistRun> ChecklistRun::latestUnfinished(const QString& folder, bool deploymentOnly)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral("run-*.json")}, QDir::Files,
                                                     QDir::Name | QDir::Reversed);
    QList<ChecklistRun> newer; // read so far, newest first
    for (const QString& name : names) {
        auto run = load(QDir(folder).filePath(name));
        if (!run || (deploymentOnly && !run->isDeployment()))
            continue;
        const bool superseded = std::any_of(newer.cbegin(), newer.cend(),
                                            [&](const auto& n) { return run->isSupersededBy(n); });
        newer << *run;
        if (superseded)
            continue;
        if (run->canResume())
            return run;
        if (deploymentOnly)
            return fail(newestDeploymentEnded(*run));
    }
    if (deploymentOnly)
        return fail(
            Error(Error::Code::NotFound,
                  tr("There is no unfinished deployment of this profile to resume."),
                  tr("No deployment (steps 1–11) in %1 stopped before its end.").arg(folder),
                  tr("Start a new deployment without --resume.")));
    return fail(Error(Error::Code::NotFound, tr("There is no unfinished checklist run to resume."),
                      tr("Every run in %1 is complete.").arg(folder),
                      tr("Start a new run without --resume.")));
}

Error ChecklistRun::newestDeploymentEnded(const ChecklistRun& newest)
{
    const QString why = tr("Going on with an older deployment would redo its steps over the "
                           "newer one's.");
    if (newest.rollback && newest.rollback->state == StepState::Passed)
        return Error(Error::Code::NotFound,
                     tr("The newest deployment of this profile, %1, was rolled back: there is "
                        "nothing to resume.")
                         .arg(newest.id),
                     why, tr("Fix the cause and start a new deployment without --resume."));
    if (newest.rollback)
        return Error(Error::Code::NotFound,
                     tr("The rollback of the newest deployment of this profile, %1, did not "
                        "end green: a deployment whose rollback began is not resumed.")
                         .arg(newest.id),
                     why, tr("Roll it back again with deploy --rollback."));
    return Error(Error::Code::NotFound,
                 tr("The newest deployment of this profile, %1, is complete: there is nothing to "
                    "resume.")
                     .arg(newest.id),
                 why, tr("Start a new deployment without --resume."));
}

Result<ChecklistRun> ChecklistRun::latestFailedDeployment(const QString& folder)
{
    const QStringList names = QDir(folder).entryList({QStringLiteral("run-*.json")}, QDir::Files,
                                                     QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        auto run = load(QDir(folder).filePath(name));
        if (!run || !run->isDeployment())
            continue;
        // Only the newest deployment: rolling an older one back would undo the newer one too.
        if (run->rollback && run->rollback->state == StepState::Passed)
            return fail(
                Error(Error::Code::NotFound,
                      tr("The newest deployment of this profile was rolled back already: there is "
                         "nothing to roll back."),
                      tr("Deployment %1 failed at step %2 and its rollback is green.")
                          .arg(run->id)
                          .arg(run->resumeStep()),
                      tr("Fix the cause and deploy again.")));
        if (run->anyFailed())
            return run;
        return fail(Error(Error::Code::NotFound,
                          tr("There is no failed deployment of this profile to roll back."),
                          tr("The newest deployment, %1, did not fail at a step.").arg(run->id),
                          tr("Roll back by hand from the configuration history.")));
    }
    return fail(Error(Error::Code::NotFound,
                      tr("There is no failed deployment of this profile to roll back."),
                      tr("No deployment (steps 1–11) in %1 failed at a step.").arg(folder),
                      tr("Roll back by hand from the configuration history.")));
}

QString ChecklistRun::folderFor(const Profile& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/artgen/checklist/") + Profile::folderNameFor(profile.name);
}

QString ChecklistRun::currentOsUser()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace artgen::core
