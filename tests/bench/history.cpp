// The history's cost for the demo stack: memory of 24 h of every series it charts, and the time
// to downsample a window to 1 000 columns (the redraw's read) for windows from 5 min to 24 h.
// Prints figures; judged by tests/bench/history.sh, never by ctest.
#include "monitor/metrichistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace artgen::core;

namespace {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The demo stack's series, with the rate each source is polled at.
QList<std::pair<QString, qint64>> demoSeries()
{
    QList<std::pair<QString, qint64>> out;
    for (const char* c : {"backend", "celery", "postgres", "redis", "frontend"})
        for (const char* f : {"cpu", "memory", "net.rx", "net.tx", "block.read", "block.write"})
            out.append(
                {QStringLiteral("container.%1.%2").arg(QLatin1StringView(c), QLatin1StringView(f)),
                 1000});
    for (const char* p : {"total", "state.active", "state.idle", "state.idle_in_transaction",
                          "state.idle_in_transaction_aborted", "state.other", "max_connections",
                          "headroom", "oldest_transaction_s", "oldest_idle_in_transaction_s",
                          "transactions_per_s", "block_hit_ratio"})
        out.append({QStringLiteral("postgres.") + QLatin1StringView(p), 1000});
    for (const char* r : {"clients", "blocked", "ops_per_s", "rejected", "keyspace_hits",
                          "keyspace_misses", "used_memory", "peak_memory"})
        out.append({QStringLiteral("redis.") + QLatin1StringView(r), 1000});
    for (const char* c : {"workers", "concurrency", "active", "reserved"})
        out.append({QStringLiteral("celery.") + QLatin1StringView(c), 10000});
    for (const char* a : {"status", "latency_ms"})
        out.append({QStringLiteral("api.") + QLatin1StringView(a), 2000});
    return out;
}

double medianUs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, atoi(argv[1])) : 101;
    QTextStream out(stdout);
    constexpr qint64 day = 24 * 3600 * 1000LL;
    const qint64 t0 = 1'800'000'000'000;

    const qint64 rssBefore = rssKiB();
    MetricHistory history;
    const auto series = demoSeries();
    for (const auto& [id, res] : series)
        history.define(id, res);
    quint32 x = 1;
    for (qint64 t = t0; t < t0 + day; t += 1000) {
        for (const auto& [id, res] : series) {
            if ((t - t0) % res != 0)
                continue;
            x = x * 1664525u + 1013904223u;
            history.append(id, t, double(x >> 20));
        }
    }
    const qint64 rssAfter = rssKiB();
    out << "series: " << series.size() << "\n";
    out << "history of 24 h: " << history.bytes() << " bytes ("
        << QString::number(history.bytes() / 1048576.0, 'f', 2) << " MiB, goal < 30 MB); "
        << "RSS grew by " << QString::number((rssAfter - rssBefore) / 1024.0, 'f', 2)
        << " MiB while filling it\n";

    const qint64 end = t0 + day;
    const QString probe = QStringLiteral("postgres.total");
    for (const qint64 window : {5 * 60 * 1000LL, 3600 * 1000LL, 6 * 3600 * 1000LL, day}) {
        std::vector<double> us;
        qint64 reads = 0;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto r = history.read(probe, end - window, end, 1000);
            us.push_back(timer.nsecsElapsed() / 1000.0);
            reads = r->pointsRead;
        }
        out << "downsample " << window / 60000 << " min to 1000 columns: median "
            << QString::number(medianUs(us), 'f', 1) << " us (" << reads << " points read)\n";
    }
    // A full redraw's reads: every series, 24 h, 1 000 columns.
    std::vector<double> all;
    for (int i = 0; i < std::max(5, repeats / 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        for (const auto& s : series)
            history.read(s.first, end - day, end, 1000);
        all.push_back(timer.nsecsElapsed() / 1000.0);
    }
    out << "every series (" << series.size() << "), 24 h to 1000 columns: median "
        << QString::number(medianUs(all) / 1000.0, 'f', 2) << " ms\n";
    if (qEnvironmentVariableIsSet("BENCH_PER_SERIES")) {
        for (const auto& s : series) {
            QElapsedTimer timer;
            timer.start();
            history.read(s.first, end - day, end, 1000);
            out << s.first << " " << timer.nsecsElapsed() / 1000 << " us\n";
        }
    }
    return 0;
}
