#include "loadtestcommand.h"

#include "commandcontext.h"
#include "jobconsole.h"
#include "loadprogressline.h"
#include "loadtest/loadreport.h"
#include "loadtest/loadtarget.h"
#include "loadtest/loadtestjob.h"
#include "loadtest/profileloadtarget.h"
#include "util/humanformat.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <unistd.h>

namespace artgen::cli {

namespace {

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

QString ms(qint64 micros)
{
    return QString::number(double(micros) / 1000.0, 'f', 3);
}

// An SLO as given ("200ms" prints 200, not 200.000).
QString sloMs(qint64 micros)
{
    return QString::number(double(micros) / 1000.0);
}

} // namespace

QString LoadTestCommand::summary() const
{
    return tr("Load-test an HTTP endpoint of the stack (closed loop, constant rate or ramp).");
}

void LoadTestCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("url"),
        tr("The URL, or a path such as /api/v1/health on the profile's API."));
    parser.addOption({{opt("n"), opt("requests")}, tr("Send N requests, then stop."), opt("N")});
    parser.addOption({{opt("t"), opt("duration")},
                      tr("Run for DURATION (e.g. 30s, 2m; default 10s)."),
                      opt("DURATION")});
    parser.addOption(
        {{opt("c"), opt("connections")}, tr("Open C connections at once (default 10)."), opt("C")});
    parser.addOption({opt("threads"), tr("Event loops to run (default: one per CPU)."), opt("T")});
    parser.addOption({opt("rate"),
                      tr("Open loop: R requests per second, latency counted from each "
                         "request's scheduled time."),
                      opt("R")});
    parser.addOption({opt("ramp"),
                      tr("Constant-rate steps from START to MAX requests/s; needs --slo."),
                      opt("START:STEP:MAX")});
    parser.addOption(
        {opt("step-duration"), tr("How long each ramp step runs (default 10s)."), opt("DURATION")});
    parser.addOption(
        {opt("slo"), tr("The p99 latency to stay under (e.g. 200ms)."), opt("DURATION")});
    parser.addOption({opt("timeout"), tr("Give up on a request after DURATION (default 10s)."),
                      opt("DURATION")});
    parser.addOption({opt("max-duration"),
                      tr("Stop any run after DURATION whatever else it asks (default 10m)."),
                      opt("DURATION")});
    parser.addOption({{opt("H"), opt("header")},
                      tr("Add a request header \"Name: value\" (repeatable)."),
                      opt("HEADER")});
    parser.addOption({{opt("m"), opt("method")},
                      tr("GET, POST, PUT, DELETE, HEAD or PATCH (default GET)."),
                      opt("M")});
    parser.addOption(
        {opt("body"), tr("Send the contents of FILE as the request body."), opt("FILE")});
    parser.addOption({opt("token-from-profile"),
                      tr("Send the profile's API token (from the keychain, else API_TOKEN of "
                         "its .env) as a Bearer token.")});
    parser.addOption({opt("allow-any-host"),
                      tr("Allow a host that is neither the profile's nor this machine.")});
    parser.addOption({opt("json"), tr("Print the result as JSON.")});
}

std::optional<core::LoadTestOptions> LoadTestCommand::parseOptions(const QCommandLineParser& parser,
                                                                   const core::Profile* profile,
                                                                   QString* error)
{
    core::LoadTestOptions o;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        *error = tr("Give exactly one URL.");
        return std::nullopt;
    }
    o.url = profile ? core::ProfileLoadTarget::resolve(*profile, args.first()) : QUrl(args.first());
    if (profile)
        o.allowedHosts = core::ProfileLoadTarget::allowedHosts(*profile);

    const auto count = [&](const char* name, qint64 min, qint64 max, qint64* out) {
        if (!parser.isSet(opt(name)))
            return true;
        bool ok = false;
        const qint64 v = parser.value(opt(name)).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error =
                tr("--%1 needs a whole number from %2 to %3.").arg(opt(name)).arg(min).arg(max);
            return false;
        }
        *out = v;
        return true;
    };
    const auto duration = [&](const char* name, qint64* out) {
        if (!parser.isSet(opt(name)))
            return true;
        const auto v = core::LoadTestOptions::parseDurationMs(parser.value(opt(name)));
        if (!v) {
            *error = tr("--%1 needs a duration such as 500ms, 30s or 2m.").arg(opt(name));
            return false;
        }
        *out = *v;
        return true;
    };
    qint64 connections = o.connections;
    qint64 threads = 0;
    if (!count("requests", 1, qint64(1) << 40, &o.requests) ||
        !count("connections", 1, core::LoadTestOptions::kMaxConnections, &connections) ||
        !count("threads", 1, 1024, &threads) || !duration("duration", &o.durationMs) ||
        !duration("step-duration", &o.stepDurationMs) || !duration("timeout", &o.timeoutMs) ||
        !duration("max-duration", &o.maxDurationMs))
        return std::nullopt;
    o.connections = int(connections);
    o.threads = int(threads);
    qint64 sloMs = 0;
    if (!duration("slo", &sloMs))
        return std::nullopt;
    o.sloMicros = sloMs * 1000;
    if (parser.isSet(opt("rate"))) {
        bool ok = false;
        o.rate = parser.value(opt("rate")).toDouble(&ok);
        if (!ok || !(o.rate > 0) || o.rate > 10'000'000) {
            *error = tr("--rate needs a number of requests per second above 0.");
            return std::nullopt;
        }
    }
    if (parser.isSet(opt("ramp"))) {
        o.ramp = core::RampPlan::parse(parser.value(opt("ramp")));
        if (!o.ramp) {
            *error = tr("--ramp needs START:STEP:MAX, three rates above 0 with START ≤ MAX and "
                        "at most %1 steps.")
                         .arg(core::RampPlan::kMaxSteps);
            return std::nullopt;
        }
    }
    for (const QString& h : parser.values(opt("header"))) {
        const auto header = core::LoadTestOptions::parseHeader(h);
        if (!header) {
            *error = tr("“%1” is not a header; write it as \"Name: value\".").arg(h);
            return std::nullopt;
        }
        o.headers << *header;
    }
    if (parser.isSet(opt("method")))
        o.method = parser.value(opt("method")).toUpper().toLatin1();
    o.bodyFile = parser.value(opt("body"));
    o.allowAnyHost = parser.isSet(opt("allow-any-host"));
    if (const auto valid = o.validate(); !valid) {
        *error = valid.error().why();
        return std::nullopt;
    }
    // The job checks the target again (the panel uses it too); here a bad URL or a missing
    // --allow-any-host is a bad command line.
    const auto target = core::LoadTarget::fromUrl(o.url);
    const auto allowed =
        target ? target->checkAllowed(o.allowedHosts, o.allowAnyHost) : core::Status();
    if (!target || !allowed) {
        *error = (!target ? target.error() : allowed.error()).message();
        return std::nullopt;
    }
    return o;
}

int LoadTestCommand::run(CommandContext& context, const QCommandLineParser& parser)
{
    const auto profile = context.profile();
    QString usage;
    auto options = parseOptions(parser, profile ? &*profile : nullptr, &usage);
    if (!options) {
        context.err() << "artgenctl loadtest: " << usage << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(opt("token-from-profile"))) {
        if (!profile) {
            context.printError(profile.error());
            return ExitFailed;
        }
        const auto token = core::ProfileLoadTarget::apiToken(*profile);
        if (!token) {
            context.printError(token.error());
            return ExitFailed;
        }
        options->bearerToken = *token;
    }
    auto job = std::make_shared<core::LoadTestJob>(*options);
    const bool json = parser.isSet(opt("json"));
    JobConsole console(context);
    console.setLogToStderr(json);
    console.setInterruptMessage(tr("Stopping the load test…"));
    QObject live;
    if (LoadProgressLine::wanted(STDERR_FILENO, json))
        QObject::connect(job.get(), &core::LoadTestJob::progressSample, &live,
                         [&console](const core::LoadSample& sample) {
                             console.showStatus(LoadProgressLine::format(sample));
                         });
    const int code = console.run(job);
    if (code != ExitOk)
        return code;
    const core::LoadReport& report = job->report();
    if (json)
        context.out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printText(context.out(), report);
    return exitCodeFor(report);
}

int LoadTestCommand::exitCodeFor(const core::LoadReport& report)
{
    if (report.interrupted)
        return JobConsole::kExitInterrupted;
    if (report.total.errorCount() > 0)
        return ExitFailed;
    return report.sloMissed() ? ExitNotHealthy : ExitOk;
}

void LoadTestCommand::printText(QTextStream& out, const core::LoadReport& report)
{
    const auto row = [&out](const QString& label, const QString& value) {
        out << qSetFieldWidth(26) << Qt::left << label << qSetFieldWidth(0) << value << '\n';
    };
    if (report.interrupted)
        out << tr("Interrupted: the figures cover the part that ran.") << "\n\n";
    row(tr("Server software:"), QString::fromLatin1(report.total.server));
    row(tr("URL:"), report.method + u' ' + report.url);
    row(tr("Connections:"), QString::number(report.connections));
    row(tr("Event loops:"), QString::number(report.threads));
    if (report.isRamp()) {
        for (const core::LoadResult& step : report.steps) {
            out << '\n' << tr("Step at %1 requests/s").arg(step.targetRate) << '\n';
            printResult(out, step);
        }
        out << '\n'
            << (report.highestPassing
                    ? tr("Highest rate with p99 under %1 ms: %2 requests/s")
                          .arg(sloMs(report.sloMicros))
                          .arg(*report.highestPassing)
                    : tr("No rate kept p99 under %1 ms.").arg(sloMs(report.sloMicros)))
            << '\n';
    } else {
        out << '\n';
        printResult(out, report.total);
        if (report.sloMicros > 0)
            out << '\n'
                << (report.sloMissed() ? tr("SLO missed: p99 is not under %1 ms.")
                                       : tr("SLO met: p99 is under %1 ms."))
                       .arg(sloMs(report.sloMicros))
                << '\n';
    }
    out.flush();
}

void LoadTestCommand::printResult(QTextStream& out, const core::LoadResult& r)
{
    const auto row = [&out](const QString& label, const QString& value) {
        out << qSetFieldWidth(26) << Qt::left << label << qSetFieldWidth(0) << value << '\n';
    };
    const double seconds = double(r.elapsedNs) / 1e9;
    row(tr("Time taken:"), tr("%1 s").arg(seconds, 0, 'f', 3));
    row(tr("Requests:"), QString::number(r.requests()));
    row(tr("Responses:"), QString::number(r.completed));
    row(tr("Failed requests:"), QString::number(r.errorCount()));
    row(tr("Bytes received:"), core::HumanFormat::bytes(r.bytesRead));
    row(tr("Requests per second:"), QString::number(r.requestsPerSecond(), 'f', 1));
    if (r.targetRate > 0) {
        const double achieved = seconds > 0 ? double(r.requests()) / seconds : 0.0;
        row(tr("Target rate:"),
            tr("%1 requests/s, achieved %2").arg(r.targetRate).arg(achieved, 0, 'f', 1));
        if (r.rateShortfall())
            out << tr("Warning: the achieved rate is below 99 % of the target; the client or "
                      "the server could not keep up.")
                << '\n';
    }
    row(tr("CPU time (own):"), tr("%1 s user, %2 s system, %3 µs per request")
                                   .arg(double(r.userCpuNs) / 1e9, 0, 'f', 3)
                                   .arg(double(r.systemCpuNs) / 1e9, 0, 'f', 3)
                                   .arg(r.cpuMicrosPerRequest(), 0, 'f', 1));
    out << '\n';
    printLatency(out,
                 r.targetRate > 0 ? tr("Latency (ms), from the scheduled send time:")
                                  : tr("Latency (ms):"),
                 r.corrected);
    if (r.targetRate > 0)
        printLatency(out, tr("Latency (ms), uncorrected (from the actual send):"), r.uncorrected);
    out << tr("Status codes:") << '\n';
    const auto statuses = r.statuses();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    if (r.errorCount() > 0) {
        out << tr("Errors:") << '\n';
        const QStringList kinds = {tr("connect"), tr("timeout"), tr("reset"),
                                   tr("malformed response")};
        for (int i = 0; i < core::LoadResult::kErrorKinds; ++i)
            if (r.errors[std::size_t(i)] > 0)
                out << "  " << kinds[i] << ": " << r.errors[std::size_t(i)] << '\n';
    }
}

void LoadTestCommand::printLatency(QTextStream& out, const QString& title,
                                   const core::LatencyHistogram& h)
{
    out << title << '\n';
    const QList<QPair<QString, QString>> cells = {
        {tr("min"), ms(h.min())},
        {QStringLiteral("p50"), ms(h.valueAtPercentile(50))},
        {QStringLiteral("p90"), ms(h.valueAtPercentile(90))},
        {QStringLiteral("p95"), ms(h.valueAtPercentile(95))},
        {QStringLiteral("p99"), ms(h.valueAtPercentile(99))},
        {QStringLiteral("p99.9"), ms(h.valueAtPercentile(99.9))},
        {tr("max"), ms(h.max())},
        {tr("mean"), QString::number(h.mean() / 1000.0, 'f', 3)},
        {tr("stdev"), QString::number(h.stdev() / 1000.0, 'f', 3)}};
    for (const auto& cell : cells)
        out << qSetFieldWidth(10) << Qt::right << cell.first;
    out << qSetFieldWidth(0) << '\n';
    for (const auto& cell : cells)
        out << qSetFieldWidth(10) << Qt::right << cell.second;
    out << qSetFieldWidth(0) << Qt::left << "\n\n";
}

} // namespace artgen::cli
