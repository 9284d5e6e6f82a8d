#include "chartscontroller.h"

#include "monitor/monitorseries.h"
#include "session/activeservices.h"
#include "util/humanformat.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

namespace artgen::gui {

namespace {

using core::MonitorHub;
using core::MonitorSeries;
using Chart = ChartsView::Chart;
using Card = ChartsView::Card;

constexpr double kMiB = 1024.0 * 1024.0;

const QList<QColor> kPalette = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c),
                                QColor(0xd62728), QColor(0x9467bd), QColor(0x8c564b),
                                QColor(0xe377c2), QColor(0x7f7f7f)};

// The plot's width in pixels, less the axis labels: one column per pixel.
int columnsFor(const MetricChart* chart)
{
    return std::clamp(chart->width() - 80, 60, 4000);
}

QString stateLabel(const QString& state)
{
    if (state == QStringLiteral("active"))
        return ChartsController::tr("active");
    if (state == QStringLiteral("idle"))
        return ChartsController::tr("idle");
    // Short: five of them share a legend under a chart half the page wide.
    if (state == QStringLiteral("idle in transaction"))
        return ChartsController::tr("idle in tx");
    if (state == QStringLiteral("idle in transaction (aborted)"))
        return ChartsController::tr("aborted tx");
    return ChartsController::tr("other");
}

} // namespace

ChartsController::ChartsController(core::ActiveServices& services, ChartsView* view,
                                   QObject* parent)
    : QObject(parent), m_services(services), m_view(view)
{
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ChartsController::redraw);
    connect(view, &ChartsView::windowChanged, this, &ChartsController::redraw);
    connect(view, &ChartsView::pausedChanged, this, [this](bool paused) {
        if (paused)
            m_tick->stop();
        else if (m_visible) {
            m_tick->start();
            redraw();
        }
    });
    connect(&services, &core::ActiveServices::switched, this, &ChartsController::follow);
    follow();
}

void ChartsController::setVisible(bool visible)
{
    m_visible = visible;
    if (visible && !m_view->isPaused()) {
        m_tick->start();
        redraw();
    } else {
        m_tick->stop();
    }
}

void ChartsController::follow()
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = m_services.monitors();
    m_containerLines.clear();
    configureCharts();
    for (auto source :
         {MonitorHub::Source::Postgres, MonitorHub::Source::Redis, MonitorHub::Source::Celery,
          MonitorHub::Source::Api, MonitorHub::Source::Containers})
        updateCard(source);
    if (!m_hub)
        return;
    connect(m_hub, &MonitorHub::sampled, this, &ChartsController::updateCard);
    connect(m_hub, &MonitorHub::faultChanged, this,
            [this](MonitorHub::Source source, const core::SourceFault&) { updateCard(source); });
    if (m_visible)
        redraw();
}

void ChartsController::configureCharts()
{
    QList<MetricChart::Line> states;
    const QStringList all = core::PgSnapshot::states();
    for (int i = 0; i < all.size(); ++i)
        states.append({MonitorSeries::postgresState(all[i]), stateLabel(all[i]), kPalette[i]});
    m_view->chart(Chart::PostgresConnections)->setLines(states, true);
    m_view->chart(Chart::RedisClients)
        ->setLines({{MonitorSeries::redisClients(), tr("clients"), kPalette[0]},
                    {MonitorSeries::redisBlocked(), tr("blocked"), kPalette[3]}});
    m_view->chart(Chart::RedisOps)
        ->setLines({{MonitorSeries::redisOps(), tr("operations/s"), kPalette[0]}});
    m_view->chart(Chart::RedisMemory)
        ->setLines({{MonitorSeries::redisMemory(), tr("used"), kPalette[4]}});
    m_view->chart(Chart::RedisMemory)->setUnit(tr("MiB"));
    m_view->chart(Chart::CeleryQueue)
        ->setLines({{MonitorSeries::celeryQueue(), tr("queued"), kPalette[1]},
                    {MonitorSeries::celeryActive(), tr("active"), kPalette[2]}});
    m_view->chart(Chart::ApiLatency)
        ->setLines({{MonitorSeries::apiLatency(), tr("latency"), kPalette[0]}});
    m_view->chart(Chart::ApiLatency)->setUnit(tr("ms"));
    m_view->chart(Chart::ContainerCpu)->setUnit(QStringLiteral("%"));
    m_view->chart(Chart::ContainerMemory)->setUnit(tr("MiB"));
    m_view->chart(Chart::ContainerCpu)->setLines({});
    m_view->chart(Chart::ContainerMemory)->setLines({});
}

void ChartsController::redraw()
{
    if (!m_hub)
        return;
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - m_view->windowMs();

    // Container lines follow the services seen so far; with no listing yet (Docker down), the
    // ones the history still holds.
    QStringList services;
    if (const auto& stack = m_hub->stack()) {
        for (const auto& s : stack->services)
            services << s.service;
    } else {
        for (const QString& id : m_hub->history().ids()) {
            if (id.startsWith(QStringLiteral("container.")) && id.endsWith(QStringLiteral(".cpu")))
                services << id.section(QLatin1Char('.'), 1, -2);
        }
        services.sort();
    }
    {
        if (services != m_containerLines) {
            m_containerLines = services;
            QList<MetricChart::Line> cpu;
            QList<MetricChart::Line> memory;
            for (int i = 0; i < services.size(); ++i) {
                const QColor color = kPalette[i % kPalette.size()];
                cpu.append({MonitorSeries::containerCpu(services[i]), services[i], color});
                memory.append({MonitorSeries::containerMemory(services[i]), services[i], color});
            }
            m_view->chart(Chart::ContainerCpu)->setLines(cpu);
            m_view->chart(Chart::ContainerMemory)->setLines(memory);
        }
    }

    const core::Thresholds& t = m_hub->thresholds();
    MetricChart* pg = m_view->chart(Chart::PostgresConnections);
    pg->setThreshold(QStringLiteral("warn"),
                     t.postgresWarn > 0 ? tr("warn %L1").arg(t.postgresWarn) : QString(),
                     t.postgresWarn, QColor(0xe3a008));
    const int max = m_hub->postgres() ? m_hub->postgres()->maxConnections : 0;
    pg->setThreshold(QStringLiteral("max"), max > 0 ? tr("max %L1").arg(max) : QString(), max,
                     QColor(0xc5221f));
    MetricChart* redis = m_view->chart(Chart::RedisClients);
    redis->setThreshold(QStringLiteral("warn"),
                        t.redisWarn > 0 ? tr("warn %L1").arg(t.redisWarn) : QString(), t.redisWarn,
                        QColor(0xe3a008));
    for (Chart chart : ChartsView::charts()) {
        MetricChart* widget = m_view->chart(chart);
        const bool bytes = chart == Chart::RedisMemory || chart == Chart::ContainerMemory;
        QHash<QString, ChartColumns> data;
        for (const QString& id : idsOf(chart))
            data.insert(id, columnsOf(id, from, to, columnsFor(widget), bytes ? 1.0 / kMiB : 1.0));
        widget->setData(from, to, data);
    }
}

QStringList ChartsController::idsOf(ChartsView::Chart chart) const
{
    switch (chart) {
    case Chart::PostgresConnections:
        return MonitorSeries::postgresStates();
    case Chart::RedisClients:
        return {MonitorSeries::redisClients(), MonitorSeries::redisBlocked()};
    case Chart::RedisOps:
        return {MonitorSeries::redisOps()};
    case Chart::RedisMemory:
        return {MonitorSeries::redisMemory()};
    case Chart::CeleryQueue:
        return {MonitorSeries::celeryQueue(), MonitorSeries::celeryActive()};
    case Chart::ApiLatency:
        return {MonitorSeries::apiLatency()};
    case Chart::ContainerCpu: {
        QStringList ids;
        for (const QString& s : m_containerLines)
            ids << MonitorSeries::containerCpu(s);
        return ids;
    }
    case Chart::ContainerMemory: {
        QStringList ids;
        for (const QString& s : m_containerLines)
            ids << MonitorSeries::containerMemory(s);
        return ids;
    }
    }
    return {};
}

ChartColumns ChartsController::columnsOf(const QString& id, qint64 from, qint64 to, int width,
                                         double scale) const
{
    const auto result = m_hub->history().read(id, from, to, width);
    ChartColumns columns;
    if (!result)
        return columns;
    columns.reserve(result->columns.size());
    for (const core::SeriesPoint& p : result->columns) {
        ChartColumn c;
        c.t = p.t;
        if (p.hasValue()) {
            c.min = p.min * scale;
            c.max = p.max * scale;
            c.avg = p.avg * scale;
        }
        columns.append(c);
    }
    return columns;
}

StatusCard::Level ChartsController::postgresLevel(const core::PgSnapshot& s,
                                                  const core::Thresholds& t)
{
    switch (t.postgres(s.maxConnections).levelOf(s.total)) {
    case core::Threshold::Level::Critical:
        return StatusCard::Level::Critical;
    case core::Threshold::Level::Warn:
        return StatusCard::Level::Warning;
    case core::Threshold::Level::Ok:
        break;
    }
    return s.limitReached() ? StatusCard::Level::Critical : StatusCard::Level::Ok;
}

StatusCard::Level ChartsController::redisLevel(const core::RedisSnapshot& s,
                                               const core::Thresholds& t)
{
    switch (t.redis().levelOf(double(s.connectedClients))) {
    case core::Threshold::Level::Critical:
        return StatusCard::Level::Critical;
    case core::Threshold::Level::Warn:
        return StatusCard::Level::Warning;
    case core::Threshold::Level::Ok:
        break;
    }
    return StatusCard::Level::Ok;
}

void ChartsController::updateCards()
{
    for (auto source :
         {MonitorHub::Source::Postgres, MonitorHub::Source::Redis, MonitorHub::Source::Celery,
          MonitorHub::Source::Api, MonitorHub::Source::Containers})
        updateCard(source);
}

void ChartsController::updateCard(MonitorHub::Source source)
{
    switch (source) {
    case MonitorHub::Source::Postgres:
        return updatePostgresCard();
    case MonitorHub::Source::Redis:
        return updateRedisCard();
    case MonitorHub::Source::Celery:
        return updateCeleryCard();
    case MonitorHub::Source::Api:
        return updateApiCard();
    case MonitorHub::Source::Containers:
        return updateContainersCard();
    }
}

bool ChartsController::showPending(StatusCard* card, bool heard, const QString& waiting)
{
    if (heard)
        return false;
    card->show(StatusCard::Level::Unknown, QStringLiteral("…"),
               m_hub && m_hub->isRunning() ? waiting : tr("Monitoring is off."));
    return true;
}

void ChartsController::faultCard(StatusCard* card, const core::SourceFault& fault)
{
    QString kind;
    switch (fault.kind) {
    case core::SourceFault::Kind::AuthenticationFailed:
        kind = tr("authentication failed");
        break;
    case core::SourceFault::Kind::LimitReached:
        kind = tr("connection limit reached");
        break;
    case core::SourceFault::Kind::Timeout:
        kind = tr("no answer");
        break;
    case core::SourceFault::Kind::Unreachable:
        kind = tr("unreachable");
        break;
    default:
        kind = tr("no figures");
        break;
    }
    card->show(StatusCard::Level::Fault, kind, fault.message);
}

void ChartsController::updatePostgresCard()
{
    StatusCard* card = m_view->card(Card::Postgres);
    if (showPending(card, m_hub && m_hub->hasHeardFrom(MonitorHub::Source::Postgres),
                    tr("Connecting…")))
        return;
    const core::SourceFault fault = m_hub->fault(MonitorHub::Source::Postgres);
    if (fault.isFault() &&
        !(fault.kind == core::SourceFault::Kind::LimitReached && m_hub->postgres()))
        return faultCard(card, fault);
    const core::PgSnapshot& s = *m_hub->postgres();
    QString detail = tr("%L1 of %L2 slots free · warning at %L3")
                         .arg(s.headroom())
                         .arg(s.maxConnections)
                         .arg(m_hub->thresholds().postgresWarn);
    if (fault.kind == core::SourceFault::Kind::LimitReached)
        detail = fault.message;
    card->show(postgresLevel(s, m_hub->thresholds()), QLocale().toString(s.total), detail);
}

void ChartsController::updateRedisCard()
{
    StatusCard* card = m_view->card(Card::Redis);
    if (showPending(card, m_hub && m_hub->hasHeardFrom(MonitorHub::Source::Redis),
                    tr("Connecting…")))
        return;
    const core::SourceFault fault = m_hub->fault(MonitorHub::Source::Redis);
    if (fault.isFault() || !m_hub->redis())
        return faultCard(card, fault);
    const core::RedisSnapshot& s = *m_hub->redis();
    card->show(redisLevel(s, m_hub->thresholds()), QLocale().toString(s.connectedClients),
               tr("warning at %L1 · %L2 ops/s · %3")
                   .arg(m_hub->thresholds().redisWarn)
                   .arg(s.opsPerSec)
                   .arg(core::HumanFormat::bytes(s.usedMemory)));
}

void ChartsController::updateCeleryCard()
{
    StatusCard* card = m_view->card(Card::Celery);
    if (showPending(card, m_hub && m_hub->hasHeardFrom(MonitorHub::Source::Celery),
                    tr("Asking the workers…")))
        return;
    const core::SourceFault fault = m_hub->fault(MonitorHub::Source::Celery);
    if (fault.isFault() || !m_hub->celery())
        return faultCard(card, fault);
    const core::CelerySnapshot& s = *m_hub->celery();
    const qint64 queued = m_hub->redis() ? m_hub->redis()->queuedTotal() : 0;
    card->show(s.workers.isEmpty() ? StatusCard::Level::Critical : StatusCard::Level::Ok,
               QStringLiteral("%1 / %2").arg(QLocale().toString(s.active()),
                                             QLocale().toString(s.concurrency())),
               tr("busy · %Ln worker(s) · %1 queued", nullptr, int(s.workers.size()))
                   .arg(QLocale().toString(queued)));
}

void ChartsController::updateApiCard()
{
    StatusCard* card = m_view->card(Card::Api);
    if (showPending(card, m_hub && m_hub->api(), tr("Probing…")))
        return;
    const core::ApiProbeResult& r = *m_hub->api();
    if (!r.ok())
        return faultCard(card, r.fault);
    card->show(StatusCard::Level::Ok, tr("%1 ms").arg(MetricChart::formatValue(r.latencyMs)),
               tr("HTTP %1 from %2").arg(r.status).arg(r.url.toDisplayString()));
}

void ChartsController::updateContainersCard()
{
    StatusCard* card = m_view->card(Card::Containers);
    if (showPending(card, m_hub && m_hub->stack(), tr("Listing…")))
        return;
    const core::SourceFault fault = m_hub->fault(MonitorHub::Source::Containers);
    if (fault.isFault())
        return faultCard(card, fault);
    const core::StackStatus& s = *m_hub->stack();
    int running = 0;
    double cpu = 0;
    qint64 memory = 0;
    for (const core::ServiceStatus& service : s.services) {
        if (service.state == QStringLiteral("running"))
            ++running;
        cpu += std::max(0.0, service.figures.cpuPercent);
        memory += std::max<qint64>(0, service.figures.memoryBytes);
    }
    const int total = int(s.services.size());
    card->show(
        running == total ? StatusCard::Level::Ok : StatusCard::Level::Critical,
        QStringLiteral("%1 / %2").arg(QLocale().toString(running), QLocale().toString(total)),
        tr("running · CPU %1 % · memory %2")
            .arg(MetricChart::formatValue(cpu), core::HumanFormat::bytes(memory)));
}

void ChartsController::exportPng(ChartsView::Chart chart, const QString& path)
{
    // Grabbing is painting (UI thread, milliseconds); encoding and writing are not.
    const QImage image = m_view->chart(chart)->image();
    QtConcurrent::run([image, path]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return file.errorString().isEmpty() ? tr("The image could not be encoded.")
                                                : file.errorString();
        return {};
    }).then(this, [this, path](const QString& error) { Q_EMIT exported(path, error); });
}

void ChartsController::exportCsv(ChartsView::Chart chart, const QString& path)
{
    if (!m_hub)
        return;
    // The window at full resolution: the history's own slots, not the screen's columns.
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - m_view->windowMs();
    const int columns = int(std::min<qint64>(m_view->windowMs() / 1000, 86'400));
    QList<QPair<QString, core::Downsampler::Result>> data;
    for (const QString& id : idsOf(chart)) {
        if (auto result = m_hub->history().read(id, from, to, columns))
            data.append({id, *result});
    }
    QtConcurrent::run([data, path]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write("time,series,min,max,mean\n");
        for (const auto& [id, result] : data) {
            for (const core::SeriesPoint& p : result.columns) {
                if (!p.hasValue())
                    continue;
                file.write(QStringLiteral("%1,%2,%3,%4,%5\n")
                               .arg(QDateTime::fromMSecsSinceEpoch(p.t, Qt::UTC)
                                        .toString(Qt::ISODateWithMs),
                                    id)
                               .arg(p.min, 0, 'g', 10)
                               .arg(p.max, 0, 'g', 10)
                               .arg(p.avg, 0, 'g', 10)
                               .toUtf8());
            }
        }
        return file.commit() ? QString() : file.errorString();
    }).then(this, [this, path](const QString& error) { Q_EMIT exported(path, error); });
}

} // namespace artgen::gui
