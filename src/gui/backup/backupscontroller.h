#pragma once

#include "backup/backupformats.h"
#include "backup/databasetarget.h"
#include "backup/restorejob.h"
#include "common/verdictlabel.h"
#include "restoredialog.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace artgen::core {
class BackupJob;
class ProfileServices;
class Error;
class Job;
class JobRunner;
} // namespace artgen::core

namespace artgen::gui {

class JobController;

// What the Backups page does, without its widgets: back up, verify, delete and restore for the
// active profile's services (a job keeps the services it started with; answers that arrive
// after a switch are dropped, and a restore dialog opened before one restores nothing). It reads
// what it needs (the profile's .env, a file's manifest and size) off the UI thread, runs the jobs
// one at a time through its JobController and turns each outcome into a verdict. The page asks and
// confirms; this carries it out.
class BackupsController : public QObject
{
    Q_OBJECT

public:
    // The banner after a backup: file, size, time, tables verified, backups retention removed.
    static QString backedUpText(const QString& fileName, qint64 bytes, qint64 elapsedMs, int tables,
                                int removed);
    BackupsController(core::JobRunner& jobs, QObject* parent = nullptr);
    ~BackupsController() override;

    JobController* jobs() const { return m_jobs; }
    bool isBusy() const;

    void setServices(std::shared_ptr<core::ProfileServices> services);
    bool hasProfile() const;
    const core::Profile& profile() const;

    void backUp(core::BackupFormat format);
    void verify(const QString& path);
    // Deletes a backup the user has confirmed (core writes it to the audit log).
    void remove(const QString& path);
    // Looks at the file and the profile's database: restoreReady() or failed() follows.
    void prepareRestore(const QString& file);
    void restore(const core::RestoreJob::Options& options);

Q_SIGNALS:
    // A job started; `description` is what the page shows as its title.
    void jobStarted(const QString& description);
    void verdict(artgen::gui::VerdictLabel::Kind kind, const QString& html);
    void failed(const artgen::core::Error& error);
    void restoreReady(const artgen::gui::RestoreDialog::Input& input);
    // The folder's content may have changed; `select` (may be empty) is the file to select.
    void backupsChanged(const QString& select);

private:
    void withTarget(std::function<void(const core::Result<core::DatabaseTarget>&)> then);
    void start(std::shared_ptr<core::Job> job, const QString& description);
    void onFinished(core::Job* job);
    void backedUp(const core::BackupJob& job);
    void restored(const core::RestoreJob& job);

    std::shared_ptr<core::ProfileServices> m_services;
    std::shared_ptr<core::ProfileServices> m_restoreFor; // whose restore dialog is open
    JobController* m_jobs;
};

} // namespace artgen::gui
