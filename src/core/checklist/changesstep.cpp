#include "changesstep.h"

#include "checklistrun.h"
#include "stackconfig/configloader.h"
#include "stackconfig/unifieddiff.h"
#include "stepcontext.h"

#include <QSet>

namespace artgen::core {

ChangesStep::ChangesStep()
    : ChecklistStep(
          3, QStringLiteral("changes"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "File changes applied"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Shows what changed in nginx-docker.conf, Docker_all/docker-compose.yml, "
              "app/database/db.py and app/utils/http_client.py since step 1, as a diff, and "
              "asks for the change to be confirmed."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Put the files back as they were at step 1 (the configuration history, or `git "
              "checkout HEAD -- <file>`)."))
{}

QStringList ChangesStep::diff(const QJsonObject& before, const QHash<QString, QByteArray>& after)
{
    QSet<QString> paths(after.keyBegin(), after.keyEnd());
    for (const QString& p : before.keys())
        paths.insert(p);
    QStringList sorted = paths.values();
    sorted.sort();
    QStringList out;
    for (const QString& path : sorted) {
        const QByteArray old = before.value(path).toString().toUtf8();
        const QByteArray now = after.value(path);
        const QByteArray d = UnifiedDiff::make(old, now, path);
        if (!d.isEmpty())
            out << QString::fromUtf8(d).split(u'\n', Qt::SkipEmptyParts);
    }
    return out;
}

StepRecord ChangesStep::run(StepContext& context) const
{
    const StepRecord* backup = context.run().record(1);
    if (!backup || !backup->figures.contains(QStringLiteral("files")))
        return StepRecord::failed(tr("Step 1 of this run kept no copy of the files to compare "
                                     "with: run step 1 first."));
    const auto docs = ConfigLoader::load(context.profile().stackDir);
    if (!docs)
        return StepRecord::failed(tr("The configuration files could not be read."),
                                  {docs.error().message()});
    const QStringList evidence =
        diff(backup->figures.value(QStringLiteral("files")).toObject(), docs->bytes());
    if (evidence.isEmpty())
        return StepRecord::warned(tr("No configuration file changed since step 1."));
    if (!context.options().manualChangeConfirmed)
        return StepRecord::failed(tr("The files changed since step 1; confirm the change to go "
                                     "on (the diff is below)."),
                                  evidence);
    return StepRecord::passed(tr("The change was confirmed; its diff against step 1 is below."),
                              evidence);
}

} // namespace artgen::core
