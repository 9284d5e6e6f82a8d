#include "backupjob.h"

#include "backupcatalog.h"
#include "docker/dockerclient.h"
#include "docker/execsession.h"
#include "dumpfeeder.h"
#include "dumpreader.h"
#include "dumpwriter.h"
#include "logging/auditlog.h"
#include "logging/categories.h"
#include "util/humanformat.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStorageInfo>
#include <QTimer>
#include <QUuid>

namespace artgen::core {

BackupJob::BackupJob(DockerClient* docker, Options options, QObject* parent)
    : Job(tr("Back up %1").arg(options.target.database), parent), m_docker(docker),
      m_options(std::move(options)), m_appName(QStringLiteral("artgen-backup-") +
                                               QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    declareSteps(stepTitles(m_options));
}

BackupJob::~BackupJob() = default;

QStringList BackupJob::stepTitles(const Options& o)
{
    const QString db = o.target.database;
    return {tr("Open a snapshot of %1 and count its rows.").arg(db),
            tr("Dump %1 into %2.").arg(db, QDir::toNativeSeparators(o.folder)),
            o.keepLast > 0 || o.keepDays > 0
                ? tr("Check the dump, save it with its manifest and apply retention.")
                : tr("Check the dump and save it with its manifest.")};
}

QString BackupJob::fileNameFor(const QDateTime& when, BackupFormat format)
{
    return QStringLiteral("backup_") +
           when.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmmss")) +
           BackupFormats::extension(format);
}

QString BackupJob::uniqueFileName(const QDateTime& when, int attempt) const
{
    QString name = fileNameFor(when, m_options.format);
    if (attempt > 1)
        name.replace(QStringLiteral("backup_"), QStringLiteral("backup_%1_").arg(attempt));
    return name;
}

void BackupJob::run()
{
    setAsync();
    m_clock.start();
    m_manifest.startedAt = QDateTime::currentDateTimeUtc();
    m_manifest.database = m_options.target.database;
    m_manifest.user = m_options.target.user;
    m_manifest.container = m_options.target.container;
    m_manifest.profile = m_options.target.profile;
    m_manifest.format = m_options.format;
    m_manifest.reason = m_options.reason;
    for (const QString& orphan : DumpWriter::removeOrphanParts(m_options.folder)) {
        log(tr("Removed %1, left behind by a backup that was killed").arg(orphan));
        // Its run recorded only "started": say how it ended, as far as anyone can know.
        AuditLog::record(m_options.target.profile, QStringLiteral("backup"),
                         m_options.target.database, QStringLiteral("ended-unknown"),
                         {{QStringLiteral("file"), orphan.chopped(5)},
                          {QStringLiteral("note"),
                           QStringLiteral("its process ended without a result (killed?); the "
                                          "part file was removed")}});
    }
    // Two backups in the same second (a safety backup right after a manual one, two runs at
    // once, two profiles sharing the folder) get a suffix; the part file is the reservation.
    const QDateTime now = m_manifest.startedAt; // the name's time, again at commit
    for (int i = 1;; ++i) {
        m_filePath = QDir(m_options.folder).filePath(uniqueFileName(now, i));
        m_writer = std::make_unique<DumpWriter>();
        const auto opened = m_writer->open(m_filePath, m_options.format);
        if (opened)
            break;
        if (!m_writer->nameTaken() || i >= 1000)
            return failWith(opened.error());
    }
    m_manifest.fileName = QFileInfo(m_filePath).fileName();
    AuditLog::record(m_options.target.profile, QStringLiteral("backup"), m_options.target.database,
                     QStringLiteral("started"),
                     {{QStringLiteral("file"), m_filePath},
                      {QStringLiteral("format"), BackupFormats::name(m_options.format)},
                      {QStringLiteral("reason"), m_options.reason}});
    log(tr("Backing up database %1 from %2 to %3")
            .arg(m_options.target.database, m_options.target.container, m_filePath));
    startSnapshot();
}

void BackupJob::startSnapshot()
{
    beginStep(int(Step::Snapshot));
    ExecSession::Options o;
    o.container = m_options.target.container;
    o.attachStdin = true;
    o.env = m_options.target.env(m_appName + QStringLiteral("-snapshot"));
    o.cmd = m_options.target.psql(
        m_options.target.database,
        {QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"), QStringLiteral("\t")});
    m_snapshot = new ExecSession(m_docker, o, this);
    connect(m_snapshot, &ExecSession::stdoutData, this, &BackupJob::onSnapshotOutput);
    connect(m_snapshot, &ExecSession::stderrData, this, [this](const QByteArray& d) {
        if (m_snapshotErr.size() < 65536)
            m_snapshotErr += d;
    });
    connect(m_snapshot, &ExecSession::finished, this, [this](const Result<int>& r) {
        if (m_ending || isFinished())
            return;
        // The session must outlive pg_dump: it holds the snapshot. Once the dump runs, or when
        // psql says the server went away, the cause is the server, not the credentials.
        if (m_dumpStarted || connectionLost(m_snapshotErr) || !r)
            return explainFailure(r ? *r : -1, m_snapshotErr);
        failWith(
            Error(Error::Code::ProcessFailed,
                  tr("psql in %1 ended before the backup started.").arg(m_options.target.container),
                  ExecSession::lastLines(m_snapshotErr),
                  tr("Check the database user, name and password in Docker_all/.env.")));
    });
    m_snapshot->start();
    m_snapshot->writeStdin("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n"
                           "SELECT 'snapshot', pg_export_snapshot();\n"
                           "SELECT 'version', current_setting('server_version');\n"
                           "SELECT 'size', pg_database_size(current_database());\n"
                           "SELECT 'ready';\n" +
                           DatabaseTarget::rowCountQuery() + "SELECT 'counted';\n");
}

void BackupJob::onSnapshotOutput(const QByteArray& chunk)
{
    m_snapshotOut += chunk;
    // pg_dump starts as soon as the snapshot is exported; the row counts run beside it in the
    // same snapshot (they cost a full scan of every table) and must be in before success.
    if (!m_dumpStarted && m_snapshotOut.contains("ready\n")) {
        QString snapshot;
        for (const QByteArray& line : m_snapshotOut.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.value(0) == "snapshot")
                snapshot = QString::fromLatin1(f.value(1));
            else if (f.value(0) == "version")
                m_manifest.serverVersion = QString::fromUtf8(f.value(1));
            else if (f.value(0) == "size")
                m_manifest.databaseBytes = f.value(1).toLongLong();
        }
        m_dumpStarted = true;
        startDump(snapshot);
    }
    if (!m_counted && m_snapshotOut.contains("counted\n")) {
        m_manifest.tableRows = DatabaseTarget::parseRowCounts(m_snapshotOut);
        m_counted = true;
        log(tr("PostgreSQL %1, database size %2, %n table(s) counted", nullptr,
               int(m_manifest.tableRows.size()))
                .arg(m_manifest.serverVersion, HumanFormat::bytes(m_manifest.databaseBytes)));
        if (m_completeWhenCounted && !m_ending && !isFinished())
            complete();
    }
}

void BackupJob::startDump(const QString& snapshot)
{
    if (isCancelRequested())
        return;
    beginStep(int(Step::Dump));
    ExecSession::Options o;
    o.container = m_options.target.container;
    o.env = m_options.target.env(m_appName);
    o.cmd = QStringList{QStringLiteral("pg_dump"), QStringLiteral("-U"),
                        m_options.target.user,     QStringLiteral("-d"),
                        m_options.target.database, QStringLiteral("--snapshot=") + snapshot};
    if (m_options.format == BackupFormat::Custom)
        o.cmd << QStringLiteral("-Fc");
    else // so the instructions' `psql < backup.sql` replaces what the dump holds, in one go
        o.cmd << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    m_dump = new ExecSession(m_docker, o, this);
    connect(m_dump, &ExecSession::stdoutData, this, [this](const QByteArray& d) {
        if (isFinished() || m_ending)
            return;
        if (auto s = m_writer->write(d); !s)
            return failWith(writeError(s.error())); // ends the dump too
        reportBytes(m_writer->rawBytes(), m_manifest.databaseBytes);
    });
    connect(m_dump, &ExecSession::stderrData, this, [this](const QByteArray& d) {
        if (m_dumpErr.size() < 65536)
            m_dumpErr += d;
    });
    connect(m_dump, &ExecSession::finished, this, &BackupJob::onDumpFinished);
    m_dump->start();
}

void BackupJob::onDumpFinished(const Result<int>& exitCode)
{
    if (isFinished() || m_ending)
        return;
    if (!exitCode || *exitCode != 0)
        return explainFailure(exitCode ? *exitCode : -1, m_dumpErr,
                              exitCode ? std::nullopt : std::optional(exitCode.error()));
    beginStep(int(Step::Save));
    if (auto s = m_writer->finish(); !s)
        return failWith(writeError(s.error()));
    if (m_options.format == BackupFormat::Custom)
        return checkCustomArchive();
    if (!BackupFormats::isCompletePlainTail(m_writer->rawTail()))
        return failWith(Error(Error::Code::ProcessFailed, tr("The dump is incomplete."),
                              tr("pg_dump exited 0 but its closing line is missing."),
                              tr("Retry the backup; if it happens again, check the disk.")));
    complete();
}

bool BackupJob::connectionLost(const QByteArray& err)
{
    return err.contains("PQgetCopyData") || err.contains("server closed the connection") ||
           err.contains("terminating connection") ||
           err.contains("connection to server was lost") ||
           err.contains("the database system is shutting down");
}

void BackupJob::explainFailure(int exitCode, const QByteArray& err,
                               const std::optional<Error>& streamError, int lookups)
{
    // "The server went away" is the reason the user needs, but pg_dump notices the lost
    // connection (or is killed with its container: exit code 128 + signal) while docker still
    // reports the container as stopping: look again, a few times, before saying "running".
    const bool lost = connectionLost(err) || streamError.has_value() || exitCode >= 128;
    QTimer::singleShot(
        lost && lookups > 0 ? 1000 : 0, this, [this, exitCode, err, lost, streamError, lookups] {
            if (isFinished() || m_ending)
                return;
            m_docker->inspect(m_options.target.container)
                .then(this, [this, exitCode, err, lost, streamError,
                             lookups](const Result<ContainerDetails>& d) {
                    if (isFinished() || m_ending)
                        return;
                    const QString& c = m_options.target.container;
                    const QString state = d ? d->summary.state : QString();
                    if (lost && state == QStringLiteral("running") && lookups < 6)
                        return explainFailure(exitCode, err, streamError, lookups + 1);
                    const QString why =
                        streamError ? streamError->message() : ExecSession::lastLines(err);
                    QString what =
                        tr("pg_dump in %1 failed with exit code %2.").arg(c).arg(exitCode);
                    QString todo =
                        tr("Read pg_dump's message above; check the database user and name.");
                    if (state == QStringLiteral("paused")) {
                        what = tr("The postgres container %1 was paused during the backup.").arg(c);
                        todo = tr("Unpause it (docker unpause %1), then retry the backup.").arg(c);
                    } else if (!d || state != QStringLiteral("running")) {
                        what =
                            tr("The PostgreSQL server went away: the container %1 stopped during "
                               "the backup.")
                                .arg(c);
                        todo = tr("Start the stack again and retry the backup.");
                    } else if (lost) {
                        what = tr("The PostgreSQL server in %1 went away during the backup (the "
                                  "connection was closed).")
                                   .arg(c);
                        todo = tr("Check the postgres container's log, then retry the backup.");
                    }
                    failWith(Error(Error::Code::ProcessFailed, what, why, todo));
                });
        });
}

Error BackupJob::writeError(const Error& error) const
{
    if (!m_writer || !m_writer->diskFull())
        return error;
    const QString folder = QFileInfo(m_filePath).absolutePath();
    const QStorageInfo disk(folder);
    const auto size = &HumanFormat::bytes;
    return Error(
        Error::Code::Io, tr("The disk holding %1 is full; the backup was not written.").arg(folder),
        tr("%1 of the dump were written when it filled up (%2 free of %3 on %4); the database "
           "is %5, and a plain dump can be as large, a compressed one smaller.")
            .arg(size(m_writer->fileBytes()), size(disk.bytesAvailable()), size(disk.bytesTotal()),
                 disk.rootPath(), size(m_manifest.databaseBytes)),
        tr("Free at least %1 there, or choose a backup folder on another disk.")
            .arg(size(qMax(m_manifest.databaseBytes, m_writer->fileBytes() * 2))));
}

void BackupJob::checkCustomArchive()
{
    // pg_restore --list reads the archive's table of contents: a file that is not a complete
    // custom archive header and TOC is refused here.
    ExecSession::Options o;
    o.container = m_options.target.container;
    o.attachStdin = true;
    o.cmd = QStringList{QStringLiteral("pg_restore"), QStringLiteral("--list")};
    m_check = new ExecSession(m_docker, o, this);
    auto reader = std::make_unique<DumpReader>();
    if (auto s = reader->open(m_writer->partPath()); !s)
        return failWith(s.error());
    auto* feeder = new DumpFeeder(std::move(reader), m_check, m_check);
    connect(feeder, &DumpFeeder::failed, this, &BackupJob::failWith);
    auto err = std::make_shared<QByteArray>();
    connect(m_check, &ExecSession::stderrData, this, [err](const QByteArray& d) {
        if (err->size() < 65536)
            *err += d;
    });
    connect(m_check, &ExecSession::finished, this, [this, err](const Result<int>& r) {
        if (isFinished() || m_ending)
            return;
        if (!r)
            return failWith(r.error());
        if (*r != 0)
            return failWith(Error(Error::Code::ProcessFailed,
                                  tr("The custom-format dump does not pass pg_restore --list."),
                                  ExecSession::lastLines(*err), tr("Retry the backup.")));
        complete();
    });
    m_check->start();
}

void BackupJob::complete()
{
    if (!m_counted) {
        m_completeWhenCounted = true; // the dump was faster than the counts
        return;
    }
    m_ending = true;
    const QDateTime named = m_manifest.startedAt;
    if (auto s = m_writer->commit([this, named](int attempt) {
            return QDir(m_options.folder).filePath(uniqueFileName(named, attempt));
        });
        !s)
        return failWith(s.error());
    m_filePath = m_writer->finalPath();
    m_manifest.fileName = QFileInfo(m_filePath).fileName();
    m_manifest.sizeBytes = m_writer->fileBytes();
    m_manifest.rawBytes = m_writer->rawBytes();
    m_manifest.sha256 = m_writer->sha256Hex();
    m_manifest.durationMs = m_clock.elapsed();
    if (auto s = m_manifest.save(manifestPath()); !s) {
        QFile::remove(m_filePath);
        return failWith(s.error());
    }
    if (m_options.keepLast > 0 || m_options.keepDays > 0) {
        const auto removed = BackupCatalog(m_options.folder)
                                 .applyRetention(m_options.target.profile, m_options.keepLast,
                                                 m_options.keepDays, {m_filePath});
        if (removed) {
            m_removed = *removed;
            for (const QString& r : m_removed)
                log(tr("Retention removed %1").arg(QFileInfo(r).fileName()));
        } else {
            log(removed.error().message());
        }
    }
    AuditLog::record(m_options.target.profile, QStringLiteral("backup"), m_options.target.database,
                     QStringLiteral("succeeded"),
                     {{QStringLiteral("file"), m_filePath},
                      {QStringLiteral("bytes"), double(m_manifest.sizeBytes)},
                      {QStringLiteral("sha256"), QString::fromLatin1(m_manifest.sha256)}});
    log(tr("Backup written: %1 (%2) in %3 s")
            .arg(m_filePath, HumanFormat::bytes(m_manifest.sizeBytes))
            .arg(double(m_manifest.durationMs) / 1000, 0, 'f', 1));
    reportProgress(1.0);
    endSnapshotThen([this] { succeed(m_filePath); });
}

void BackupJob::endSnapshotThen(std::function<void()> then)
{
    // The snapshot session holds a transaction with share locks on every table: it must be
    // gone before we report success, or a restore right after would wait on those locks.
    if (!m_snapshot || !m_snapshot->isRunning())
        return then();
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    auto finishOnce = [once] {
        if (*once)
            std::exchange(*once, nullptr)();
    };
    connect(m_snapshot, &ExecSession::finished, this, finishOnce);
    // A psql that does not quit in time is cut off: closing the connection closes its stdin.
    QTimer::singleShot(5000, this, [this] { m_snapshot->abort(); });
    m_snapshot->writeStdin("COMMIT;\n\\q\n");
    m_snapshot->closeStdin();
}

void BackupJob::endSessions()
{
    m_ending = true;
    for (ExecSession* s : {m_dump, m_check, m_snapshot})
        if (s)
            s->abort();
    if (m_writer)
        m_writer->discard();
}

void BackupJob::failWith(const Error& error)
{
    if (isFinished())
        return;
    const bool dumpMayRun = m_dump && m_dump->isRunning();
    endSessions();
    AuditLog::record(m_options.target.profile, QStringLiteral("backup"), m_options.target.database,
                     QStringLiteral("failed"), {{QStringLiteral("error"), error.message()}});
    if (!dumpMayRun)
        return fail(error);
    // Our side of the stream is closed; end pg_dump in the container as well.
    terminateInContainer([this, error] { fail(error); });
}

void BackupJob::terminateInContainer(std::function<void()> then)
{
    m_docker
        ->exec(m_options.target.container, m_options.target.terminateSessions(m_appName),
               m_options.target.env(QStringLiteral("artgen-cleanup")), 15000)
        .then(this, [then](const Result<ExecResult>&) { then(); });
}

void BackupJob::onCancel()
{
    if (isFinished())
        return;
    log(tr("Cancelling: ending pg_dump in %1").arg(m_options.target.container));
    endSessions();
    AuditLog::record(m_options.target.profile, QStringLiteral("backup"), m_options.target.database,
                     QStringLiteral("cancelled"));
    terminateInContainer([this] { finishCancelled(); });
}

} // namespace artgen::core
