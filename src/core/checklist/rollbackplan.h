#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace artgen::core {

class ChecklistRun;
class DockerClient;
class Profile;

// What a rollback of a deployment run would do, shown before it is confirmed: the files whose
// bytes differ from step 1's copy (and the diff back to it), the services whose image differs
// from the one step 2 recorded before the deployment, step 1's backup and the database name to
// type to restore it — and, when it cannot roll back, why (nothing recorded, an image gone).
struct RollbackPlan
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::RollbackPlan)

public:
    struct Image
    {
        QString service, reference /* artgen-demo/app:latest */, previousId, currentId;
    };
    QStringList filesToRestore; // stack-relative paths whose bytes differ from step 1's copy
    QStringList configDiff;     // unified diff lines, current files -> step 1's
    QList<Image> images;        // services whose image differs from the one recorded before
    QString backupFile;         // step 1's backup, empty when none
    QString database;           // the name to type to restore it
    QStringList problems;       // why it cannot roll back, translated
    bool canRollBack() const { return problems.isEmpty(); }

    // Reads files and asks Docker: call on a worker thread only (QtConcurrent::run from a
    // controller), never on the Docker client's own thread.
    static RollbackPlan make(const ChecklistRun& run, const Profile& profile, DockerClient& docker);

    // The part that needs no Docker: files, diff, backup, and the problems of what step 1 and
    // step 2 recorded. `current`: the files as they are now, by relative path. Pure.
    static RollbackPlan fromRecords(const ChecklistRun& run,
                                    const QHash<QString, QByteArray>& current,
                                    const QString& database);
    // The configuration the stack ran before the deployment, by relative path: step 1's copy of
    // the files, those changed since the stack started as they were before (figures
    // "previousFiles", RunningConfig). Empty when step 1 kept none.
    static QHash<QString, QByteArray> recordedFiles(const ChecklistRun& run);
    // The files `paths` below `stackDir` as they are now (a missing one as empty bytes).
    static QHash<QString, QByteArray> currentFiles(const QString& stackDir,
                                                   const QStringList& paths);
};

} // namespace artgen::core
