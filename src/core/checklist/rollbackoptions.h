#pragma once

#include <QString>

namespace artgen::core {

// What a rollback of a failed deployment is asked to do beyond putting the configuration and
// the images back and starting them: the restore of step 1's backup, which loses what was
// written since, only when asked and confirmed by typing the database's name.
struct RollbackOptions
{
    bool restoreBackup = false; // also restore step 1's backup (RestoreJob, its safety backup on)
    QString confirmedDatabase;  // must equal the profile's database name when restoreBackup
    int healthyDeadlineMs = 180000;
};

} // namespace artgen::core
