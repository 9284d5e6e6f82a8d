#include "configcontroller.h"

#include "monitor/monitorhub.h"
#include "session/profileservices.h"
#include "stackconfig/configloader.h"
#include "stackconfig/unifieddiff.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace artgen::gui {

ConfigController::ConfigController(QObject* parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, [this] {
        Q_EMIT changedOnDisk();
        reload();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    // Saved through a rename (as editors and the panel itself save): the folder changes.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle,
            qOverload<>(&QTimer::start));
}

ConfigController::~ConfigController() = default;

bool ConfigController::hasProfile() const
{
    return m_services && m_services->hasProfile();
}

QString ConfigController::stackDir() const
{
    return hasProfile() ? m_services->profile().stackDir : QString();
}

void ConfigController::setServices(std::shared_ptr<core::ProfileServices> services)
{
    m_services = std::move(services);
    m_settle->stop();
    if (const QStringList watched = m_watcher->files() + m_watcher->directories();
        !watched.isEmpty())
        m_watcher->removePaths(watched);
    reload();
}

void ConfigController::setMonitors(core::MonitorHub* hub)
{
    disconnect(m_hubConnection);
    m_hub = hub;
    if (hub)
        m_hubConnection =
            connect(hub, &core::MonitorHub::sampled, this, [this](core::MonitorHub::Source source) {
                if (source == core::MonitorHub::Source::Postgres)
                    onPostgresSample();
            });
    onPostgresSample();
}

void ConfigController::onPostgresSample()
{
    ServerLimits limits;
    const auto& pg = m_hub ? m_hub->postgres() : std::optional<core::PgSnapshot>();
    const bool reachable =
        m_hub && !m_hub->fault(core::MonitorHub::Source::Postgres).isFault() && pg;
    if (reachable && pg->maxConnections > 0)
        limits = {pg->maxConnections, pg->superuserReserved + pg->reserved, true};
    const bool changed = limits.maxConnections != m_limits.maxConnections ||
                         limits.reserved != m_limits.reserved || limits.live != m_limits.live;
    m_limits = limits;
    if (changed)
        Q_EMIT serverLimitsChanged();
}

void ConfigController::reload()
{
    const int generation = ++m_generation;
    if (!hasProfile()) {
        m_loading = false;
        m_lastRead =
            core::fail(core::Error(core::Error::Code::NotFound, tr("There is no active profile."),
                                   QString(), tr("Add a profile for the stack in Settings.")));
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    const QString dir = stackDir();
    QtConcurrent::run([dir] {
        return core::ConfigLoader::load(dir);
    }).then(this, [this, generation](const core::Result<core::ConfigDocuments>& documents) {
        if (generation != m_generation)
            return; // another profile, or a newer read
        m_loading = false;
        m_lastRead = documents;
        if (documents)
            watch(*documents);
        Q_EMIT loaded();
    });
}

void ConfigController::watch(const core::ConfigDocuments& documents)
{
    const QDir root(stackDir());
    QStringList paths;
    for (const QString& file : documents.bytes().keys()) {
        paths << root.filePath(file);
        paths << QFileInfo(root.filePath(file)).absolutePath();
    }
    paths.removeDuplicates();
    QStringList fresh;
    for (const QString& p : paths)
        if (!m_watcher->files().contains(p) && !m_watcher->directories().contains(p))
            fresh << p;
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

void ConfigController::computeDiffs(const QHash<QString, QByteArray>& before,
                                    const QHash<QString, QByteArray>& after)
{
    const int generation = m_generation;
    QtConcurrent::run([before, after] {
        QList<FileDiff> out;
        QStringList files = after.keys();
        files.sort();
        for (const QString& file : files) {
            const QByteArray diff =
                core::UnifiedDiff::make(before.value(file), after.value(file), file);
            if (!diff.isEmpty())
                out.append({file, diff});
        }
        return out;
    }).then(this, [this, generation](const QList<FileDiff>& diffs) {
        if (generation == m_generation)
            Q_EMIT diffsReady(diffs);
    });
}

} // namespace artgen::gui
