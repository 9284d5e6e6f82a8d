#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace artgen::core {

class StepContext;

// The configuration the running stack was started with, where the files no longer hold it: a
// rollback must go back to what ran, and a headless `deploy --yes` takes the files as already
// changed, so step 1's copy of them is no "before". A file modified after the stack's oldest
// running container started is not what the stack read; its previous bytes are taken from git
// HEAD (the instructions' rollback Option 1) when the folder is in git and HEAD differs.
class RunningConfig
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::RunningConfig)

public:
    // path -> bytes at HEAD (as JSON strings) of the `paths` changed since the stack started;
    // evidence lines say which. Asks Docker and git: a step's worker thread only.
    static QJsonObject previousFiles(const StepContext& context, const QStringList& paths,
                                     QStringList* evidence);
    // The same from what was asked: `stackStart` invalid (no running container) gives nothing.
    static QJsonObject previousFiles(const QString& stackDir, const QStringList& paths,
                                     const QDateTime& stackStart, QStringList* evidence);
};

} // namespace artgen::core
