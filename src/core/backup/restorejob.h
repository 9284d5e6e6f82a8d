#pragma once

#include "backupformats.h"
#include "backupmanifest.h"
#include "databasetarget.h"
#include "job/job.h"
#include "stackconfig/stackroles.h"

#include <QMap>
#include <memory>
#include <optional>

namespace artgen::core {

class BackupJob;
class DockerClient;
class DumpReader;
class ExecSession;

// Puts a backup back, never half-way:
//  1. the file is checked before anything touches the database (format, completeness, checksum
//     when a manifest exists) — a cut or foreign file is refused, and so is a backup of another
//     database or profile unless intoOtherDatabase says so;
//  2. a safety backup of the current database is taken (unless switched off);
//  3. backend and celery are stopped (unless kept), and started again at the end, whatever
//     happened;
//  4. Existing mode: the dump is streamed into psql -v ON_ERROR_STOP=1 between our own BEGIN and
//     COMMIT, and the COMMIT is sent only once the whole file went out with the checksum it had
//     at step 1 (pg_restore --single-transaction --exit-on-error --clean --if-exists for custom,
//     the file's last bytes held back until then). Whatever ends the stream earlier — cancel, a
//     signal, a killed client, a dropped Docker connection — leaves psql at end-of-input in an
//     open transaction, which PostgreSQL rolls back: the database stays as it was. Our plain dumps
//     carry DROP … IF EXISTS, so they replace what they contain. Clean mode: the dump goes into a
//     fresh database beside the live one; only when that succeeded are the two swapped in one
//     transaction and the old one dropped — the live database is never gone while the new one is
//     still being built;
//  5. row counts per table are compared with the manifest.
class RestoreJob : public Job
{
    Q_OBJECT

public:
    enum class Mode { Existing, Clean };

    struct Options
    {
        DatabaseTarget target;
        QString file;
        Mode mode = Mode::Existing;
        bool safetyBackup = true;
        QString safetyFolder; // where the safety backup goes
        BackupFormat safetyFormat = BackupFormat::PlainGzip;
        bool stopServices = true;
        // A backup whose manifest names another database or profile is refused without this.
        bool intoOtherDatabase = false;
        QStringList services = // container names
            StackRoles::defaultContainers(StackRoles::workers());
    };

    struct Report
    {
        QString safetyBackup; // path, empty when none was taken
        bool manifestFound = false;
        QMap<QString, QPair<qint64, qint64>> mismatches; // table -> (manifest, restored)
        int tablesCompared = 0;
        QStringList servicesRestarted;
    };

    RestoreJob(DockerClient* docker, Options options, QObject* parent = nullptr);
    ~RestoreJob() override;

    const Options& options() const { return m_options; }
    const Report& report() const { return m_report; }
    // The steps in the order they will run, for the confirmation before anything starts: the
    // titles of the very list the job runs (and declares as its steps()).
    static QStringList plan(const Options& options);

    static QString tempDatabaseName(const QString& database);
    // Why a backup with this manifest does not belong to the target (empty when it does): the
    // database or the profile differs.
    static QString originMismatch(const BackupManifest& manifest, const DatabaseTarget& target);

protected:
    void run() override;
    void onCancel() override;

private:
    // One step: what the plan shows, and what runs. A step ends by calling next().
    struct Step
    {
        QString title;
        void (RestoreJob::*run)();
    };
    static QList<Step> stepsFor(const Options& options);
    static QStringList titles(const QList<Step>& steps);

    void next();
    void checkFile();
    void checkCustomInContainer();
    void takeSafetyBackup();
    void stopServices();
    void prepareDatabase();
    void restore();
    void swapDatabases();
    void countRows();
    void startServices();
    void finishWith(const std::optional<Error>& error);
    void failWith(const Error& error);
    void psql(const QString& database, const QStringList& args, const QString& what,
              std::function<void(const QByteArray&)> onSuccess);
    void feed();
    QString restoreDatabase() const;

    DockerClient* m_docker;
    Options m_options;
    QString m_appName;
    std::optional<BackupManifest> m_manifest;
    BackupFormat m_format = BackupFormat::Plain;
    std::unique_ptr<DumpReader> m_reader;
    std::shared_ptr<BackupJob> m_safety;
    ExecSession* m_session = nullptr;
    QByteArray m_sessionErr;
    QList<Step> m_steps;
    int m_nextStep = 0;
    QStringList m_stopped; // stopped, or being stopped: started again whatever happens
    int m_stopsInFlight = 0;
    bool m_startWhenStopped = false;
    QByteArray m_checkedSha256;
    bool m_restoreStarted = false;
    bool m_tempCreated = false;
    std::optional<Error> m_error;
    bool m_finishing = false;
    Report m_report;
};

} // namespace artgen::core
