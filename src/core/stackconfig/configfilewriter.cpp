#include "configfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <unistd.h>

namespace artgen::core {

Error ConfigFileWriter::ioError(const QString& path, const QString& why)
{
    return Error(Error::Code::Io, tr("Cannot write %1.").arg(path), why,
                 tr("Check the file and its folder (permissions, free space), then apply again."));
}

Status ConfigFileWriter::replace(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ioError(path, file.errorString()));
    return {};
}

Status ConfigFileWriter::rewrite(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(ioError(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.resize(bytes.size()) || !file.flush() ||
        ::fsync(file.handle()) != 0)
        return fail(ioError(path, file.errorString()));
    return {};
}

Status ConfigFileWriter::writeOne(const Options& options, const ConfigApplyPlan::FileChange& change)
{
    const QString path = QDir(options.stackDir).filePath(change.path);
    QFile current(path);
    if (!QFileInfo(path).isFile() || !current.open(QIODevice::ReadOnly))
        return fail(ioError(path, QFileInfo(path).isDir() ? tr("a folder is in its place")
                                                          : current.errorString()));
    if (current.readAll() != change.before)
        return fail(Error(Error::Code::InvalidInput,
                          tr("%1 changed on disk since it was read.").arg(path), {},
                          tr("Load the configuration again and redo the change.")));
    if (!options.previousDir.isEmpty()) {
        const QString copy = QDir(options.previousDir).filePath(change.path);
        QDir().mkpath(QFileInfo(copy).path());
        if (auto kept = replace(copy, change.before); !kept)
            return kept;
    }
    return options.inPlace.contains(change.path) ? rewrite(path, change.after)
                                                 : replace(path, change.after);
}

Status ConfigFileWriter::write(const Options& options,
                               const QList<ConfigApplyPlan::FileChange>& files)
{
    QList<ConfigApplyPlan::FileChange> written;
    for (const auto& change : files) {
        const Status ok = writeOne(options, change);
        if (ok) {
            written.append(change);
            continue;
        }
        QStringList notRestored;
        for (const auto& done : written) {
            const QString path = QDir(options.stackDir).filePath(done.path);
            const Status back = options.inPlace.contains(done.path) ? rewrite(path, done.before)
                                                                    : replace(path, done.before);
            if (!back)
                notRestored << done.path;
        }
        const Error& e = ok.error();
        if (notRestored.isEmpty())
            return fail(Error(
                e.code(), e.what(),
                written.isEmpty()
                    ? e.why()
                    : tr("%1 The files already written were put back as they were.").arg(e.why()),
                e.todo()));
        return fail(Error(e.code(), e.what(), e.why(),
                          tr("%1 could not be put back; their previous versions are in %2.")
                              .arg(notRestored.join(QStringLiteral(", ")), options.previousDir)));
    }
    return {};
}

} // namespace artgen::core
