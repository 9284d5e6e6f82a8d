#include "stackinspector.h"

#include "containermap.h"
#include "dockerclient.h"

#include <QHash>
#include <QJsonObject>
#include <QPromise>
#include <memory>

namespace artgen::core {

namespace {

struct Gather
{
    QPromise<Result<StackStatus>> promise;
    StackStatus status;
    int pending = 0;
    bool failed = false;

    void done()
    {
        if (--pending > 0 || failed)
            return;
        std::sort(status.services.begin(), status.services.end(),
                  [](const ServiceStatus& a, const ServiceStatus& b) {
                      return std::tie(a.service, a.container) < std::tie(b.service, b.container);
                  });
        promise.addResult(status);
        promise.finish();
    }
    void fail(const Error& e)
    {
        if (failed)
            return;
        failed = true;
        promise.addResult(tl::unexpected(e));
        promise.finish();
    }
};

ServiceStatus fromSummary(const ContainerSummary& c)
{
    ServiceStatus s;
    s.service = c.service;
    s.container = c.name;
    s.id = c.id;
    s.image = c.image;
    s.state = c.state;
    s.health = c.health;
    s.ports = c.ports;
    return s;
}

} // namespace

void StackInspector::applyStats(const QJsonObject& stats, ServiceStatus* s)
{
    const double previousCpu = s->figures.cpuPercent;
    s->figures = ContainerStatsCalc::compute(stats);
    if (s->figures.cpuPercent < 0)
        s->figures.cpuPercent = previousCpu;
}

QFuture<Result<StackStatus>> StackInspector::inspect(const Profile& profile, bool withStats)
{
    auto g = std::make_shared<Gather>();
    g->promise.start();
    g->status.profile = profile.name;
    g->status.project = profile.projectName;
    QFuture<Result<StackStatus>> future = g->promise.future();
    DockerClient* client = &m_client;

    m_client.listContainers(profile.projectName)
        .then(client, [g, client, profile, withStats](const Result<QList<ContainerSummary>>& list) {
            if (!list)
                return g->fail(list.error());
            QHash<QString, ContainerSummary> listed;
            for (const ContainerSummary& c : *list)
                listed.insert(c.name, c);
            // Every service of the stack, played by the container the map gives it — found by
            // the listing, or looked up by name below (a container outside the project).
            const ContainerMap map(profile, *list);
            for (auto it = map.all().cbegin(); it != map.all().cend(); ++it) {
                ServiceStatus s;
                const auto found = listed.constFind(it.value());
                if (found != listed.cend())
                    s = fromSummary(*found);
                s.service = map.serviceOf(it.key());
                s.container = it.value();
                g->status.services << s;
            }

            g->pending = 1; // released below, after every request is on its way
            for (int i = 0; i < g->status.services.size(); ++i) {
                const ServiceStatus& s = g->status.services[i];
                const bool listedRow = !s.id.isEmpty();
                const auto stats = [g, client, i] {
                    ++g->pending;
                    client
                        ->getJson("/containers/" + g->status.services[i].id.toLatin1() +
                                  "/stats?stream=false")
                        .then(client, [g, i](const Result<QJsonDocument>& st) {
                            if (st)
                                applyStats(st->object(), &g->status.services[i]);
                            g->done();
                        });
                };
                ++g->pending;
                client->inspect(listedRow ? s.id : s.container)
                    .then(client, [g, i, listedRow, withStats,
                                   stats](const Result<ContainerDetails>& d) {
                        ServiceStatus& t = g->status.services[i];
                        if (d) {
                            if (!listedRow) {
                                t.id = d->summary.id;
                                t.image = d->summary.image;
                                t.ports = d->summary.ports;
                            }
                            t.state = d->summary.state;
                            t.health = d->summary.health;
                            t.startedAt = d->startedAt;
                            t.healthStartPeriodSecs = d->healthStartPeriodSecs;
                            t.restartCount = d->restartCount;
                            t.exitCode = d->exitCode;
                            if (!listedRow && withStats && t.state == QStringLiteral("running"))
                                stats();
                        } else if (!listedRow) {
                            // Never created, or removed by `down`.
                            t.state = d.error().code() == Error::Code::NotFound
                                          ? QStringLiteral("missing")
                                          : QStringLiteral("unknown");
                        }
                        // A container removed between list and inspect keeps its listed state.
                        g->done();
                    });
                if (withStats && listedRow && s.state == QStringLiteral("running"))
                    stats();
            }
            g->done();
        });
    return future;
}

} // namespace artgen::core
