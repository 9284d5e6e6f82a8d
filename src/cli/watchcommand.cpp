#include "watchcommand.h"

#include "commandcontext.h"
#include "interruptguard.h"
#include "monitorrun.h"
#include "util/humanformat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

namespace artgen::cli {

using Source = core::MonitorHub::Source;

QString WatchCommand::summary() const
{
    return tr("Print every source's figures each interval until Ctrl-C.");
}

void WatchCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("interval"), tr("Seconds between lines (default 1)."),
                      tr("seconds"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("count"), tr("Stop after N lines."), tr("N")});
    parser.addOption({QStringLiteral("json"), tr("One JSON object per line.")});
}

QString WatchCommand::line(MonitorRun& run)
{
    core::MonitorHub& hub = run.hub();
    const QLocale locale;
    QStringList parts;
    parts << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    parts << run.report().toWatchLine();
    if (const auto& c = hub.celery(); c && !hub.fault(Source::Celery).isFault())
        parts << tr("celery %1/%2 busy").arg(c->active()).arg(c->concurrency());
    else
        parts << tr("celery —");
    if (const auto& a = hub.api(); a && a->ok())
        parts << tr("api %1 %2 ms").arg(a->status).arg(locale.toString(a->latencyMs, 'f', 0));
    else
        parts << tr("api —");
    if (const auto& s = hub.stack()) {
        int running = 0;
        for (const core::ServiceStatus& service : s->services)
            running += service.state == QStringLiteral("running") ? 1 : 0;
        parts << tr("containers %1/%2").arg(running).arg(s->services.size());
    }
    return parts.join(QStringLiteral("  "));
}

QJsonObject WatchCommand::object(MonitorRun& run)
{
    core::MonitorHub& hub = run.hub();
    QJsonObject out = run.report().toJson();
    out.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (const auto& c = hub.celery(); c && !hub.fault(Source::Celery).isFault())
        out.insert(QStringLiteral("celery"),
                   QJsonObject{{QStringLiteral("workers"), int(c->workers.size())},
                               {QStringLiteral("concurrency"), c->concurrency()},
                               {QStringLiteral("active"), c->active()},
                               {QStringLiteral("reserved"), c->reserved()}});
    else
        out.insert(QStringLiteral("celery"),
                   QJsonObject{{QStringLiteral("error"), hub.fault(Source::Celery).message}});
    if (const auto& a = hub.api())
        out.insert(QStringLiteral("api"), QJsonObject{{QStringLiteral("status"), a->status},
                                                      {QStringLiteral("latency_ms"), a->latencyMs},
                                                      {QStringLiteral("error"), a->fault.message}});
    if (const auto& s = hub.stack()) {
        QJsonArray containers;
        for (const core::ServiceStatus& service : s->services)
            containers << QJsonObject{
                {QStringLiteral("service"), service.service},
                {QStringLiteral("state"), service.state},
                {QStringLiteral("cpu_percent"), service.figures.cpuPercent},
                {QStringLiteral("memory_bytes"), service.figures.memoryBytes}};
        out.insert(QStringLiteral("containers"), containers);
    }
    return out;
}

int WatchCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    bool ok = false;
    const double interval = parser.value(QStringLiteral("interval")).toDouble(&ok);
    if (!ok || interval < 0.2 || interval > 3600) {
        context.err() << tr("artgenctl: --interval takes seconds from 0.2 to 3600.") << Qt::endl;
        return ExitUsage;
    }
    int count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1) {
            context.err() << tr("artgenctl: --count takes a whole number from 1.") << Qt::endl;
            return ExitUsage;
        }
    }
    const auto profile = context.profile();
    if (!profile) {
        context.printError(profile.error());
        return ExitFailed;
    }
    MonitorRun run(*profile, context.settings());
    run.start(core::MonitorHub::allSources());
    run.waitForConnections();
    const bool json = parser.isSet(QStringLiteral("json"));
    QEventLoop loop;
    int printed = 0;
    const auto print = [&] {
        if (json)
            context.out() << QJsonDocument(object(run)).toJson(QJsonDocument::Compact) << '\n';
        else
            context.out() << line(run) << '\n';
        context.out().flush();
        if (count > 0 && ++printed >= count)
            loop.quit();
    };
    QTimer tick;
    tick.setInterval(int(interval * 1000));
    QObject::connect(&tick, &QTimer::timeout, &loop, print);
    InterruptGuard guard(&loop, [&loop] { loop.quit(); });
    print();
    if (count < 0 || printed < count) {
        tick.start();
        loop.exec();
    }
    return ExitOk;
}

} // namespace artgen::cli
