#include "basicteststep.h"

#include "httpcheck.h"
#include "loadtest/loadtestjob.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configloader.h"
#include "stackconfig/envfile.h"
#include "stepcontext.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::core {

namespace {
constexpr int kPollMs = 250;
}

BasicTestStep::BasicTestStep()
    : ChecklistStep(
          10, QStringLiteral("basic-test"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Basic testing done"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Sends POST /api/v1/generate with the API token and waits until its task completes, "
              "then runs the load test (100 requests, 10 at a time, on /api/v1/characters): the "
              "error rate must stay under 1 % and p95 under 200 ms."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "A task that does not complete points at Celery (run “What is wrong?”); slow or "
              "failing requests at the workers and pools in the configuration."))
{}

StepRecord BasicTestStep::run(StepContext& context) const
{
    QStringList evidence;
    QJsonObject figures;
    const auto env = EnvFile::load(context.profile().envFile());
    const QByteArray token = env ? env->value(QStringLiteral("API_TOKEN")).toUtf8() : QByteArray();
    if (token.isEmpty())
        return StepRecord::failed(
            tr("The profile has no API token (API_TOKEN in %1).").arg(context.profile().envFile()));
    if (const QString failure = generate(context, token, &evidence, &figures); !failure.isEmpty()) {
        StepRecord r = StepRecord::failed(failure, evidence);
        r.figures = figures;
        return r;
    }
    if (!context.options().loadTest) {
        StepRecord r =
            StepRecord::passed(tr("The task completed; the load test was turned off."), evidence);
        r.figures = figures;
        return r;
    }
    const LoadVerdict load = loadTest(context, &evidence, &figures);
    StepRecord r = load.passed ? StepRecord::passed(load.summary, evidence)
                               : StepRecord::failed(load.summary, evidence);
    r.figures = figures;
    return r;
}

QString BasicTestStep::generate(StepContext& context, const QByteArray& token,
                                QStringList* evidence, QJsonObject* figures) const
{
    const QUrl base = context.profile().apiBaseUrl;
    const QUrl url = HttpCheck::url(base, QStringLiteral("/api/v1/generate"));
    const QByteArray body = R"({"prompt": "checklist basic test", "width": 512, "height": 512})";
    const HttpCheck::Answer posted =
        HttpCheck::send("POST", url, body, token, context.options().httpTimeoutMs);
    *evidence << tr("POST %1: %2").arg(url.toString(), posted.describe());
    if (!posted.ok())
        return tr("POST /api/v1/generate was not accepted (%1).").arg(posted.describe());
    const QString taskId =
        QJsonDocument::fromJson(posted.body).object().value(QStringLiteral("task_id")).toString();
    if (taskId.isEmpty())
        return tr("POST /api/v1/generate answered without a task_id.");
    const QUrl statusUrl = HttpCheck::url(base, QStringLiteral("/api/v1/tasks/") + taskId);
    const QDeadlineTimer deadline(context.options().taskDeadlineMs);
    QElapsedTimer took;
    took.start();
    QString status;
    while (!deadline.hasExpired() && !context.isCancelled()) {
        const HttpCheck::Answer a =
            HttpCheck::send("GET", statusUrl, {}, token, context.options().httpTimeoutMs);
        status =
            QJsonDocument::fromJson(a.body).object().value(QStringLiteral("status")).toString();
        if (status == u"done" || status == u"failed")
            break;
        context.pause(kPollMs);
    }
    figures->insert(QStringLiteral("taskMs"), took.elapsed());
    *evidence << tr("Task %1: %2 after %3 ms").arg(taskId, status).arg(took.elapsed());
    if (status == u"done")
        return {};
    if (status == u"failed")
        return tr("The generate task %1 failed.").arg(taskId);
    return tr("The generate task %1 did not complete within %2 s (last status “%3”).")
        .arg(taskId)
        .arg(context.options().taskDeadlineMs / 1000)
        .arg(status);
}

BasicTestStep::LoadVerdict BasicTestStep::loadTest(StepContext& context, QStringList* evidence,
                                                   QJsonObject* figures) const
{
    const ChecklistOptions& opt = context.options();
    LoadTestOptions o;
    o.url = HttpCheck::url(context.profile().apiBaseUrl, opt.loadPath);
    o.requests = opt.loadRequests;
    o.connections = opt.loadConcurrency;
    o.threads = 1;
    o.timeoutMs = opt.httpTimeoutMs;
    o.allowedHosts << context.profile().apiBaseUrl.host();
    o.rate = nginxRate(context);
    if (o.rate > 0)
        *evidence << tr("Paced at nginx's rate limit of %1 requests/s, so its 429 answers do not "
                        "stand in for the API's.")
                         .arg(o.rate);
    LoadTestJob job(o);
    context.runJob(job);
    if (job.state() != Job::State::Succeeded)
        return {false, tr("The load test did not run: %1").arg(job.error().message())};
    const LoadResult& total = job.report().total;
    const qint64 requests = total.requests();
    qint64 failures = total.errorCount();
    for (auto [status, n] : total.statuses().asKeyValueRange())
        if (status < 200 || status >= 400)
            failures += n;
    const double errorPercent = requests > 0 ? 100.0 * double(failures) / double(requests) : 100;
    const double p95 = double(total.corrected.valueAtPercentile(95)) / 1000.0;
    const double p50 = double(total.corrected.valueAtPercentile(50)) / 1000.0;
    figures->insert(QStringLiteral("loadTest"), job.report().toJson());
    figures->insert(QStringLiteral("requests"), requests);
    figures->insert(QStringLiteral("failures"), failures);
    figures->insert(QStringLiteral("errorPercent"), errorPercent);
    figures->insert(QStringLiteral("p50Ms"), p50);
    figures->insert(QStringLiteral("p95Ms"), p95);
    figures->insert(QStringLiteral("requestsPerSecond"), total.requestsPerSecond());
    *evidence << tr("Load test GET %1: %2 requests, %3 at a time: %4 failed (%5 %), p50 %6 ms, "
                    "p95 %7 ms, %8 requests/s")
                     .arg(o.url.toString())
                     .arg(requests)
                     .arg(o.connections)
                     .arg(failures)
                     .arg(errorPercent, 0, 'f', 1)
                     .arg(p50, 0, 'f', 1)
                     .arg(p95, 0, 'f', 1)
                     .arg(total.requestsPerSecond(), 0, 'f', 1);
    QStringList statuses;
    for (auto [status, n] : total.statuses().asKeyValueRange())
        statuses << QStringLiteral("%1×%2").arg(status).arg(n);
    *evidence << tr("Statuses: %1").arg(statuses.join(QStringLiteral(", ")));
    QStringList missed;
    if (!(errorPercent < opt.maxErrorPercent))
        missed << tr("error rate %1 % is not under %2 %")
                      .arg(errorPercent, 0, 'f', 1)
                      .arg(opt.maxErrorPercent);
    if (!(p95 < opt.maxP95Ms))
        missed << tr("p95 %1 ms is not under %2 ms").arg(p95, 0, 'f', 1).arg(opt.maxP95Ms);
    if (!missed.isEmpty())
        return {false, tr("The task completed, but the load test missed: %1.")
                           .arg(missed.join(QStringLiteral("; ")))};
    return {true, tr("The task completed; load test: %1 % errors, p95 %2 ms.")
                      .arg(errorPercent, 0, 'f', 1)
                      .arg(p95, 0, 'f', 1)};
}

double BasicTestStep::nginxRate(const StepContext& context)
{
    const auto docs = ConfigLoader::load(context.profile().stackDir);
    if (!docs)
        return 0;
    const QString key = QStringLiteral("nginx.rate");
    const auto value = docs->value(key);
    const ConfigKey* k = ConfigKey::find(key);
    if (!value || !k)
        return 0;
    return k->number(*value).value_or(0);
}

} // namespace artgen::core
