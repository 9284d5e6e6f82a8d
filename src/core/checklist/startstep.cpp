#include "startstep.h"

#include "compose/composejob.h"
#include "docker/stackinspector.h"
#include "stepcontext.h"

#include <QDeadlineTimer>

namespace artgen::core {

namespace {
constexpr int kPollMs = 1000;
}

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
    const auto job = ComposeJob::up(context.profile());
    QStringList evidence = context.runJob(*job);
    if (job->state() != Job::State::Succeeded)
        return StepRecord::failed(tr("compose up -d failed: %1").arg(job->error().message()),
                                  evidence);
    StackInspector inspector(context.docker());
    const QDeadlineTimer deadline(context.options().healthyDeadlineMs);
    std::optional<StackStatus> last;
    while (!context.isCancelled()) {
        const auto status = context.wait(inspector.inspect(context.profile()), 30000);
        if (status && *status) {
            last = **status;
            if (last->allGood())
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
    if (!bad.isEmpty())
        return StepRecord::failed(tr("Not healthy within %1 s: %2")
                                      .arg(context.options().healthyDeadlineMs / 1000)
                                      .arg(bad.join(QStringLiteral(", "))),
                                  evidence);
    return StepRecord::passed(
        tr("All %n service(s) are running and healthy.", nullptr, int(last->services.size())),
        evidence);
}

} // namespace artgen::core
