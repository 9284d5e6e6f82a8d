#pragma once

#include "checkliststep.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

namespace artgen::core {

class Profile;

// 4. "Images rebuilt (if needed)": compose build (optionally --no-cache) when a build input
// changed since the last build the panel recorded, else skipped with that reason. The inputs are
// the files of the build context (the stack folder, but the .env with its secrets and version
// control); their SHA-256 sums are kept in the profile's data folder after a good build.
class BuildStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::BuildStep)

public:
    BuildStep();
    StepRecord run(StepContext& context) const override;

    // SHA-256 (hex) of every build input below `stackDir`, by relative path.
    static QHash<QString, QByteArray> inputSums(const QString& stackDir);
    // The paths added, removed or changed from `before` to `after`, sorted. Pure.
    static QStringList changed(const QHash<QString, QByteArray>& before,
                               const QHash<QString, QByteArray>& after);

    // The record of the last good build (build-inputs.json in the profile's checklist folder).
    // A build that passed keeps the record it replaced in figures["previousInputs"] (null when
    // there was none), and a rollback puts that back with restoreRecord.
    static QString recordPath(const Profile& profile);
    static QJsonValue readRecord(const Profile& profile);
    static bool restoreRecord(const Profile& profile, const QJsonValue& previous);
};

} // namespace artgen::core
