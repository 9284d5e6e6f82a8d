#include "gitrollback.h"

#include <QDir>
#include <QProcess>

namespace artgen::core {

Result<QByteArray> GitRollback::git(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("git"), args);
    if (!process.waitForStarted(10000))
        return fail(Error(Error::Code::NotFound, tr("git cannot be run."), process.errorString(),
                          tr("Install git, or roll back from the history instead.")));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        return fail(Error(Error::Code::Timeout, tr("git %1 did not finish.").arg(args.value(0)), {},
                          tr("Check the repository, then try again.")));
    }
    if (process.exitCode() != 0)
        return fail(Error(Error::Code::ProcessFailed,
                          tr("git %1 failed in %2.").arg(args.value(0), dir),
                          QString::fromUtf8(process.readAllStandardError()).trimmed(),
                          tr("Check that the stack folder is in a git repository.")));
    return process.readAllStandardOutput();
}

Result<GitRollback::State> GitRollback::inspect(const QString& stackDir, const QStringList& files)
{
    State state;
    const auto top =
        git(stackDir, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (!top)
        return fail(top.error());
    state.topLevel = QString::fromUtf8(*top).trimmed();
    const QStringList pathArgs = QStringList{QStringLiteral("--")} + files;
    const auto status = git(
        stackDir, QStringList{QStringLiteral("status"), QStringLiteral("--porcelain")} + pathArgs);
    if (!status)
        return fail(status.error());
    for (const QByteArray& line : status->split('\n'))
        if (!line.isEmpty())
            state.porcelain << QString::fromUtf8(line);
    const auto diff =
        git(stackDir, QStringList{QStringLiteral("diff"), QStringLiteral("HEAD")} + pathArgs);
    if (!diff)
        return fail(diff.error());
    state.diff = QString::fromUtf8(*diff);
    for (const QString& file : files) {
        // "HEAD:./path" is relative to the current folder, not to the repository's root.
        const auto bytes =
            git(stackDir, {QStringLiteral("show"), QStringLiteral("HEAD:./") + file});
        if (!bytes)
            return fail(Error(Error::Code::NotFound,
                              tr("%1 is not in the repository's last commit.").arg(file),
                              bytes.error().why(), tr("Roll back from the history instead.")));
        state.head.insert(file, *bytes);
    }
    return state;
}

Status GitRollback::checkout(const QString& stackDir, const QStringList& files)
{
    const auto done = git(stackDir, QStringList{QStringLiteral("checkout"), QStringLiteral("HEAD"),
                                                QStringLiteral("--")} +
                                        files);
    if (!done)
        return fail(done.error());
    return {};
}

} // namespace artgen::core
