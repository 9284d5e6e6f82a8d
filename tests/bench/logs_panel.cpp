// The Logs page following a container that printed a million lines: the longest stall of the
// UI event loop while the batches come in (and which events took longest, wall and CPU: a stall
// whose CPU is far below its wall time is the thread waiting for a core, not our work), RSS
// above the idle page per stored line, a regular-expression search over the stored lines, and
// the export of a million stored lines (the longest stall while it runs). Prints figures;
// judges nothing (timing thresholds do not belong in ctest). Run through tests/bench/logs.sh.
//   bench_logs_panel CONTAINER EXPECTED_LINES
//   bench_logs_panel --baseline CONTAINER
// The baseline is the floor this machine sets: a bare Qt window of the same size with the same
// 5 ms ticker, while `docker logs --timestamps CONTAINER > /dev/null` makes the daemon stream
// the same log at full speed. On two cores the daemon alone keeps both busy, so any thread,
// ours or not, waits on the run queue now and then.

#include "docker/dockerclient.h"
#include "logs/logsmodel.h"
#include "logs/logspage.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "util/workerthread.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace artgen;

namespace {
qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + t.tv_nsec / 1e6;
}

// Times every outermost event the UI thread handles, wall and thread CPU, while `active`.
class ProfilingApp : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_active || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Outermost events, and the paints inside an update request (which widget costs what).
        const bool outermost = m_depth == 0;
        const bool paint = event->type() == QEvent::Paint;
        if (!outermost && !paint)
            return QApplication::notify(receiver, event);
        // Named before: the receiver may be gone after (a single-shot timer, a deleteLater).
        const QByteArray name = receiver->metaObject()->className();
        const QByteArray kind =
            paint ? QByteArray("paint " + name)
                  : QByteArray(name + " event " + QByteArray::number(int(event->type())));
        ++m_depth;
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        const double cpu = threadCpuMs() - cpu0;
        const double ms = wall.nsecsElapsed() / 1e6;
        --m_depth;
        if (outermost && ms > m_longest.wallMs)
            m_longest = {ms, cpu, kind};
        Kind& k = m_kinds[kind];
        ++k.count;
        k.cpuMs += cpu;
        k.maxCpuMs = std::max(k.maxCpuMs, cpu);
        return handled;
    }
    void start()
    {
        m_longest = {};
        m_kinds.clear();
        m_active = true;
    }
    // The longest event, and the kinds of event (and paints) that used the most CPU.
    void report(const char* phase)
    {
        m_active = false;
        std::printf("  %s: longest UI event %.1f ms wall, %.1f ms CPU (%s)\n", phase,
                    m_longest.wallMs, m_longest.cpuMs, m_longest.kind.constData());
        QList<std::pair<double, QByteArray>> byCpu;
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
            byCpu.append({it->cpuMs, it.key()});
        std::sort(byCpu.begin(), byCpu.end(), std::greater<>());
        for (const auto& [cpu, kind] : byCpu.first(std::min<qsizetype>(5, byCpu.size()))) {
            const Kind& k = m_kinds[kind];
            std::printf("    %-48s %6d events, CPU %7.1f ms (max %.2f ms)\n", kind.constData(),
                        k.count, cpu, k.maxCpuMs);
        }
    }

private:
    struct Event
    {
        double wallMs = 0;
        double cpuMs = 0;
        QByteArray kind;
    };
    struct Kind
    {
        int count = 0;
        double cpuMs = 0;
        double maxCpuMs = 0;
    };
    bool m_active = false;
    int m_depth = 0;
    Event m_longest;
    QMap<QByteArray, Kind> m_kinds;
};

// Runs the event loop (sleeping while there is nothing to do) for `ms`.
void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Measures the longest gap between the ticks of a 5 ms timer on the UI thread until `done`.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_ticker.start(5);
    }
    qint64 elapsed() const { return m_clock.elapsed(); }
    // CPU time the UI thread used since the meter started: the work the page itself does.
    double cpuSeconds() const { return threadCpu() - m_cpu0; }
    static double threadCpu()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + t.tv_nsec / 1e9;
    }
    qint64 stop()
    {
        m_ticker.stop();
        return m_max;
    }

private:
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = 0;
    qint64 m_max = 0;
    double m_cpu0 = threadCpu();
};

int baseline(ProfilingApp& app, const QString& container)
{
    QWidget window;
    window.resize(1100, 700);
    window.show();
    runEventLoopFor(1000);
    QProcess docker;
    docker.setStandardOutputFile(QProcess::nullDevice());
    StallMeter meter;
    docker.start(QStringLiteral("docker"),
                 {QStringLiteral("logs"), QStringLiteral("--timestamps"), container});
    while (docker.state() != QProcess::NotRunning && meter.elapsed() < 600000)
        app.processEvents(QEventLoop::WaitForMoreEvents); // waits (the ticker wakes it)
    const qint64 stall = meter.stop();
    docker.waitForFinished();
    std::printf("baseline: bare window while docker logs --timestamps streams (%.2f s): longest "
                "UI event-loop stall %lld ms, UI thread CPU %.2f s\n",
                meter.elapsed() / 1000.0, static_cast<long long>(stall), meter.cpuSeconds());
    return docker.exitCode() == 0 ? 0 : 1;
}

// Reads the container again with a cap of `expected` lines, then exports every stored line.
int exportAll(ProfilingApp& app, gui::LogsPage& page, QComboBox* tail, qint64 expected,
              const QString& path)
{
    page.setLineLimit(int(expected));
    Q_EMIT tail->activated(tail->currentIndex());
    const core::LogStore& store = page.store();
    QElapsedTimer reading;
    reading.start();
    while (store.size() < expected && reading.elapsed() < 600000)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    if (store.size() < expected) {
        std::fprintf(stderr, "only %lld of %lld lines stored for the export\n",
                     static_cast<long long>(store.size()), static_cast<long long>(expected));
        return 1;
    }
    runEventLoopFor(1000);
    std::optional<core::Error> result;
    QObject::connect(&page, &gui::LogsPage::exported, &page,
                     [&result](const QString&, const core::Error& error) { result = error; });
    StallMeter meter;
    app.start();
    page.exportTo(path, false);
    while (!result && meter.elapsed() < 600000)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 doneMs = meter.elapsed();
    const qint64 stall = meter.stop();
    if (!result || result->isError()) {
        std::fprintf(stderr, "the export failed\n");
        return 1;
    }
    std::printf("export of %lld stored lines (%.0f MB): %.2f s; longest UI event-loop stall "
                "while exporting: %lld ms; UI thread CPU %.3f s\n",
                static_cast<long long>(store.size()), QFileInfo(path).size() / 1e6, doneMs / 1000.0,
                static_cast<long long>(stall), meter.cpuSeconds());
    app.report("export");
    return 0;
}

int main(int argc, char* argv[])
{
    ProfilingApp app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--baseline")
        return baseline(app, QString::fromLocal8Bit(argv[2]));
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_logs_panel CONTAINER EXPECTED_LINES | --baseline "
                             "CONTAINER\n");
        return 64;
    }
    const QString container = QString::fromLocal8Bit(argv[1]);
    const qint64 expected = QByteArray(argv[2]).toLongLong();

    QTemporaryDir dir;
    core::SettingsStore settings(dir.filePath(QStringLiteral("bench.conf")));
    core::Profile profile =
        core::Profile::fromStackDir(core::StackLocator::demoStackDir(), QStringLiteral("bench"));
    profile.containers = {{QStringLiteral("bench"), container}};
    settings.setProfiles({profile});
    settings.setActiveProfileName(profile.name);

    core::ActiveServices services;
    services.activate(settings.activeProfile());

    gui::LogsPage page(services, settings);
    page.resize(1100, 700);
    page.show();
    // Idle: the page up, with the default start (last 1000 lines) read.
    runEventLoopFor(3000);
    page.clearLines();
    app.processEvents();
    const qint64 idleRss = rssBytes();

    // Follow from the very beginning: every line of the container goes through the page.
    auto* tail = page.findChild<QComboBox*>(QStringLiteral("initialLines"));
    tail->setCurrentIndex(tail->findData(-1));
    StallMeter meter;
    app.start();
    Q_EMIT tail->activated(tail->currentIndex());
    const core::LogStore& store = page.store();
    const auto readAll = [&](const StallMeter& m) {
        while (m.elapsed() < 600000) {
            app.processEvents(QEventLoop::WaitForMoreEvents); // waits (the ticker wakes it)
            if (store.size() + store.droppedCount() >= expected)
                return m.elapsed();
        }
        return qint64(-1);
    };
    const qint64 doneMs = readAll(meter);
    const qint64 maxStallMs = meter.stop();
    const double uiCpu = meter.cpuSeconds();
    if (doneMs < 0) {
        std::fprintf(stderr, "only %lld of %lld lines arrived\n",
                     static_cast<long long>(store.size() + store.droppedCount()),
                     static_cast<long long>(expected));
        return 1;
    }
    // Let the last batches and repaints settle, then measure memory.
    runEventLoopFor(1000);
    const qint64 rss = rssBytes();
    const double perLine = double(rss - idleRss) / double(store.size());
    qint64 textBytes = 0;
    for (qsizetype i = 0; i < store.size(); ++i)
        textBytes += store.at(i).text.size();
    const double textPerLine = double(textBytes) / double(store.size());
    const double rawPerLine = textPerLine + 32; // Docker's line: timestamp, space, text, \n
    std::printf("panel ingest: %lld lines in %.2f s (%.0f lines/s), stored %lld (cap), dropped "
                "%lld\n",
                static_cast<long long>(expected), doneMs / 1000.0, expected * 1000.0 / doneMs,
                static_cast<long long>(store.size()), static_cast<long long>(store.droppedCount()));
    std::printf("longest UI event-loop stall while ingesting: %lld ms (goal < 50 ms); UI thread "
                "CPU %.2f s (%.0f%% of the ingest time)\n",
                static_cast<long long>(maxStallMs), uiCpu, uiCpu * 100000.0 / doneMs);
    app.report("ingest");
    std::printf("RSS above idle: %.1f MiB = %.1f bytes per stored line; text %.1f bytes/line "
                "(%.2fx, goal <= 2x), Docker's raw line with timestamp %.1f bytes (%.2fx)\n",
                (rss - idleRss) / 1048576.0, perLine, textPerLine, perLine / textPerLine,
                rawPerLine, perLine / rawPerLine);

    // Search over the stored lines: full scans (a pattern found nowhere), median of 7.
    const auto timeScan = [&](const core::LogMatcher& m) {
        QList<double> ms;
        int hits = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer t;
            t.start();
            hits = 0;
            for (qsizetype i = 0; i < store.size(); ++i)
                hits += m.matches(store.at(i).text);
            ms << t.nsecsElapsed() / 1e6;
        }
        return std::pair(median(ms), hits);
    };
    const auto [regexMs, regexHits] =
        timeScan(core::LogMatcher(QStringLiteral("tasks/[0-9a-f]{7}z|timeout \\d+"), true, false));
    const auto [someMs, someHits] =
        timeScan(core::LogMatcher(QStringLiteral("tasks/0+[1-9a-f]+ "), true, true));
    const auto [plainMs, plainHits] =
        timeScan(core::LogMatcher(QStringLiteral("NOT THERE"), false, false));
    std::printf("search over %lld stored lines, median of 7: regex (no match, case-insensitive) "
                "%.1f ms; regex with %d matches %.1f ms; plain case-insensitive %.1f ms "
                "(goal < 100 ms)\n",
                static_cast<long long>(store.size()), regexMs, someHits, someMs, plainMs);
    // The page's own next/previous over the same rows (no match: a full wrap).
    QElapsedTimer t;
    t.start();
    const int found = page.model()->find(
        core::LogMatcher(QStringLiteral("tasks/[0-9a-f]{7}z"), true, true), 0, true);
    std::printf("page find-next, no match (full wrap): %.1f ms (found %d)\n",
                t.nsecsElapsed() / 1e6, found);
    Q_UNUSED(regexHits);
    Q_UNUSED(plainHits);
    return exportAll(app, page, tail, expected, dir.filePath(QStringLiteral("export.log")));
}
