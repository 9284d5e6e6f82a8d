#include "workerscommand.h"

#include "commandcontext.h"
#include "docker/dockerclient.h"
#include "docker/workerinspector.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace artgen::cli {

QString WorkersCommand::summary() const
{
    return tr("Count gunicorn and Celery workers against the configured numbers.");
}

void WorkersCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int WorkersCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    auto docker = context.docker(); // fails with the reason when there is no usable profile
    if (!docker) {
        context.printError(docker.error());
        return ExitFailed;
    }
    const auto profile = context.profile();
    core::WorkerInspector inspector(**docker);
    auto future = inspector.inspect(*profile);
    future.waitForFinished();
    const auto report = future.result();
    if (!report) {
        context.printError(report.error());
        return CommandContext::exitCodeFor(report.error());
    }
    const core::WorkerReport& r = *report;
    const auto expected = [](int n) {
        return n < 0 ? QJsonValue() : QJsonValue(n);
    };
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(
                             QJsonObject{
                                 {QStringLiteral("gunicorn"),
                                  QJsonObject{{QStringLiteral("masters"), r.gunicornMasters},
                                              {QStringLiteral("workers"), r.gunicornWorkers},
                                              {QStringLiteral("expectedWorkers"),
                                               expected(r.expectedGunicornWorkers)},
                                              {QStringLiteral("ok"), r.gunicornOk()},
                                              {QStringLiteral("error"), r.backendError.message()}}},
                                 {QStringLiteral("celery"),
                                  QJsonObject{{QStringLiteral("workers"), r.celeryWorkers},
                                              {QStringLiteral("expectedConcurrency"),
                                               expected(r.expectedCeleryConcurrency)},
                                              {QStringLiteral("ok"), r.celeryOk()},
                                              {QStringLiteral("error"), r.celeryError.message()}}}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    } else {
        const QString ok = tr("OK");
        const QString bad = tr("MISMATCH");
        const auto exp = [this](int n) {
            return n < 0 ? tr("unknown") : QString::number(n);
        };
        context.out() << tr("gunicorn: %1 master + %2 workers (expected 1 + %3)  %4")
                             .arg(r.gunicornMasters)
                             .arg(r.gunicornWorkers)
                             .arg(exp(r.expectedGunicornWorkers), r.gunicornOk() ? ok : bad)
                      << '\n'
                      << tr("celery:   %1 pool processes (expected concurrency %2)  %3")
                             .arg(r.celeryWorkers)
                             .arg(exp(r.expectedCeleryConcurrency), r.celeryOk() ? ok : bad)
                      << '\n';
        for (const core::Error& e : {r.backendError, r.celeryError})
            if (e.isError())
                context.err() << "artgenctl: " << e.message() << '\n';
        context.out().flush();
    }
    // Neither container could be read: Docker itself is the problem (or both are gone).
    if (r.backendError.isError() && r.celeryError.isError())
        return CommandContext::exitCodeFor(r.backendError);
    return r.gunicornOk() && r.celeryOk() ? ExitOk : ExitNotHealthy;
}

} // namespace artgen::cli
