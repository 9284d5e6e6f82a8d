#include "restorejob.h"

#include "backupjob.h"
#include "docker/dockerclient.h"
#include "docker/execsession.h"
#include "dumpfeeder.h"
#include "dumpreader.h"
#include "logging/auditlog.h"
#include "verifyjob.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

namespace artgen::core {

RestoreJob::RestoreJob(DockerClient* docker, Options options, QObject* parent)
    : Job(tr("Restore %1").arg(options.target.database), parent), m_docker(docker),
      m_options(std::move(options)), m_appName(QStringLiteral("artgen-restore-") +
                                               QUuid::createUuid().toString(QUuid::Id128).left(12)),
      m_steps(stepsFor(m_options))
{
    declareSteps(titles(m_steps));
}

RestoreJob::~RestoreJob() = default;

QString RestoreJob::tempDatabaseName(const QString& database)
{
    return database.left(40) + QStringLiteral("_artgen_restore");
}

QString RestoreJob::originMismatch(const BackupManifest& m, const DatabaseTarget& t)
{
    QStringList why;
    if (!m.database.isEmpty() && m.database != t.database)
        why << tr("it is a backup of database %1, not %2").arg(m.database, t.database);
    if (!m.profile.isEmpty() && !t.profile.isEmpty() && m.profile != t.profile)
        why << tr("it was made for profile %1, not %2").arg(m.profile, t.profile);
    return why.join(QStringLiteral("; "));
}

QList<RestoreJob::Step> RestoreJob::stepsFor(const Options& o)
{
    const QString db = o.target.database;
    const QString services = o.services.join(QStringLiteral(", "));
    QList<Step> steps;
    steps << Step{tr("Check %1: format, completeness and checksum — nothing is touched before.")
                      .arg(QFileInfo(o.file).fileName()),
                  &RestoreJob::checkFile};
    if (o.safetyBackup)
        steps << Step{tr("Back up the current database %1 (safety backup).").arg(db),
                      &RestoreJob::takeSafetyBackup};
    if (o.stopServices)
        steps << Step{tr("Stop %1.").arg(services), &RestoreJob::stopServices};
    if (o.mode == Mode::Clean) {
        steps << Step{
            tr("Restore into a new database %1, in one transaction.").arg(tempDatabaseName(db)),
            &RestoreJob::prepareDatabase};
        steps << Step{tr("Replace %1 with it, then drop the old database: everything in %1 that "
                         "is not in the backup is lost.")
                          .arg(db),
                      &RestoreJob::swapDatabases};
    } else {
        steps << Step{tr("Restore into %1 in one transaction: the objects in the backup are "
                         "replaced; if anything fails, nothing changes.")
                          .arg(db),
                      &RestoreJob::restore};
    }
    steps << Step{tr("Compare row counts per table with the backup's manifest."),
                  &RestoreJob::countRows};
    // Always last: it finishes the job (a failure on the way runs it as well, unannounced).
    if (o.stopServices)
        steps << Step{tr("Start %1 again.").arg(services), &RestoreJob::startServices};
    return steps;
}

QStringList RestoreJob::titles(const QList<Step>& steps)
{
    QStringList titles;
    for (const Step& step : steps)
        titles << step.title;
    return titles;
}

QStringList RestoreJob::plan(const Options& options)
{
    return titles(stepsFor(options));
}

QString RestoreJob::restoreDatabase() const
{
    return m_options.mode == Mode::Clean ? tempDatabaseName(m_options.target.database)
                                         : m_options.target.database;
}

void RestoreJob::run()
{
    setAsync();
    AuditLog::record(
        m_options.target.profile, QStringLiteral("restore"), m_options.target.database,
        QStringLiteral("started"),
        {{QStringLiteral("file"), m_options.file},
         {QStringLiteral("mode"),
          m_options.mode == Mode::Clean ? QStringLiteral("clean") : QStringLiteral("existing")}});
    next();
}

void RestoreJob::next()
{
    if (isFinished() || m_finishing)
        return;
    if (isCancelRequested())
        return;
    if (m_nextStep >= m_steps.size())
        return finishWith(std::nullopt);
    const int index = m_nextStep++;
    beginStep(index);
    (this->*m_steps.at(index).run)();
}

void RestoreJob::checkFile()
{
    log(tr("Checking %1").arg(m_options.file));
    auto verify = std::make_shared<VerifyJob>(m_options.file, m_docker, m_options.target);
    connect(verify.get(), &Job::bytesProgressChanged, this, &RestoreJob::reportBytes);
    connect(verify.get(), &Job::finished, this, [this, verify] {
        if (verify->state() != State::Succeeded)
            return failWith(verify->error());
        m_format = verify->format();
        m_manifest = verify->manifest();
        m_checkedSha256 = verify->sha256Hex();
        m_report.manifestFound = m_manifest.has_value();
        log(verify->result().toString());
        if (m_manifest) {
            const QString mismatch = originMismatch(*m_manifest, m_options.target);
            if (!mismatch.isEmpty() && !m_options.intoOtherDatabase)
                return failWith(Error(
                    Error::Code::InvalidInput,
                    tr("%1 does not belong to database %2, so nothing was restored.")
                        .arg(QFileInfo(m_options.file).fileName(), m_options.target.database),
                    mismatch + QLatin1Char('.'),
                    tr("Choose a backup of %1, or confirm that its data should replace %1 "
                       "(artgenctl: --into-other-database; the panel: type the database name).")
                        .arg(m_options.target.database)));
            if (!mismatch.isEmpty())
                log(tr("Restoring into another database as asked: %1.").arg(mismatch));
        }
        next();
    });
    verify->start();
}

void RestoreJob::takeSafetyBackup()
{
    BackupJob::Options o;
    o.target = m_options.target;
    o.folder = m_options.safetyFolder;
    o.format = m_options.safetyFormat;
    o.reason = QStringLiteral("safety");
    m_safety = std::make_shared<BackupJob>(m_docker, o);
    log(tr("Taking a safety backup of %1").arg(m_options.target.database));
    connect(m_safety.get(), &Job::logLines, this, [this](const QStringList& lines) {
        for (const QString& l : lines)
            log(QStringLiteral("  ") + l);
    });
    connect(m_safety.get(), &Job::finished, this, [this] {
        if (m_safety->state() != State::Succeeded)
            return failWith(Error(Error::Code::ProcessFailed,
                                  tr("The safety backup failed, so nothing was restored."),
                                  m_safety->error().message(),
                                  tr("Fix the cause, or restore without a safety backup.")));
        m_report.safetyBackup = m_safety->filePath();
        next();
    });
    m_safety->start();
}

void RestoreJob::stopServices()
{
    // Inspect first: only what was running is stopped, and only that is started again.
    // A service counts as stopped from the moment its stop is asked for, and the start at the
    // end waits for stops still under way: a cancel in the middle cannot leave one down.
    auto pending = std::make_shared<int>(int(m_options.services.size()));
    if (*pending == 0)
        return next();
    for (const QString& name : m_options.services) {
        auto done = [this, pending] {
            if (--*pending == 0 && !m_error)
                next();
        };
        m_docker->inspect(name).then(this, [this, name, done](const Result<ContainerDetails>& d) {
            if (!d || d->summary.state != QStringLiteral("running") || m_error)
                return done();
            log(tr("Stopping %1").arg(name));
            m_stopped << name;
            ++m_stopsInFlight;
            m_docker->act(name, DockerClient::Action::Stop, 20)
                .then(this, [this, done](const Status& s) {
                    --m_stopsInFlight;
                    if (m_startWhenStopped && m_stopsInFlight == 0)
                        return startServices();
                    if (!s)
                        return failWith(s.error());
                    done();
                });
        });
    }
}

void RestoreJob::psql(const QString& database, const QStringList& args, const QString& what,
                      std::function<void(const QByteArray&)> onSuccess)
{
    m_docker
        ->exec(m_options.target.container, m_options.target.psql(database, args),
               m_options.target.env(m_appName + QStringLiteral("-admin")), 120000)
        .then(this, [this, what, onSuccess](const Result<ExecResult>& r) {
            if (isFinished())
                return;
            if (!r)
                return failWith(r.error());
            if (r->exitCode != 0)
                return failWith(
                    Error(Error::Code::ProcessFailed, what,
                          ExecSession::lastLines(r->err.isEmpty() ? r->out : r->err),
                          tr("Nothing was changed in %1.").arg(m_options.target.database)));
            onSuccess(r->out);
        });
}

void RestoreJob::prepareDatabase()
{
    const QString temp = DatabaseTarget::quoteIdentifier(restoreDatabase());
    log(tr("Creating database %1").arg(restoreDatabase()));
    psql(QStringLiteral("postgres"),
         {QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(temp),
          QStringLiteral("-c"),
          QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 OWNER %2")
              .arg(temp, DatabaseTarget::quoteIdentifier(m_options.target.user))},
         tr("The database for the restore could not be created."), [this](const QByteArray&) {
             m_tempCreated = true;
             restore(); // the same step: the plan promises one transaction into the new database
         });
}

void RestoreJob::restore()
{
    ExecSession::Options o;
    o.container = m_options.target.container;
    o.attachStdin = true;
    o.env = m_options.target.env(m_appName);
    const bool plain = BackupFormats::isPlainSql(m_format);
    if (plain) {
        // Not --single-transaction: psql commits that at end-of-input, however early it came.
        o.cmd = m_options.target.psql(restoreDatabase(),
                                      {QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                       QStringLiteral("-f"), QStringLiteral("-")});
    } else {
        o.cmd = QStringList{QStringLiteral("pg_restore"),
                            QStringLiteral("--single-transaction"),
                            QStringLiteral("--exit-on-error"),
                            QStringLiteral("-U"),
                            m_options.target.user,
                            QStringLiteral("-d"),
                            restoreDatabase()};
        if (m_options.mode == Mode::Existing)
            o.cmd << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    }
    auto reader = std::make_unique<DumpReader>();
    if (auto s = reader->open(m_options.file); !s)
        return failWith(s.error());
    log(tr("Restoring into %1").arg(restoreDatabase()));
    m_session = new ExecSession(m_docker, o, this);
    auto* feeder = new DumpFeeder(std::move(reader), m_session, m_session);
    if (plain)
        feeder->setFraming("BEGIN;\n", "\nCOMMIT;\n");
    feeder->setExpectedSha256(m_checkedSha256);
    connect(feeder, &DumpFeeder::progress, this, &RestoreJob::reportBytes);
    connect(feeder, &DumpFeeder::failed, this, &RestoreJob::failWith);
    connect(m_session, &ExecSession::stderrData, this, [this](const QByteArray& d) {
        m_sessionErr += d;
        if (m_sessionErr.size() > 65536)
            m_sessionErr.remove(0, m_sessionErr.size() - 65536);
    });
    connect(m_session, &ExecSession::finished, this, [this](const Result<int>& r) {
        if (isFinished() || m_finishing)
            return;
        if (!r)
            return failWith(r.error());
        if (*r != 0)
            return failWith(Error(
                Error::Code::ProcessFailed,
                tr("The restore failed; the transaction was rolled back."),
                ExecSession::lastLines(m_sessionErr),
                tr("%1 is unchanged. Read the message above.").arg(m_options.target.database)));
        m_restoreStarted = false;
        next();
    });
    m_restoreStarted = true;
    m_session->start();
}

void RestoreJob::swapDatabases()
{
    const QString db = m_options.target.database;
    const QString old = db.left(40) + QStringLiteral("_artgen_old");
    const QString q = DatabaseTarget::quoteIdentifier(db);
    log(tr("Replacing %1 with the restored database").arg(db));
    // One transaction: both renames or neither. ALTER DATABASE waits up to 5 s for the
    // sessions ended just before to go.
    psql(
        QStringLiteral("postgres"),
        {QStringLiteral("-c"),
         QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
             .arg(DatabaseTarget::quoteIdentifier(old)),
         QStringLiteral("-c"),
         QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                        "datname IN (%1, %2) AND pid <> pg_backend_pid(); "
                        "ALTER DATABASE %3 RENAME TO %4; ALTER DATABASE %5 RENAME TO %3;")
             .arg(DatabaseTarget::quoteLiteral(db), DatabaseTarget::quoteLiteral(restoreDatabase()),
                  q, DatabaseTarget::quoteIdentifier(old),
                  DatabaseTarget::quoteIdentifier(restoreDatabase())),
         QStringLiteral("-c"),
         QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(DatabaseTarget::quoteIdentifier(old))},
        tr("The restored database could not replace %1.").arg(db), [this](const QByteArray&) {
            m_tempCreated = false;
            next();
        });
}

void RestoreJob::countRows()
{
    psql(m_options.target.database,
         {QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-F"), QStringLiteral("\t"),
          QStringLiteral("-c"), QString::fromUtf8(DatabaseTarget::rowCountQuery())},
         tr("Counting the restored rows failed."), [this](const QByteArray& out) {
             const auto rows = DatabaseTarget::parseRowCounts(out);
             if (m_manifest) {
                 for (auto it = m_manifest->tableRows.cbegin(); it != m_manifest->tableRows.cend();
                      ++it) {
                     ++m_report.tablesCompared;
                     const qint64 got = rows.value(it.key(), -1);
                     if (got != it.value())
                         m_report.mismatches.insert(it.key(), {it.value(), got});
                 }
                 log(m_report.mismatches.isEmpty()
                         ? tr("Row counts match the manifest in all %n table(s).", nullptr,
                              m_report.tablesCompared)
                         : tr("Row counts differ from the manifest in %n table(s).", nullptr,
                              int(m_report.mismatches.size())));
             } else {
                 log(tr("No manifest: %n table(s) restored, counts not compared.", nullptr,
                        int(rows.size())));
             }
             next();
         });
}

void RestoreJob::startServices()
{
    if (m_stopsInFlight > 0) {
        m_startWhenStopped = true;
        return;
    }
    m_startWhenStopped = false;
    auto pending = std::make_shared<int>(int(m_stopped.size()));
    const QStringList stopped = std::exchange(m_stopped, {});
    auto done = [this, pending] {
        if (--*pending == 0)
            finishWith(m_error);
    };
    if (stopped.isEmpty())
        return finishWith(m_error);
    for (const QString& name : stopped) {
        log(tr("Starting %1").arg(name));
        m_docker->act(name, DockerClient::Action::Start)
            .then(this, [this, name, done](const Status& s) {
                if (s)
                    m_report.servicesRestarted << name;
                else
                    log(tr("%1 could not be started again and is down: %2 Start it with: "
                           "docker start %1")
                            .arg(name, s.error().message()));
                done();
            });
    }
}

void RestoreJob::failWith(const Error& error)
{
    if (isFinished() || m_finishing || m_error)
        return;
    m_error = error;
    if (m_session && m_session->isRunning())
        m_session->abort();
    if (m_safety && !m_safety->isFinished())
        m_safety->cancel();
    // End whatever still runs in the server (a psql mid-restore rolls back), drop a half-built
    // database, then bring the services back.
    m_docker
        ->exec(m_options.target.container, m_options.target.terminateSessions(m_appName),
               m_options.target.env(QStringLiteral("artgen-cleanup")), 15000)
        .then(this, [this](const Result<ExecResult>&) {
            if (!m_tempCreated)
                return startServices();
            m_docker
                ->exec(m_options.target.container,
                       m_options.target.psql(
                           QStringLiteral("postgres"),
                           {QStringLiteral("-c"),
                            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                .arg(DatabaseTarget::quoteIdentifier(restoreDatabase()))}),
                       m_options.target.env(QStringLiteral("artgen-cleanup")), 30000)
                .then(this, [this](const Result<ExecResult>&) { startServices(); });
        });
}

void RestoreJob::finishWith(const std::optional<Error>& error)
{
    if (isFinished())
        return;
    m_finishing = true;
    const bool cancelled = error && error->code() == Error::Code::Cancelled;
    AuditLog::record(m_options.target.profile, QStringLiteral("restore"), m_options.target.database,
                     !error ? QStringLiteral("succeeded")
                            : (cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed")),
                     {{QStringLiteral("file"), m_options.file},
                      {QStringLiteral("error"), error ? error->message() : QString()},
                      {QStringLiteral("mismatches"), int(m_report.mismatches.size())}});
    if (!error)
        return succeed(m_options.file);
    cancelled ? finishCancelled() : fail(*error);
}

void RestoreJob::onCancel()
{
    log(tr("Cancelling the restore"));
    failWith(Error::cancelled());
}

} // namespace artgen::core
