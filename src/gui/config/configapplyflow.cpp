#include "configapplyflow.h"

#include "common/jobcontroller.h"
#include "session/profileservices.h"
#include "stackconfig/configkey.h"
#include "stackconfig/userpresetstore.h"

#include <QtConcurrent>
#include <algorithm>

namespace artgen::gui {

ConfigApplyFlow::ConfigApplyFlow(core::JobRunner& jobs, QObject* parent)
    : QObject(parent), m_jobs(new JobController(jobs, this))
{
    connect(m_jobs, &JobController::finished, this, &ConfigApplyFlow::onFinished);
}

ConfigApplyFlow::~ConfigApplyFlow() = default;

bool ConfigApplyFlow::isBusy() const
{
    return m_jobs->isRunning();
}

QStringList ConfigApplyFlow::files()
{
    using F = core::ConfigKey::File;
    QStringList out;
    for (F f : {F::Nginx, F::Compose, F::Database, F::HttpClient})
        out << core::ConfigKey::path(f);
    return out;
}

void ConfigApplyFlow::setServices(std::shared_ptr<core::ProfileServices> services)
{
    m_services = std::move(services);
    m_history.clear();
    m_git.reset();
    m_gitKnown = false;
    Q_EMIT historyChanged();
    Q_EMIT gitChanged();
}

void ConfigApplyFlow::apply(const core::ConfigApplyPlan& plan, const QString& kind, bool takeEffect,
                            const QString& rollbackOf)
{
    if (isBusy() || !m_services || !m_services->hasProfile() || plan.isEmpty())
        return;
    core::ConfigApplyJob::Options o;
    o.profile = m_services->profile();
    o.plan = plan;
    o.kind = kind;
    o.rollbackOf = rollbackOf;
    o.takeEffect = takeEffect;
    m_summary = plan.summary();
    // The job's Docker client stays with it, even across a profile switch.
    if (m_jobs->run(std::make_shared<core::ConfigApplyJob>(&m_services->docker(), o), m_services))
        Q_EMIT started(kind == u"rollback" || kind == u"git"
                           ? tr("Rolling back the configuration of %1…").arg(o.profile.name)
                           : tr("Applying the configuration to %1…").arg(o.profile.name));
}

void ConfigApplyFlow::onFinished(core::Job* job)
{
    if (auto* apply = qobject_cast<core::ConfigApplyJob*>(job))
        m_report = apply->report();
    const bool ok = m_jobs->outcome() == JobController::Outcome::Succeeded;
    if (!ok && m_jobs->outcome() == JobController::Outcome::Failed)
        Q_EMIT failed(m_jobs->error());
    Q_EMIT applied(ok, m_summary);
    readHistory();
    inspectGit();
}

void ConfigApplyFlow::readHistory()
{
    if (!m_services || !m_services->hasProfile())
        return;
    const core::Profile profile = m_services->profile();
    QtConcurrent::run([profile] { return core::ConfigHistory::forProfile(profile).entries(); })
        .then(this, [this, services = m_services](
                        const core::Result<QList<core::ConfigHistoryEntry>>& entries) {
            if (services != m_services)
                return;
            if (!entries) {
                Q_EMIT failed(entries.error());
                return;
            }
            m_history = *entries;
            std::reverse(m_history.begin(), m_history.end());
            Q_EMIT historyChanged();
        });
}

void ConfigApplyFlow::inspectGit()
{
    if (!m_services || !m_services->hasProfile())
        return;
    const QString dir = m_services->profile().stackDir;
    QtConcurrent::run([dir] { return core::GitRollback::inspect(dir, files()); })
        .then(this,
              [this, services = m_services](const core::Result<core::GitRollback::State>& state) {
                  if (services != m_services)
                      return;
                  // Not a repository (or git missing): there is no "Option 1" here, and that is no
                  // fault.
                  m_git = state ? std::optional(*state) : std::nullopt;
                  m_gitKnown = true;
                  Q_EMIT gitChanged();
              });
}

void ConfigApplyFlow::readPresets()
{
    QtConcurrent::run([] {
        return core::UserPresetStore(core::UserPresetStore::defaultPath()).presets();
    }).then(this, [this](const core::Result<QList<core::ConfigPreset>>& presets) {
        if (!presets) {
            Q_EMIT failed(presets.error());
            return;
        }
        m_presets = *presets;
        Q_EMIT presetsChanged();
    });
}

void ConfigApplyFlow::savePreset(const QString& name, const core::ConfigChange& values)
{
    QtConcurrent::run([name, values] {
        return core::UserPresetStore(core::UserPresetStore::defaultPath()).save(name, values);
    }).then(this, [this, name](const core::Status& saved) {
        if (!saved) {
            Q_EMIT failed(saved.error());
            return;
        }
        Q_EMIT presetSaved(name);
        readPresets();
    });
}

} // namespace artgen::gui
