#pragma once

#include "backup/backupcatalog.h"
#include "backup/databasetarget.h"
#include "backup/restorejob.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace artgen::core {
class ActiveServices;
class ProfileServices;
class Error;
class Job;
class JobRunner;
} // namespace artgen::core

namespace artgen::gui {

class JobOutputPane;

class BackupCatalogModel;

// The Backups page: the catalogue of the active profile's backup folder, "Back up now", verify,
// delete, and restore (from the catalogue or any file) through RestoreDialog. Jobs run on the
// JobRunner with progress, speed, cancel and a verdict that names the cause of a failure. Thin:
// listing, deleting and reading the profile's .env all happen off the UI thread.
class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    // Follows `services`: a profile switch lists the new profile's backups.
    BackupsPage(core::ActiveServices& services, core::JobRunner& jobs, QWidget* parent = nullptr);
    ~BackupsPage() override;

    BackupCatalogModel* model() const { return m_model; }
    QString folder() const { return m_profile.backupFolder(); }
    bool isBusy() const { return bool(m_job); }
    bool isListed() const { return m_listed; } // the folder has been read at least once

public Q_SLOTS:
    // The active profile changed: list its folder.
    void reloadProfile();
    // Lists the folder again (off the UI thread); refreshed() follows.
    void refresh();
    void backUpNow();
    void verifySelected();
    void deleteSelected();
    void restoreSelected();
    void restoreFromFile();
    void openFolder();
    // Looks at the file (manifest, size) and the profile's database off the UI thread, then
    // opens the RestoreDialog; accepting it starts the restore.
    void openRestoreDialog(const QString& file);

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Verdict { Success, Warning, Failure, Neutral };

    void buildUi();
    void retranslate();
    void updateButtons();
    void updateSummary();
    const core::BackupCatalog::Entry* selected() const;
    void selectPath(const QString& path);
    void withTarget(std::function<void(const core::Result<core::DatabaseTarget>&)> then);
    void runJob(const std::shared_ptr<core::Job>& job, const QString& title,
                std::function<void()> onSuccess);
    void startRestore(const core::RestoreJob::Options& options);
    void onBytes(qint64 done, qint64 total);
    void onFraction(double fraction);
    void appendOutput(const QStringList& lines);
    void showVerdict(Verdict kind, const QString& html);
    void showError(const core::Error& error);
    QString durationText(qint64 ms) const;

    core::ActiveServices& m_active;
    std::shared_ptr<core::ProfileServices> m_services;    // the active profile's
    std::shared_ptr<core::ProfileServices> m_jobServices; // the running job's
    core::JobRunner& m_jobs;
    core::Profile m_profile;
    bool m_hasProfile = false;
    std::shared_ptr<core::Job> m_job;
    QElapsedTimer m_clock;
    qint64 m_phaseTotal = -1;
    qint64 m_phaseStartBytes = 0;
    qint64 m_phaseStartMs = 0;
    int m_generation = 0;
    QString m_selectAfterRefresh;
    QList<core::BackupCatalog::Entry> m_entries;
    bool m_listed = false;
    BackupCatalogModel* m_model = nullptr;

    QPushButton* m_backUp = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_restoreFile = nullptr;
    QWidget* m_progressBox = nullptr;
    QLabel* m_progressTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressDetail = nullptr;
    QLabel* m_progressStep = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_verdict = nullptr;
    JobOutputPane* m_output = nullptr;
};

} // namespace artgen::gui
