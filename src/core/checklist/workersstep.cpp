#include "workersstep.h"

#include "docker/workerinspector.h"
#include "stackconfig/configloader.h"
#include "stepcontext.h"

namespace artgen::core {

namespace {

int configured(const ConfigDocuments& docs, const QString& key)
{
    bool ok = false;
    const int n = docs.value(key).value_or(QString()).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

WorkersStep::WorkersStep()
    : ChecklistStep(
          8, QStringLiteral("workers"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Number of workers checked"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Counts the gunicorn master and workers and the Celery pool processes (`ps aux | "
              "grep gunicorn`, `celery inspect active`) and compares them with the values the "
              "configuration files set."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Apply the configuration (compose up -d recreates the containers), or restart the "
              "service whose workers are missing."))
{}

StepRecord WorkersStep::run(StepContext& context) const
{
    const auto docs = ConfigLoader::load(context.profile().stackDir);
    if (!docs)
        return StepRecord::failed(tr("The configuration files could not be read."),
                                  {docs.error().message()});
    const int gunicorn = configured(*docs, QStringLiteral("gunicorn.workers"));
    const int celery = configured(*docs, QStringLiteral("celery.concurrency"));
    WorkerInspector inspector(context.docker());
    const auto report = context.wait(inspector.inspect(context.profile()), 30000);
    if (!report)
        return StepRecord::failed(StepContext::noAnswer(QStringLiteral("Docker")));
    if (!*report)
        return StepRecord::failed(tr("The workers could not be counted."),
                                  {report->error().message()});
    const WorkerReport& r = **report;
    QStringList evidence = {tr("gunicorn: %1 master + %2 workers; the files set %3 (%4:%5)")
                                .arg(r.gunicornMasters)
                                .arg(r.gunicornWorkers)
                                .arg(gunicorn)
                                .arg(docs->file(QStringLiteral("gunicorn.workers")))
                                .arg(docs->line(QStringLiteral("gunicorn.workers"))),
                            tr("Celery: %1 pool processes; the files set concurrency %2 (%3:%4)")
                                .arg(r.celeryWorkers)
                                .arg(celery)
                                .arg(docs->file(QStringLiteral("celery.concurrency")))
                                .arg(docs->line(QStringLiteral("celery.concurrency")))};
    for (const Error& e : {r.backendError, r.celeryError})
        if (e.isError())
            evidence << e.message();
    QStringList wrong;
    if (r.expectedGunicornWorkers >= 0 && r.expectedGunicornWorkers != gunicorn)
        wrong << tr("the backend was started with --workers %1, the files say %2: the change is "
                    "not applied")
                     .arg(r.expectedGunicornWorkers)
                     .arg(gunicorn);
    if (r.expectedCeleryConcurrency >= 0 && r.expectedCeleryConcurrency != celery)
        wrong << tr("Celery was started with --concurrency %1, the files say %2: the change is "
                    "not applied")
                     .arg(r.expectedCeleryConcurrency)
                     .arg(celery);
    if (r.gunicornMasters != 1 || r.gunicornWorkers != gunicorn)
        wrong << tr("gunicorn runs %1 master(s) and %2 worker(s), expected 1 and %3")
                     .arg(r.gunicornMasters)
                     .arg(r.gunicornWorkers)
                     .arg(gunicorn);
    if (r.celeryWorkers != celery)
        wrong << tr("Celery runs %1 pool processes, expected %2").arg(r.celeryWorkers).arg(celery);
    if (!wrong.isEmpty())
        return StepRecord::failed(wrong.join(QStringLiteral("; ")) + u'.', evidence);
    return StepRecord::passed(tr("gunicorn 1 + %1 workers and Celery %2 processes, as configured.")
                                  .arg(gunicorn)
                                  .arg(celery),
                              evidence);
}

} // namespace artgen::core
