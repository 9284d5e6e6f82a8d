#include "stopstep.h"

#include "compose/composejob.h"
#include "docker/dockerclient.h"
#include "stepcontext.h"

namespace artgen::core {

StopStep::StopStep()
    : ChecklistStep(
          2, QStringLiteral("stop"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Current containers stopped"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Stops and removes the stack's containers (`docker-compose down`); the database and "
              "Redis volumes stay."),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep",
                            "Start the containers again (compose up -d): step 5."))
{}

StepRecord StopStep::run(StepContext& context) const
{
    const auto job = ComposeJob::down(context.profile());
    QStringList evidence = context.runJob(*job);
    if (job->state() != Job::State::Succeeded)
        return StepRecord::failed(tr("compose down failed: %1").arg(job->error().message()),
                                  evidence);
    const auto left = context.wait(context.docker().listContainers(context.profile().projectName));
    QStringList running;
    if (left && *left)
        for (const ContainerSummary& c : **left)
            if (c.state == u"running")
                running << c.name;
    if (!running.isEmpty())
        return StepRecord::failed(
            tr("Still running after compose down: %1").arg(running.join(QStringLiteral(", "))),
            evidence);
    return StepRecord::passed(tr("Every container of project %1 is stopped and removed.")
                                  .arg(context.profile().projectName),
                              evidence);
}

} // namespace artgen::core
