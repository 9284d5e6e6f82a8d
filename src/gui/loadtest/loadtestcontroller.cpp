#include "loadtestcontroller.h"

#include "common/jobcontroller.h"
#include "loadrunsmodel.h"
#include "loadtest/loadreportformat.h"
#include "loadtest/loadrunstore.h"
#include "loadtest/loadtarget.h"
#include "loadtest/loadtestjob.h"
#include "session/profileservices.h"

#include <QSaveFile>
#include <QtConcurrent>

namespace artgen::gui {

LoadTestController::LoadTestController(core::JobRunner& jobs, QObject* parent)
    : QObject(parent), m_jobs(new JobController(jobs, this)), m_runs(new LoadRunsModel(this))
{
    connect(m_jobs, &JobController::finished, this, &LoadTestController::onFinished);
}

LoadTestController::~LoadTestController() = default;

bool LoadTestController::isBusy() const
{
    return m_jobs->isRunning() || m_preparing;
}

void LoadTestController::setServices(std::shared_ptr<core::ProfileServices> services)
{
    const bool switched = services != m_services;
    m_services = std::move(services);
    m_pending.reset();
    if (switched)
        loadRuns();
}

void LoadTestController::loadRuns()
{
    m_runs->clear();
    if (!m_services)
        return;
    const core::LoadRunStore store(core::LoadRunStore::folderFor(profile()));
    QtConcurrent::run([store] {
        return store.list();
    }).then(this, [this, services = m_services](const QList<core::LoadRunStore::Run>& runs) {
        // Another profile became active meanwhile: these runs are not its.
        if (services != m_services)
            return;
        m_runs->merge(runs);
        Q_EMIT runsLoaded();
    });
}

void LoadTestController::saveRun(const QDateTime& when, const core::LoadReport& report)
{
    if (!m_services)
        return;
    const core::LoadRunStore store(core::LoadRunStore::folderFor(profile()));
    QtConcurrent::run([store, report, when] {
        return store.save(report, when);
    }).then(this, [this, store, when, services = m_services](const core::Result<QString>& path) {
        // Deleted while it was being written: the file goes too.
        if (services == m_services && path && !m_runs->setPath(when, *path))
            removeFile(store, *path);
        Q_EMIT runSaved(path ? *path : QString(), path ? core::Error() : path.error());
    });
}

void LoadTestController::deleteRun(int row)
{
    const QString path = m_runs->path(row);
    m_runs->removeRun(row);
    if (path.isEmpty() || !m_services)
        return;
    removeFile(core::LoadRunStore(core::LoadRunStore::folderFor(profile())), path);
}

void LoadTestController::removeFile(const core::LoadRunStore& store, const QString& path)
{
    QtConcurrent::run([store, path] { store.remove(path); }).then(this, [this] {
        Q_EMIT runDeleted();
    });
}

const core::Profile& LoadTestController::profile() const
{
    static const core::Profile none;
    return m_services ? m_services->profile() : none;
}

void LoadTestController::start(const LoadTestSetup& setup)
{
    if (isBusy())
        return;
    m_pending.reset();
    LoadTestSetup s = setup;
    s.options.allowedHosts = core::ProfileLoadTarget::allowedHosts(profile());
    if (const auto valid = s.options.validate(); !valid) {
        Q_EMIT failed(valid.error());
        return;
    }
    const auto target = core::LoadTarget::fromUrl(s.options.url);
    if (!target) {
        Q_EMIT failed(target.error());
        return;
    }
    if (!s.options.allowAnyHost && !target->checkAllowed(s.options.allowedHosts, false)) {
        m_pending = s;
        Q_EMIT confirmationNeeded(target->host());
        return;
    }
    launch(std::move(s));
}

void LoadTestController::confirm()
{
    if (!m_pending || isBusy())
        return;
    LoadTestSetup s = *std::exchange(m_pending, std::nullopt);
    s.options.allowAnyHost = true;
    launch(std::move(s));
}

void LoadTestController::launch(LoadTestSetup setup)
{
    if (!setup.useToken) {
        run(setup.options);
        return;
    }
    m_preparing = true;
    const core::Profile profile = this->profile();
    QtConcurrent::run([profile] { return core::ProfileLoadTarget::apiToken(profile); })
        .then(this, [this, options = setup.options,
                     services = m_services](const core::Result<QByteArray>& token) mutable {
            m_preparing = false;
            // Another profile became active meanwhile: its token is not for this target.
            if (services != m_services)
                return;
            if (!token) {
                Q_EMIT failed(token.error());
                return;
            }
            options.bearerToken = *token;
            run(options);
        });
}

void LoadTestController::run(const core::LoadTestOptions& options)
{
    auto job = std::make_shared<core::LoadTestJob>(options);
    // Queued from the job's thread; a sample of a job no longer ours is dropped.
    connect(job.get(), &core::LoadTestJob::progressSample, this,
            [this, job = job.get()](const core::LoadSample& s) {
                if (m_jobs->job() == job)
                    Q_EMIT sample(s);
            });
    const QString title = job->title();
    if (m_jobs->run(std::move(job), m_services))
        Q_EMIT started(title);
}

void LoadTestController::cancel()
{
    m_pending.reset();
    m_jobs->cancel();
}

void LoadTestController::onFinished(core::Job* job)
{
    if (m_jobs->outcome() != JobController::Outcome::Succeeded) {
        Q_EMIT failed(m_jobs->error());
        return;
    }
    const auto* load = qobject_cast<core::LoadTestJob*>(job);
    if (!load)
        return;
    const QDateTime when = QDateTime::currentDateTime();
    m_runs->prepend(when, load->report());
    saveRun(when, load->report());
    Q_EMIT finished(load->report());
}

void LoadTestController::exportRun(int row, const QString& path)
{
    const core::LoadReport* report = m_runs->report(row);
    if (!report)
        return;
    QtConcurrent::run([report = *report, path] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write(
            core::LoadReportFormat::render(report, core::LoadReportFormat::kindForFile(path)));
        return file.commit() ? QString() : file.errorString();
    }).then(this, [this, path](const QString& error) { Q_EMIT exported(path, error); });
}

} // namespace artgen::gui
