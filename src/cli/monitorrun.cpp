#include "monitorrun.h"

#include "monitor/connectionssampler.h"
#include "postgres/pgconnectioninfo.h"
#include "redis/redisconnectioninfo.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"

namespace artgen::cli {

MonitorRun::MonitorRun(const core::Profile& profile, core::SettingsStore& settings)
    : m_profile(profile), m_services(std::make_unique<core::ActiveServices>())
{
    m_services->activate(profile);
    hub().setThresholds(core::Thresholds::load(settings, profile.name));
}

MonitorRun::~MonitorRun() = default;

core::MonitorHub& MonitorRun::hub()
{
    return *m_services->monitors();
}

void MonitorRun::start(const QSet<core::MonitorHub::Source>& sources)
{
    // Only the asking matters here: a typed password is kept for the session, and the monitors
    // report their own faults (a declined prompt among them) when they start.
    using Source = core::MonitorHub::Source;
    if (sources.contains(Source::Postgres))
        (void)core::PgConnectionInfo::fromProfile(m_profile);
    if (sources.contains(Source::Redis))
        (void)core::RedisConnectionInfo::fromProfile(m_profile);
    hub().start(sources);
}

void MonitorRun::waitForConnections(int settleMs, int deadlineMs)
{
    core::ConnectionsSampler::waitForConnections(hub(), settleMs, deadlineMs);
}

core::ConnectionsReport MonitorRun::report() const
{
    return core::ConnectionsSampler::report(*m_services->monitors());
}

} // namespace artgen::cli
