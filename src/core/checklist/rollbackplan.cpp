#include "rollbackplan.h"

#include "backup/databasetarget.h"
#include "checklistrun.h"
#include "docker/dockerclient.h"
#include "settings/profile.h"
#include "stackconfig/unifieddiff.h"
#include "stackimages.h"

#include <QDir>
#include <QFile>

namespace artgen::core {

QHash<QString, QByteArray> RollbackPlan::recordedFiles(const ChecklistRun& run)
{
    QHash<QString, QByteArray> files;
    const StepRecord* backup = run.record(1);
    if (!backup)
        return files;
    // The files as step 1 found them, but those changed since the stack started as they were
    // before (RunningConfig): the configuration the stack ran.
    for (const char* key : {"files", "previousFiles"}) {
        const QJsonObject o = backup->figures.value(QString::fromLatin1(key)).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            files.insert(it.key(), it.value().toString().toUtf8());
    }
    return files;
}

QHash<QString, QByteArray> RollbackPlan::currentFiles(const QString& stackDir,
                                                      const QStringList& paths)
{
    QHash<QString, QByteArray> files;
    for (const QString& path : paths) {
        QFile f(QDir(stackDir).filePath(path));
        files.insert(path, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return files;
}

RollbackPlan RollbackPlan::fromRecords(const ChecklistRun& run,
                                       const QHash<QString, QByteArray>& current,
                                       const QString& database)
{
    RollbackPlan plan;
    plan.database = database;
    if (!run.isDeployment())
        plan.problems << tr("Run %1 is no deployment (steps 1–11): there is nothing to roll back.")
                             .arg(run.id);
    const QHash<QString, QByteArray> recorded = recordedFiles(run);
    if (recorded.isEmpty())
        plan.problems << tr("Step 1 of run %1 kept no copy of the configuration files to go back "
                            "to.")
                             .arg(run.id);
    QStringList paths = recorded.keys();
    paths.sort();
    for (const QString& path : paths) {
        const QByteArray now = current.value(path);
        if (now == recorded.value(path))
            continue;
        plan.filesToRestore << path;
        plan.configDiff << QString::fromUtf8(UnifiedDiff::make(now, recorded.value(path), path))
                               .split(u'\n', Qt::SkipEmptyParts);
    }
    const StepRecord* stop = run.record(2);
    if (!stop ||
        StackImages::fromJson(stop->figures.value(QStringLiteral("images")).toObject()).isEmpty())
        plan.problems << tr("Step 2 of run %1 recorded no images the stack ran before the "
                            "deployment.")
                             .arg(run.id);
    if (const StepRecord* backup = run.record(1))
        plan.backupFile = backup->figures.value(QStringLiteral("backup")).toString();
    return plan;
}

RollbackPlan RollbackPlan::make(const ChecklistRun& run, const Profile& profile,
                                DockerClient& docker)
{
    RollbackPlan plan = fromRecords(run, currentFiles(profile.stackDir, recordedFiles(run).keys()),
                                    DatabaseTarget::databaseName(profile));
    const StepRecord* stop = run.record(2);
    if (!stop)
        return plan;
    const StackImages::Map images =
        StackImages::fromJson(stop->figures.value(QStringLiteral("images")).toObject());
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        const Result<QString> previous = docker.imageId(it->id).result();
        if (!previous) {
            plan.problems << tr("The image %1 that %2 ran before the deployment is gone: %3")
                                 .arg(it->id.left(19), it.key(), previous.error().message());
            continue;
        }
        const Result<QString> current = docker.imageId(it->reference).result();
        const QString currentId = current ? *current : QString();
        if (currentId != it->id)
            plan.images.append({it.key(), it->reference, it->id, currentId});
    }
    return plan;
}

} // namespace artgen::core
