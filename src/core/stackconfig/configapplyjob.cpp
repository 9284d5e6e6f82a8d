#include "configapplyjob.h"

#include "compose/composejob.h"
#include "configfilewriter.h"
#include "configkey.h"
#include "configvalidator.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "docker/workercounttracker.h"
#include "docker/workerinspector.h"
#include "gitrollback.h"
#include "logging/auditlog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace artgen::core {

ConfigApplyJob::ConfigApplyJob(DockerClient* docker, Options options, QObject* parent)
    : Job(options.kind == u"rollback" || options.kind == u"git" ? tr("Roll back the configuration")
                                                                : tr("Apply the configuration"),
          parent),
      m_docker(docker), m_options(std::move(options))
{
    if (m_options.historyPath.isEmpty())
        m_options.historyPath = ConfigHistory::forProfile(m_options.profile).path();
    if (m_options.previousDir.isEmpty())
        m_options.previousDir =
            ConfigHistory::dataFolder(m_options.profile) + QStringLiteral("/previous");
    declareSteps(plan());
}

QStringList ConfigApplyJob::plan()
{
    return {tr("Validate the new files"), tr("Write the files"), tr("Record the change"),
            tr("Make the change take effect"), tr("Check the stack")};
}

QSet<QString> ConfigApplyJob::singleFileMounts(const QList<ContainerInspection::Mount>& mounts,
                                               const QString& stackDir, const QStringList& paths)
{
    QSet<QString> out;
    for (const QString& path : paths) {
        const QString real = QFileInfo(QDir(stackDir).filePath(path)).canonicalFilePath();
        for (const auto& m : mounts)
            if (m.type == u"bind" && !real.isEmpty() &&
                QFileInfo(m.source).canonicalFilePath() == real)
                out.insert(path);
    }
    return out;
}

ConfigApplyPlan ConfigApplyJob::rollbackPlan(const ConfigHistoryEntry& entry,
                                             const QHash<QString, QByteArray>& current)
{
    QHash<QString, QByteArray> target;
    for (const auto& f : entry.files)
        target.insert(f.path, f.before);
    return ConfigApplyPlan::fromFiles(current, target);
}

bool ConfigApplyJob::runStep(Step step, const std::function<Status()>& body)
{
    if (isCancelRequested()) {
        audit(QStringLiteral("cancelled"));
        finishCancelled();
        return false;
    }
    beginStep(step);
    QElapsedTimer clock;
    clock.start();
    const Status ok = body();
    m_report.stepMs.append({plan().value(step), clock.elapsed()});
    reportProgress(double(step + 1) / plan().size());
    if (ok)
        return true;
    audit(QStringLiteral("failed"), ok.error().message());
    fail(ok.error());
    return false;
}

void ConfigApplyJob::run()
{
    if (m_options.plan.isEmpty()) {
        succeed(tr("No change: every value is already as asked."));
        return;
    }
    if (!runStep(Validate, [this] { return validateStep(); }) ||
        !runStep(Write, [this] { return writeStep(); }) ||
        !runStep(Record, [this] { return recordStep(); }) ||
        !runStep(TakeEffect, [this] { return takeEffectStep(); }) ||
        !runStep(Check, [this] { return checkStep(); }))
        return;
    audit(QStringLiteral("succeeded"));
    succeed(m_options.plan.summary());
}

Status ConfigApplyJob::validateStep()
{
    if (!m_options.validate) {
        log(tr("Validation skipped (--no-validate)."));
        return {};
    }
    if (!m_docker)
        return core::fail(Error(Error::Code::Unreachable, tr("Cannot validate without Docker."), {},
                                tr("Start Docker, or apply without validation.")));
    ConfigValidator validator(m_docker, m_options.profile, [this](const QString& line) {
        m_report.validation << line;
        log(line);
    });
    return validator.validate(m_options.plan);
}

// nginx-docker.conf reaches the frontend as a single-file bind mount
// (../nginx-docker.conf:/etc/nginx/conf.d/default.conf). Docker binds the file's inode when the
// container starts, so a file replaced by rename stays invisible to it: `nginx -s reload` would
// load the old configuration, and only a restart would see the new one (dropping every
// connection, and failing the whole frontend if the file were bad). Such files are therefore
// rewritten in place — after their previous version is stored (data folder and history) — and a
// reload takes them; files under a folder mount (app/) are replaced atomically as usual.
Status ConfigApplyJob::writeStep()
{
    const QString frontend = containerOf(StackRoles::service(StackRole::Frontend));
    if (m_docker) {
        const auto inspected = m_docker->inspection(frontend).result();
        if (inspected)
            m_inPlace = singleFileMounts(inspected->mounts, m_options.profile.stackDir,
                                         m_options.plan.paths());
    }
    QList<ConfigApplyPlan::FileChange> ours = m_options.plan.files();
    QStringList byGit;
    if (m_options.kind == u"git") {
        ours.clear();
        for (const auto& f : m_options.plan.files()) {
            if (m_inPlace.contains(f.path))
                ours.append(f);
            else
                byGit << f.path;
        }
    }
    const ConfigFileWriter::Options writer{m_options.profile.stackDir, m_options.previousDir,
                                           m_inPlace};
    if (const Status ok = ConfigFileWriter::write(writer, ours); !ok)
        return ok;
    if (!byGit.isEmpty()) {
        log(tr("git checkout HEAD -- %1").arg(byGit.join(u' ')));
        if (const Status ok = GitRollback::checkout(m_options.profile.stackDir, byGit); !ok) {
            QList<ConfigApplyPlan::FileChange> back;
            for (const auto& f : ours)
                back.append({f.path, f.after, f.before});
            ConfigFileWriter::write({m_options.profile.stackDir, {}, m_inPlace}, back);
            return ok;
        }
    }
    for (const auto& f : m_options.plan.files()) {
        m_report.written << f.path;
        if (m_inPlace.contains(f.path))
            m_report.writtenInPlace << f.path;
        log(m_inPlace.contains(f.path)
                ? tr("Wrote %1 in place (a single-file bind mount of %2).").arg(f.path, frontend)
                : tr("Wrote %1.").arg(f.path));
    }
    return {};
}

Status ConfigApplyJob::recordStep()
{
    ConfigHistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.id = ConfigHistory::newId(entry.time);
    entry.user = ConfigHistory::currentUser();
    entry.profile = m_options.profile.name;
    entry.kind = m_options.kind;
    entry.rollbackOf = m_options.rollbackOf;
    entry.values = m_options.plan.values();
    entry.files = m_options.plan.files();
    entry.summary = m_options.summary.isEmpty() ? m_options.plan.summary() : m_options.summary;
    if (const Status ok = ConfigHistory(m_options.historyPath).append(entry); !ok) {
        // The files are written: say so, the history alone failed.
        return core::fail(Error(ok.error().code(), ok.error().what(), ok.error().why(),
                                tr("The files were written; the change is not in the history.")));
    }
    m_report.historyId = entry.id;
    log(tr("Recorded as %1 in the configuration history.").arg(entry.id));
    return {};
}

QString ConfigApplyJob::containerOf(const QString& service) const
{
    return ContainerMap(m_options.profile).container(service);
}

Status ConfigApplyJob::takeEffectStep()
{
    if (!m_options.takeEffect) {
        m_report.pending = m_options.plan.pendingActions();
        log(tr("Not made to take effect, as asked: %n action(s) still to do.", nullptr,
               int(m_report.pending.size())));
        return {};
    }
    if (!m_docker)
        return core::fail(
            Error(Error::Code::Unreachable, tr("Docker is not reachable."), {},
                  tr("The files are written; reload or restart the services by hand.")));
    const auto pendingOnFailure = [this](const Status& ok) {
        if (!ok)
            m_report.pending = m_options.plan.pendingActions();
        return ok;
    };
    if (m_options.plan.reloadsNginx())
        if (const Status ok = reloadNginx(); !ok)
            return pendingOnFailure(ok);
    if (const QStringList s = m_options.plan.recreatedServices(); !s.isEmpty())
        if (const Status ok = recreate(s); !ok)
            return pendingOnFailure(ok);
    if (const QStringList s = m_options.plan.restartedServices(); !s.isEmpty())
        if (const Status ok = restart(s); !ok)
            return pendingOnFailure(ok);
    return {};
}

Status ConfigApplyJob::reloadNginx()
{
    const QString frontend = containerOf(StackRoles::service(StackRole::Frontend));
    log(tr("nginx -s reload in %1").arg(frontend));
    const auto run = m_docker
                         ->exec(frontend, {QStringLiteral("nginx"), QStringLiteral("-s"),
                                           QStringLiteral("reload")})
                         .result();
    if (!run)
        return core::fail(run.error());
    for (const QByteArray& line : QByteArray(run->out + run->err).split('\n'))
        if (!line.trimmed().isEmpty())
            log(QString::fromUtf8(line));
    if (run->exitCode != 0)
        return core::fail(Error(Error::Code::ProcessFailed, tr("nginx did not reload."),
                                QString::fromUtf8(run->err).trimmed(),
                                tr("The files are written: check nginx's log, or roll back.")));
    m_report.done << tr("nginx reloaded");
    return {};
}

Status ConfigApplyJob::recreate(const QStringList& services)
{
    const auto job = ComposeJob::recreate(m_options.profile, services);
    QEventLoop loop;
    connect(job.get(), &Job::logLines, &loop, [this](const QStringList& lines) {
        for (const QString& l : lines)
            log(l);
    });
    connect(job.get(), &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
    if (job->state() != Job::State::Succeeded)
        return core::fail(job->error());
    m_report.done << tr("%1 recreated (up -d --no-deps)").arg(services.join(QStringLiteral(", ")));
    return {};
}

Status ConfigApplyJob::restart(const QStringList& services)
{
    for (const QString& service : services) {
        const QString container = containerOf(service);
        log(tr("Restarting %1").arg(container));
        const Status ok = m_docker->act(container, DockerClient::Action::Restart).result();
        if (!ok)
            return ok;
    }
    m_report.done << tr("%1 restarted").arg(services.join(QStringLiteral(", ")));
    return {};
}

Status ConfigApplyJob::checkStep()
{
    if (!m_options.takeEffect) {
        log(tr("Nothing to check: the change has not been made to take effect."));
        return {};
    }
    if (const Status ok = checkWorkers(); !ok)
        return ok;
    return checkNginx();
}

Status ConfigApplyJob::checkNginx()
{
    QUrl url = m_options.profile.apiBaseUrl;
    url.setPath(QStringLiteral("/api/v1/health"));
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    QString why;
    while (clock.elapsed() < m_options.checkTimeoutMs && !isCancelRequested()) {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        why = reply->errorString();
        reply->deleteLater();
        if (status == 200)
            break;
        QThread::msleep(1000); // the backend is still starting: ask again shortly
    }
    if (status != 200)
        return core::fail(Error(Error::Code::Unreachable,
                                tr("nginx does not answer %1 with 200.").arg(url.toString()),
                                status ? tr("HTTP %1").arg(status) : why,
                                tr("Check the frontend and backend logs, or roll back.")));
    log(tr("%1 answers 200.").arg(url.toString()));
    m_report.done << tr("nginx answers /api/v1/health");
    return {};
}

Status ConfigApplyJob::checkWorkers()
{
    const bool backend = !m_options.plan.recreatedServices().isEmpty() ||
                         !m_options.plan.restartedServices().isEmpty();
    if (!backend)
        return {};
    int wantGunicorn = -1;
    int wantCelery = -1;
    for (const ConfigValueChange& v : m_options.plan.values()) {
        if (v.key == u"gunicorn.workers")
            wantGunicorn = v.after.toInt();
        if (v.key == u"celery.concurrency")
            wantCelery = v.after.toInt();
    }
    WorkerInspector inspector(*m_docker);
    QElapsedTimer clock;
    clock.start();
    int agreeing = 0;
    WorkerReport last;
    // Workers fork some seconds after the start: believe a count when two measurements in a row
    // match what was asked.
    while (clock.elapsed() < m_options.checkTimeoutMs && !isCancelRequested()) {
        const auto measured = inspector.inspect(m_options.profile).result();
        const bool ok = measured && measured->gunicornOk() && measured->celeryOk() &&
                        (wantGunicorn < 0 || measured->gunicornWorkers == wantGunicorn) &&
                        (wantCelery < 0 || measured->celeryWorkers == wantCelery);
        if (measured)
            last = *measured;
        agreeing = ok ? agreeing + 1 : 0;
        if (agreeing >= 2)
            break;
        QThread::msleep(WorkerCountTracker::remeasureMs);
    }
    const QString counts = tr("gunicorn %1 + %2, Celery %3")
                               .arg(last.gunicornMasters)
                               .arg(last.gunicornWorkers)
                               .arg(last.celeryWorkers);
    if (agreeing < 2)
        return core::fail(Error(Error::Code::ProcessFailed,
                                tr("The workers did not come up as asked: %1.").arg(counts), {},
                                tr("Check the backend and celery logs, or roll back.")));
    log(tr("Workers: %1.").arg(counts));
    m_report.done << counts;
    return {};
}

void ConfigApplyJob::audit(const QString& outcome, const QString& why)
{
    QJsonObject details{
        {QStringLiteral("summary"), m_options.plan.summary()},
        {QStringLiteral("files"), QJsonArray::fromStringList(m_options.plan.paths())},
        {QStringLiteral("kind"), m_options.kind},
        {QStringLiteral("history_id"), m_report.historyId}};
    if (!m_options.rollbackOf.isEmpty())
        details.insert(QStringLiteral("rollback_of"), m_options.rollbackOf);
    if (!why.isEmpty())
        details.insert(QStringLiteral("error"), why);
    AuditLog::record(m_options.profile.name, QStringLiteral("config.") + m_options.kind,
                     m_options.profile.stackDir, outcome, details);
}

} // namespace artgen::core
