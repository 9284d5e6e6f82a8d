#pragma once

#include "checkliststep.h"

#include <QCoreApplication>

namespace artgen::core {

// 1. "Database backed up": a verified backup — the newest of this profile when it is younger than
// the options' limit, else a new one (BackupJob) — checked by VerifyJob. Also keeps the
// configuration files as they are now in the record (figures "files"), for step 3's diff.
class BackupStep : public ChecklistStep
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::BackupStep)

public:
    BackupStep();
    StepRecord run(StepContext& context) const override;
};

} // namespace artgen::core
