#include "startstep.h"

#include "compose/composejob.h"
#include "containerlogreader.h"
#include "docker/dockerclient.h"
#include "docker/stackinspector.h"
#include "stepcontext.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

namespace artgen::core {

namespace {
constexpr int kPollMs = 1000;
constexpr int kLogLines = 20;
} // namespace

StartStep::StartStep()
    : ChecklistStep(
          5, QStringLiteral("start"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "New containers started"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Starts the stack with the new configuration (`docker-compose up -d`) and waits "
              "until every service is running and healthy (`docker-compose ps`)."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Read the unhealthy service's log; roll back to the previous configuration and "
              "images if it does not come up."))
{}

StepRecord StartStep::run(StepContext& context) const
{
    return start(context, *ComposeJob::up(context.profile()), context.options().healthyDeadlineMs);
}

StepRecord StartStep::start(StepContext& context, ComposeJob& up, int healthyDeadlineMs)
{
    StackInspector inspector(context.docker());
    std::optional<StackStatus> last;
    QHash<QString, int> restartsAtUp;
    std::optional<ServiceStatus> crashed;
    // compose up waits for depends_on health itself, and a crash loop keeps a service
    // "starting" for ever: the stack is watched while up runs. Containers from before up (a
    // rollback starts on a crashed stack) count only once up is done with them.
    const QSet<QString> before = containerIds(context);
    QElapsedTimer sinceLook;
    sinceLook.start();
    const auto watch = [&] {
        if (sinceLook.elapsed() < kPollMs)
            return false;
        sinceLook.restart();
        const auto status = context.wait(inspector.inspect(context.profile()), 30000);
        if (status && *status) {
            last = **status;
            crashed = crashing(*last, &restartsAtUp, before);
        }
        return crashed.has_value();
    };
    QStringList evidence = context.runJob(up, 20, watch);
    if (crashed)
        return crashFailure(context, *crashed, restartsAtUp.value(crashed->id), evidence);
    if (up.state() != Job::State::Succeeded)
        return StepRecord::failed(tr("compose up -d failed: %1").arg(up.error().message()),
                                  evidence);
    const QDeadlineTimer deadline(healthyDeadlineMs);
    while (!context.isCancelled()) {
        const auto status = context.wait(inspector.inspect(context.profile()), 30000);
        if (status && *status) {
            last = **status;
            if (last->allGood())
                break;
            if ((crashed = crashing(*last, &restartsAtUp, {})))
                break;
        }
        if (deadline.hasExpired())
            break;
        context.pause(kPollMs);
    }
    QStringList bad;
    if (last) {
        for (const ServiceStatus& s : last->services) {
            evidence << tr("%1 (%2): %3 %4").arg(s.service, s.container, s.state, s.health);
            if (!s.isGood())
                bad << tr("%1 is %2").arg(s.service, s.health.isEmpty() ? s.state : s.health);
        }
    }
    if (!last)
        return StepRecord::failed(StepContext::noAnswer(QStringLiteral("Docker")), evidence);
    if (crashed)
        return crashFailure(context, *crashed, restartsAtUp.value(crashed->id), evidence);
    if (!bad.isEmpty())
        return StepRecord::failed(tr("Not healthy within %1 s: %2")
                                      .arg(healthyDeadlineMs / 1000)
                                      .arg(bad.join(QStringLiteral(", "))),
                                  evidence);
    return StepRecord::passed(
        tr("All %n service(s) are running and healthy.", nullptr, int(last->services.size())),
        evidence);
}

QSet<QString> StartStep::containerIds(const StepContext& context)
{
    QSet<QString> ids;
    const auto list = context.wait(context.docker().listContainers(context.profile().projectName));
    if (list && *list)
        for (const ContainerSummary& c : **list)
            ids.insert(c.id);
    return ids;
}

std::optional<ServiceStatus> StartStep::crashing(const StackStatus& status,
                                                 QHash<QString, int>* restartsAtUp,
                                                 const QSet<QString>& ignored)
{
    for (const ServiceStatus& s : status.services) {
        if (s.id.isEmpty() || ignored.contains(s.id))
            continue;
        if (!restartsAtUp->contains(s.id))
            restartsAtUp->insert(s.id, s.restartCount);
        const bool exitedBadly = (s.state == u"exited" || s.state == u"dead") && s.exitCode != 0;
        if (exitedBadly || s.state == u"restarting" || s.restartCount > restartsAtUp->value(s.id))
            return s;
    }
    return std::nullopt;
}

StepRecord StartStep::crashFailure(const StepContext& context, const ServiceStatus& service,
                                   int restartsAtUp, QStringList evidence)
{
    const int restarts = std::max(0, service.restartCount - restartsAtUp);
    const auto log = ContainerLogReader::read(context, service.container, 0, kLogLines);
    if (log) {
        evidence << tr("The last lines of %1's log:").arg(service.container);
        for (const LogEntry& e : log->entries)
            evidence << QString::fromUtf8(e.text);
    }
    return StepRecord::failed(
        tr("%1 is crashing: it exited with code %2 and was restarted %n time(s) since compose "
           "up.",
           nullptr, restarts)
            .arg(service.service)
            .arg(service.exitCode),
        evidence);
}

} // namespace artgen::core
