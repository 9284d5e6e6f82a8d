#pragma once

#include "backupformats.h"
#include "backupmanifest.h"
#include "databasetarget.h"
#include "job/job.h"

#include <QElapsedTimer>
#include <functional>
#include <memory>
#include <optional>

namespace artgen::core {

class DockerClient;
class DumpWriter;
class ExecSession;

// One backup of the stack's database, from start to a verified file or nothing:
//  1. a psql session in the postgres container opens a read-only REPEATABLE READ transaction,
//     exports its snapshot, and counts every table's rows in it;
//  2. pg_dump runs in the container (client and server versions match) on that snapshot, its
//     stdout streamed over the Engine API into a .part file (compressed on the way for -gz and
//     -zst) — never the whole dump in memory;
//  3. success only if pg_dump exited 0 and the file is complete (plain: pg_dump's closing line;
//     custom: pg_restore --list accepts it); then the file is fsynced and renamed, the manifest
//     written beside it, and retention applied. Anything else removes the part file.
//     The name is unique even when backups run at once in one folder: see DumpWriter.
// Cancel ends pg_dump in the container too (pg_terminate_backend by application name).
// Progress: bytes of dump against pg_database_size; the three steps are declared (Step).
class BackupJob : public Job
{
    Q_OBJECT

public:
    struct Options
    {
        DatabaseTarget target;
        QString folder;
        BackupFormat format = BackupFormat::PlainGzip;
        QString reason = QStringLiteral("manual");
        int keepLast = 0; // retention after success; 0 and 0: keep everything
        int keepDays = 0;
    };

    BackupJob(DockerClient* docker, Options options, QObject* parent = nullptr);
    ~BackupJob() override;

    // Valid after success.
    QString filePath() const { return m_filePath; }
    QString manifestPath() const { return BackupManifest::pathFor(m_filePath); }
    const BackupManifest& manifest() const { return m_manifest; }
    QStringList removedByRetention() const { return m_removed; }

    static QString fileNameFor(const QDateTime& when, BackupFormat format);

protected:
    void run() override;
    void onCancel() override;

private:
    // In the order they begin; the counts of step Snapshot go on beside the dump.
    enum class Step { Snapshot, Dump, Save };
    static QStringList stepTitles(const Options& options);

    QString uniqueFileName(const QDateTime& when, int attempt) const;
    Error writeError(const Error& error) const;
    void startSnapshot();
    void onSnapshotOutput(const QByteArray& chunk);
    void startDump(const QString& snapshot);
    void onDumpFinished(const Result<int>& exitCode);
    void checkCustomArchive();
    void complete();
    void failWith(const Error& error);
    static bool connectionLost(const QByteArray& err);
    void explainFailure(int exitCode, const QByteArray& err,
                        const std::optional<Error>& streamError = std::nullopt, int lookups = 0);
    void endSessions();
    void endSnapshotThen(std::function<void()> then);
    void terminateInContainer(std::function<void()> then);

    DockerClient* m_docker;
    Options m_options;
    QString m_appName;
    QString m_filePath;
    std::unique_ptr<DumpWriter> m_writer;
    ExecSession* m_snapshot = nullptr;
    ExecSession* m_dump = nullptr;
    ExecSession* m_check = nullptr;
    QByteArray m_snapshotOut;
    QByteArray m_snapshotErr;
    QByteArray m_dumpErr;
    bool m_dumpStarted = false;
    bool m_counted = false;
    bool m_completeWhenCounted = false;
    bool m_ending = false;
    BackupManifest m_manifest;
    QElapsedTimer m_clock;
    QStringList m_removed;
};

} // namespace artgen::core
