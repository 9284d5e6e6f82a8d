#pragma once

#include "configapplyplan.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace artgen::core {

// Writes the files of a change all or nothing. Each file is first checked to still hold the
// bytes the change was made from (an edit by hand in between is not overwritten), its previous
// version is copied to `previousDir` (outside the stack folder: compose builds with
// `context: ..` would send it to the daemon), then it is replaced through a temporary file,
// fsync and rename — or, for the paths in `inPlace`, rewritten in place and fsynced (see
// ConfigApplyJob: a single-file bind mount keeps the inode it was started with). When a file
// fails, those already written get their previous bytes back the same way. Blocking I/O: run it
// on a job's thread.
class ConfigFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigFileWriter)

public:
    struct Options
    {
        QString stackDir;
        QString previousDir; // empty: no copies (the history keeps the bytes too)
        QSet<QString> inPlace;
    };

    static Status write(const Options& options, const QList<ConfigApplyPlan::FileChange>& files);

    // One file, replaced atomically (temporary file, fsync, rename; permissions kept).
    static Status replace(const QString& path, const QByteArray& bytes);
    // One file, rewritten in place and fsynced: the same inode.
    static Status rewrite(const QString& path, const QByteArray& bytes);

private:
    static Status writeOne(const Options& options, const ConfigApplyPlan::FileChange& change);
    static Error ioError(const QString& path, const QString& why);
};

} // namespace artgen::core
