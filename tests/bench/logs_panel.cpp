// The Logs page following a container that printed a million lines: the longest stall of the
// UI event loop while the batches come in, RSS above the idle page per stored line, and a
// regular-expression search over the stored lines. Prints figures; judges nothing (timing
// thresholds do not belong in ctest). Run through tests/bench/logs.sh.
//   bench_logs_panel CONTAINER EXPECTED_LINES

#include "docker/dockerclient.h"
#include "logs/logsmodel.h"
#include "logs/logspage.h"
#include "settings/settingsstore.h"
#include "stackconfig/stacklocator.h"
#include "util/workerthread.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

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

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_logs_panel CONTAINER EXPECTED_LINES\n");
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

    core::WorkerThread thread(QStringLiteral("docker"));
    auto* docker = new core::DockerClient(core::DockerEndpoint::fromEnvironment());
    thread.adopt(docker);

    gui::LogsPage page(*docker, settings);
    page.resize(1100, 700);
    page.show();
    // Idle: the page up, with the default start (last 1000 lines) read.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 3000)
        app.processEvents(QEventLoop::AllEvents, 50);
    page.model()->clear();
    app.processEvents();
    const qint64 idleRss = rssBytes();

    // Follow from the very beginning: every line of the container goes through the page.
    auto* tail = page.findChild<QComboBox*>(QStringLiteral("initialLines"));
    tail->setCurrentIndex(tail->findData(-1));
    QElapsedTimer clock;
    qint64 maxStallMs = 0;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxStallMs = std::max(maxStallMs, now - lastTick);
        lastTick = now;
    });
    clock.start();
    ticker.start(5);
    Q_EMIT tail->activated(tail->currentIndex());
    const core::LogStore& store = page.model()->store();
    qint64 doneMs = -1;
    while (clock.elapsed() < 600000) {
        app.processEvents(QEventLoop::WaitForMoreEvents, 20);
        if (store.size() + store.droppedCount() >= expected) {
            doneMs = clock.elapsed();
            break;
        }
    }
    ticker.stop();
    if (doneMs < 0) {
        std::fprintf(stderr, "only %lld of %lld lines arrived\n",
                     static_cast<long long>(store.size() + store.droppedCount()),
                     static_cast<long long>(expected));
        return 1;
    }
    // Let the last batches and repaints settle, then measure memory.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 1000)
        app.processEvents(QEventLoop::AllEvents, 50);
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
    std::printf("longest UI event-loop stall while ingesting: %lld ms (goal < 50 ms)\n",
                static_cast<long long>(maxStallMs));
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
    return 0;
}
