#include "logsstep.h"

#include "checklistrun.h"
#include "containerlogreader.h"
#include "docker/containermap.h"
#include "logs/logtimestamp.h"
#include "logscan.h"
#include "stepcontext.h"

namespace artgen::core {

LogsStep::LogsStep()
    : ChecklistStep(
          6, QStringLiteral("logs"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Logs of all services checked"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Reads the logs of the backend, Celery and the frontend (nginx) since the "
              "containers started and looks for errors and tracebacks, as `docker logs "
              "art_generation_backend --tail 50` does by eye."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Open the grouped errors in the Logs page, fix their cause, then restart the "
              "service and run the check again."))
{}

StepRecord LogsStep::run(StepContext& context) const
{
    // Step 5 of this run started the containers: what came before belongs to the old ones.
    qint64 sinceNs = 0;
    if (const StepRecord* start = context.run().record(5); start && start->startedAt.isValid())
        sinceNs = LogTimestamp::fromDateTime(start->startedAt);
    const ContainerMap map(context.profile());
    LogScan scan;
    QStringList unreadable;
    QStringList cut;
    for (const StackRole role : {StackRole::Backend, StackRole::Celery, StackRole::Frontend}) {
        const QString service = StackRoles::service(role);
        const QString container = map.container(role);
        // On its own: from the container's last start.
        const auto log = ContainerLogReader::read(
            context, container, sinceNs > 0 ? sinceNs : ContainerLogReader::kSinceStart, kMaxLines);
        if (!log) {
            unreadable << tr("%1: %2").arg(service, log.error().message());
            continue;
        }
        scan.addScanned(service, log->lines);
        if (log->lines >= kMaxLines)
            cut << service;
        scan.add(service, log->entries);
    }
    QStringList evidence = scan.evidence();
    if (!cut.isEmpty())
        evidence << tr("Only the last %1 lines were read of: %2")
                        .arg(kMaxLines)
                        .arg(cut.join(QStringLiteral(", ")));
    evidence << unreadable;
    if (!unreadable.isEmpty())
        return StepRecord::failed(
            tr("%n log(s) could not be read.", nullptr, int(unreadable.size())), evidence);
    const int errors = scan.errorCount();
    const int tracebacks = scan.tracebackCount();
    if (tracebacks > 0 || scan.hasCritical())
        return StepRecord::failed(tr("%n traceback(s) or critical line(s) in the logs.", nullptr,
                                     std::max(tracebacks, 1)),
                                  evidence);
    if (errors > 0)
        return StepRecord::warned(tr("%n error line(s) in the logs.", nullptr, errors), evidence);
    return StepRecord::passed(tr("No errors or tracebacks in the logs."), evidence);
}

} // namespace artgen::core
