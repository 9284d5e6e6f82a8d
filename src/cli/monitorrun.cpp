#include "monitorrun.h"

#include "session/activeservices.h"
#include "settings/settingsstore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace artgen::cli {

using Source = core::MonitorHub::Source;

MonitorRun::MonitorRun(const core::Profile& profile, core::SettingsStore& settings)
    : m_services(std::make_unique<core::ActiveServices>())
{
    m_services->activate(profile);
    hub().setThresholds(core::Thresholds::load(settings, profile.name));
}

MonitorRun::~MonitorRun() = default;

core::MonitorHub& MonitorRun::hub()
{
    return *m_services->monitors();
}

void MonitorRun::start(const QSet<Source>& sources)
{
    hub().start(sources);
}

void MonitorRun::waitForConnections(int settleMs, int deadlineMs)
{
    core::MonitorHub& h = hub();
    QHash<Source, QDeadlineTimer> faultSince;
    const auto settled = [&](Source source, bool hasSample) {
        if (hasSample)
            return true;
        if (!h.fault(source).isFault()) {
            faultSince.remove(source);
            return false;
        }
        if (!faultSince.contains(source))
            faultSince.insert(source, QDeadlineTimer(settleMs));
        return faultSince[source].hasExpired();
    };
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (settled(Source::Postgres, h.postgres().has_value()) &&
            settled(Source::Redis, h.redis().has_value()))
            loop.quit();
    });
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
}

core::ConnectionsReport MonitorRun::report() const
{
    core::MonitorHub& h = *m_services->monitors();
    core::ConnectionsReport r;
    r.thresholds = h.thresholds();
    r.postgres = h.postgres();
    r.postgresFault = h.fault(Source::Postgres);
    r.redis = h.redis();
    r.redisFault = h.fault(Source::Redis);
    const auto silent = [](const core::SourceFault& fault, const QString& what) {
        return fault.isFault() ? fault
                               : core::SourceFault{core::SourceFault::Kind::Timeout,
                                                   tr("%1 gave no figures in time.").arg(what)};
    };
    if (!r.postgres)
        r.postgresFault = silent(r.postgresFault, QStringLiteral("PostgreSQL"));
    if (!r.redis)
        r.redisFault = silent(r.redisFault, QStringLiteral("Redis"));
    return r;
}

} // namespace artgen::cli
