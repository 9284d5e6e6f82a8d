#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace artgen::core {

// The deployment instructions' rollback "Option 1" for a stack folder kept in git: what
// `git status --porcelain` and `git diff` say about the configuration files, their bytes at HEAD,
// and `git checkout HEAD -- <files>`. git runs with an argument list (QProcess, never a shell),
// in the stack folder. Blocking: a job's thread or QtConcurrent, never the UI thread.
class GitRollback
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::GitRollback)

public:
    struct State
    {
        QString topLevel;                // the repository's root
        QStringList porcelain;           // `git status --porcelain` lines of the files
        QString diff;                    // `git diff HEAD` of the files
        QHash<QString, QByteArray> head; // file (relative to the stack folder) -> bytes at HEAD
        bool isClean() const { return porcelain.isEmpty(); }
    };

    // `files` relative to `stackDir`. An error when the folder is not in a git repository,
    // git is missing, or a file is not at HEAD.
    static Result<State> inspect(const QString& stackDir, const QStringList& files);
    static Status checkout(const QString& stackDir, const QStringList& files);

private:
    static Result<QByteArray> git(const QString& dir, const QStringList& args);
};

} // namespace artgen::core
