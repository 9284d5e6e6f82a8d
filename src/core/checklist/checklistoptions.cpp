#include "checklistoptions.h"

namespace artgen::core {

namespace {
const QString kBuild = QStringLiteral("build");
const QString kNoCache = QStringLiteral("noCache");
const QString kLoadTest = QStringLiteral("loadTest");
const QString kBackupMinutes = QStringLiteral("recentBackupMinutes");
const QString kManualChange = QStringLiteral("manualChangeConfirmed");
} // namespace

QJsonObject ChecklistOptions::choicesToJson() const
{
    return {{kBuild, build},
            {kNoCache, noCache},
            {kLoadTest, loadTest},
            {kBackupMinutes, recentBackupMinutes},
            {kManualChange, manualChangeConfirmed}};
}

ChecklistOptions ChecklistOptions::withChoices(const QJsonObject& choices) const
{
    ChecklistOptions o = *this;
    // A run saved before the choices were kept has none: the defaults stay.
    o.build = choices.value(kBuild).toBool(o.build);
    o.noCache = choices.value(kNoCache).toBool(o.noCache);
    o.loadTest = choices.value(kLoadTest).toBool(o.loadTest);
    o.recentBackupMinutes = choices.value(kBackupMinutes).toInt(o.recentBackupMinutes);
    o.manualChangeConfirmed = choices.value(kManualChange).toBool(o.manualChangeConfirmed);
    return o;
}

} // namespace artgen::core
