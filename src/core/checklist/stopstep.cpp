#include "stopstep.h"

#include "checklistrun.h"
#include "compose/composejob.h"
#include "docker/dockerclient.h"
#include "stackimages.h"
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
    // Before down: the containers tell which image ids they ran, the rollback's starting point.
    QStringList evidence;
    const StackImages::Map images = StackImages::record(context, &evidence);
    if (!context.run().id.isEmpty())
        StackImages::keep(context, images, context.run().id, &evidence);
    const QJsonObject figures{{QStringLiteral("images"), StackImages::toJson(images)}};
    const auto job = ComposeJob::down(context.profile());
    evidence << context.runJob(*job);
    if (job->state() != Job::State::Succeeded) {
        StepRecord r =
            StepRecord::failed(tr("compose down failed: %1").arg(job->error().message()), evidence);
        r.figures = figures;
        return r;
    }
    const auto left = context.wait(context.docker().listContainers(context.profile().projectName));
    QStringList running;
    if (left && *left)
        for (const ContainerSummary& c : **left)
            if (c.state == u"running")
                running << c.name;
    StepRecord r =
        running.isEmpty()
            ? StepRecord::passed(tr("Every container of project %1 is stopped and removed.")
                                     .arg(context.profile().projectName),
                                 evidence)
            : StepRecord::failed(tr("Still running after compose down: %1")
                                     .arg(running.join(QStringLiteral(", "))),
                                 evidence);
    r.figures = figures;
    return r;
}

} // namespace artgen::core
