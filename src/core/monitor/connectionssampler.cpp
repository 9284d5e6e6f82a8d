#include "connectionssampler.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace artgen::core {

using Source = MonitorHub::Source;

void ConnectionsSampler::waitForConnections(MonitorHub& h, int settleMs, int deadlineMs)
{
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

ConnectionsReport ConnectionsSampler::report(const MonitorHub& h)
{
    ConnectionsReport r;
    r.thresholds = h.thresholds();
    r.postgres = h.postgres();
    r.postgresFault = h.fault(Source::Postgres);
    r.redis = h.redis();
    r.redisFault = h.fault(Source::Redis);
    const auto silent = [](const SourceFault& fault, const QString& what) {
        return fault.isFault() ? fault
                               : SourceFault{SourceFault::Kind::Timeout,
                                             tr("%1 gave no figures in time.").arg(what)};
    };
    if (!r.postgres)
        r.postgresFault = silent(r.postgresFault, QStringLiteral("PostgreSQL"));
    if (!r.redis)
        r.redisFault = silent(r.redisFault, QStringLiteral("Redis"));
    return r;
}

} // namespace artgen::core
