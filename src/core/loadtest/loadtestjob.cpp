#include "loadtestjob.h"

#include "loadworker.h"

#include <QFile>
#include <chrono>
#include <memory>
#include <sys/resource.h>
#include <thread>

namespace artgen::core {

namespace {

constexpr qint64 kSampleNs = 1'000'000'000;
constexpr auto kPoll = std::chrono::milliseconds(20);

bool hasHeader(const LoadTestOptions& o, QByteArrayView name)
{
    for (const auto& h : o.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Share of `total` for part i of n, the remainder going to the first parts.
qint64 share(qint64 total, int i, int n)
{
    return total / n + (i < total % n ? 1 : 0);
}

} // namespace

LoadTestJob::LoadTestJob(LoadTestOptions options, QObject* parent)
    : Job(tr("Load test of %1").arg(options.url.toDisplayString()), parent),
      m_options(std::move(options))
{
    qRegisterMetaType<LoadSample>();
    if (m_options.ramp) {
        QStringList titles;
        for (const double rate : m_options.ramp->rates())
            titles << tr("%1 requests/s for %2 s")
                          .arg(rate)
                          .arg(double(m_options.stepDurationMs) / 1000.0);
        declareSteps(titles);
    }
}

QByteArray LoadTestJob::buildRequest(const LoadTarget& target, const LoadTestOptions& options,
                                     const QByteArray& body)
{
    QByteArray r = options.method + ' ' + target.pathAndQuery() + " HTTP/1.1\r\n";
    if (!hasHeader(options, "host"))
        r += "Host: " + target.hostHeader() + "\r\n";
    if (!hasHeader(options, "user-agent"))
        r += "User-Agent: artgenctl-loadtest\r\n";
    if (!hasHeader(options, "accept"))
        r += "Accept: */*\r\n";
    if (!options.bearerToken.isEmpty())
        r += "Authorization: Bearer " + options.bearerToken + "\r\n";
    for (const auto& h : options.headers)
        r += h.first + ": " + h.second + "\r\n";
    const bool sendsBody = !body.isEmpty() || options.method == "POST" || options.method == "PUT" ||
                           options.method == "PATCH";
    if (!body.isEmpty() && !hasHeader(options, "content-type"))
        r += "Content-Type: application/json\r\n";
    if (sendsBody)
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

Result<LoadTestJob::Prepared> LoadTestJob::prepare() const
{
    if (auto valid = m_options.validate(); !valid)
        return core::fail(valid.error());
    const auto target = LoadTarget::fromUrl(m_options.url);
    if (!target)
        return core::fail(target.error());
    if (auto allowed = target->checkAllowed(m_options.allowedHosts, m_options.allowAnyHost);
        !allowed)
        return core::fail(allowed.error());
    QByteArray body = m_options.body;
    if (!m_options.bodyFile.isEmpty()) {
        QFile file(m_options.bodyFile);
        if (!file.open(QIODevice::ReadOnly))
            return core::fail(Error(Error::Code::Io,
                                    tr("Cannot read the request body %1.").arg(m_options.bodyFile),
                                    file.errorString(), tr("Check the path given to --body.")));
        body = file.readAll();
    }
    const auto address = target->resolve();
    if (!address)
        return core::fail(address.error());
    return Prepared{buildRequest(*target, m_options, body), *address, m_options.method == "HEAD"};
}

void LoadTestJob::raiseFileLimit(int connections)
{
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(connections) + 256;
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    ::setrlimit(RLIMIT_NOFILE, &limit);
}

void LoadTestJob::run()
{
    const auto prepared = prepare();
    if (!prepared) {
        fail(prepared.error());
        return;
    }
    raiseFileLimit(m_options.connections);
    m_report.url = m_options.url.toDisplayString();
    m_report.method = QString::fromLatin1(m_options.method);
    m_report.connections = m_options.connections;
    m_report.threads = m_options.effectiveThreads();
    m_report.sloMicros = m_options.sloMicros;
    if (m_options.ramp)
        runRamp(*prepared);
    else
        m_report.total =
            runPhase(*prepared, m_options.rate, m_options.timeBoundMs(), m_options.requests);
    m_report.interrupted = isCancelRequested();
    succeed();
}

void LoadTestJob::runRamp(const Prepared& prepared)
{
    const QList<double> rates = m_options.ramp->rates();
    QList<qint64> p99s;
    for (int i = 0; i < rates.size() && !isCancelRequested(); ++i) {
        beginStep(i);
        const LoadResult step = runPhase(prepared, rates[i], m_options.stepDurationMs, 0);
        const qint64 p99 = step.corrected.valueAtPercentile(99);
        p99s << (step.corrected.count() > 0 ? p99 : LatencyHistogram::kHighest);
        m_report.steps << step;
        m_report.total.add(step);
        log(tr("%1 requests/s: p99 %2 ms, %n error(s)", nullptr, int(step.errorCount()))
                .arg(rates[i])
                .arg(double(p99) / 1000.0, 0, 'f', 2));
        if (p99s.last() >= m_options.sloMicros)
            break;
    }
    // The steps ran one after the other.
    m_report.total.elapsedNs = 0;
    for (const LoadResult& step : std::as_const(m_report.steps))
        m_report.total.elapsedNs += step.elapsedNs;
    m_report.highestPassing = RampPlan::highestPassing(rates, p99s, m_options.sloMicros);
}

LoadResult LoadTestJob::runPhase(const Prepared& prepared, double rate, qint64 boundMs,
                                 qint64 requests)
{
    int threads = m_options.effectiveThreads();
    if (requests > 0)
        threads = int(std::min<qint64>(threads, requests));
    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    std::atomic<qint64> left{requests};
    const bool shared = requests > 0 && rate <= 0; // a schedule (rate) keeps its own shares
    const qint64 start = LoadWorker::nowNs();
    std::vector<std::unique_ptr<LoadWorker>> workers;
    std::vector<std::thread> loops;
    for (int i = 0; i < threads; ++i) {
        LoadWorker::Plan plan;
        plan.request = prepared.request;
        plan.address = prepared.address;
        plan.connections = int(share(m_options.connections, i, threads));
        plan.requests = shared ? 0 : share(requests, i, threads);
        plan.shared = shared ? &left : nullptr;
        plan.rate = rate / threads;
        plan.startNs = start;
        plan.endNs = start + boundMs * 1'000'000;
        plan.timeoutNs = m_options.timeoutMs * 1'000'000;
        plan.head = prepared.head;
        workers.push_back(std::make_unique<LoadWorker>(std::move(plan), &stop));
    }
    for (auto& w : workers)
        loops.emplace_back([&done, worker = w.get()] {
            worker->run();
            done.fetch_add(1);
        });
    qint64 lastSample = start;
    LoadSample totals;
    LoadWorker::Recent recent; // one for the whole phase: it is 180 KiB of counters
    while (done.load() < threads) {
        std::this_thread::sleep_for(kPoll);
        if (isCancelRequested())
            stop = true;
        const qint64 now = LoadWorker::nowNs();
        if (now - lastSample < kSampleNs)
            continue;
        recent.latencies.reset();
        recent.errors = 0;
        for (auto& w : workers)
            w->takeRecent(recent);
        totals.elapsedSeconds = double(now - start) / 1e9;
        sample(totals, now - lastSample, recent.latencies, recent.errors);
        reportProgress(requests > 0 ? std::min(1.0, double(totals.requests) / double(requests))
                                    : std::min(1.0, double(now - start) / (double(boundMs) * 1e6)));
        lastSample = now;
    }
    LoadResult merged;
    for (std::size_t i = 0; i < loops.size(); ++i) {
        loops[i].join();
        merged.add(workers[i]->result());
    }
    merged.targetRate = rate;
    return merged;
}

void LoadTestJob::sample(LoadSample& totals, qint64 windowNs, const LatencyHistogram& recent,
                         qint64 errors)
{
    const qint64 ended = recent.count() + errors;
    totals.requests += ended;
    totals.errors += errors;
    totals.windowErrors = errors;
    totals.requestsPerSecond = double(ended) * 1e9 / double(windowNs);
    totals.p50Ms = double(recent.valueAtPercentile(50)) / 1000.0;
    totals.p99Ms = double(recent.valueAtPercentile(99)) / 1000.0;
    Q_EMIT progressSample(totals);
}

} // namespace artgen::core
