// Redraw of every chart of the Charts page holding a full history: the demo stack's series
// filled with 24 h of 1 s samples (Celery at 10 s, the API at 2 s, as the hub keeps them), then
// the controller's redraw (read from core, downsampled to each chart's width) and a paint of the
// whole page, for each window. Prints medians; the goal is < 16 ms.
//   bench_charts_redraw [RUNS]
#include "charts/chartscontroller.h"
#include "charts/chartspage.h"
#include "charts/chartsview.h"
#include "monitor/monitorhub.h"
#include "monitor/monitorseries.h"
#include "postgres/pgsnapshot.h"
#include "session/activeservices.h"
#include "stackconfig/stacklocator.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace artgen;
using core::MonitorSeries;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

void fill(core::MetricHistory& history, const QString& id, qint64 stepMs, double base,
          double spread, qint64 now)
{
    auto* random = QRandomGenerator::global();
    for (qint64 t = now - 24 * 3600 * 1000LL + stepMs; t <= now; t += stepMs)
        history.append(id, t, base + spread * random->generateDouble());
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 21;
    core::ActiveServices services;
    services.activate(
        core::Profile::fromStackDir(core::StackLocator::demoStackDir(), QStringLiteral("Demo")));
    core::MonitorHub* hub = services.monitors(); // not started: the bench writes its history
    core::MetricHistory& history = hub->history();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer fillTimer;
    fillTimer.start();
    for (const QString& state : core::PgSnapshot::states())
        fill(history, MonitorSeries::postgresState(state), 1000, 2, 10, now);
    for (const QString& id :
         {MonitorSeries::postgresTotal(), MonitorSeries::postgresMax(),
          MonitorSeries::postgresHeadroom(), MonitorSeries::postgresTps(),
          MonitorSeries::redisClients(), MonitorSeries::redisBlocked(), MonitorSeries::redisOps(),
          MonitorSeries::redisMemory(), MonitorSeries::celeryQueue()})
        fill(history, id, 1000, 10, 20, now);
    for (const QString& id : {MonitorSeries::celeryActive(), MonitorSeries::celeryReserved()})
        fill(history, id, 10000, 0, 12, now);
    for (const QString& id : {MonitorSeries::apiLatency(), MonitorSeries::apiStatus()})
        fill(history, id, 2000, 5, 30, now);
    for (const QString& service :
         {QStringLiteral("backend"), QStringLiteral("celery"), QStringLiteral("frontend"),
          QStringLiteral("postgres"), QStringLiteral("redis")}) {
        fill(history, MonitorSeries::containerCpu(service), 1000, 1, 30, now);
        fill(history, MonitorSeries::containerMemory(service), 1000, 50e6, 10e6, now);
    }
    std::printf("history: %d series, %.1f MiB, filled in %.1f s\n", history.seriesCount(),
                history.bytes() / 1048576.0, fillTimer.elapsed() / 1000.0);

    gui::ChartsPage page(services);
    page.resize(1600, 1000);
    page.show();
    QCoreApplication::processEvents();
    gui::ChartsView* view = page.view();
    for (qint64 window : {5 * 60 * 1000LL, 3600 * 1000LL, 24 * 3600 * 1000LL}) {
        view->setWindowMs(window);
        QList<double> redraw;
        QList<double> paint;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            page.controller()->redraw();
            const qint64 read = t.nsecsElapsed();
            for (gui::ChartsView::Chart chart : gui::ChartsView::charts())
                view->chart(chart)->repaint();
            QCoreApplication::processEvents();
            paint.append((t.nsecsElapsed() - read) / 1e6);
            redraw.append(read / 1e6);
        }
        std::printf("window %5lld min: redraw (read + set) median %.2f ms, paint median %.2f ms, "
                    "total %.2f ms (%d runs, 8 charts at %d px)\n",
                    window / 60000, median(redraw), median(paint), median(redraw) + median(paint),
                    runs, view->chart(gui::ChartsView::Chart::RedisClients)->width());
    }
    return 0;
}
