#pragma once

#include "chartsview.h"
#include "monitor/monitorhub.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace artgen::core {
class ActiveServices;
}

namespace artgen::gui {

// Moves the Charts page: on a one-second tick while the page is visible and not paused, reads
// each chart's window from the active profile's MetricHistory (downsampled in core to the
// chart's width, so the cost is the same for 5 min and 24 h) and fills the charts; on every
// sample or fault of a source, updates its card. Follows a profile switch. Exports a chart as
// PNG and its data as CSV, written off the UI thread.
class ChartsController : public QObject
{
    Q_OBJECT

public:
    ChartsController(core::ActiveServices& services, ChartsView* view, QObject* parent = nullptr);

    // The page is shown (true) or hidden: a hidden page draws nothing.
    void setVisible(bool visible);
    core::MonitorHub* hub() const { return m_hub; }
    // One redraw now (the tick's work), for tests and the benchmark.
    void redraw();
    void exportPng(ChartsView::Chart chart, const QString& path);
    void exportCsv(ChartsView::Chart chart, const QString& path);

    // The card levels, pure so they are tested without a stack.
    static StatusCard::Level postgresLevel(const core::PgSnapshot& s, const core::Thresholds& t);
    static StatusCard::Level redisLevel(const core::RedisSnapshot& s, const core::Thresholds& t);

Q_SIGNALS:
    // A PNG or CSV was written (or failed: `error` says why).
    void exported(const QString& path, const QString& error);

private:
    void follow();
    void configureCharts();
    void updateCards();
    void updateCard(core::MonitorHub::Source source);
    void updatePostgresCard();
    void updateRedisCard();
    void updateCeleryCard();
    void updateApiCard();
    void updateContainersCard();
    // "…" and what the card waits for, until its source has said something; false after.
    bool showPending(StatusCard* card, bool heard, const QString& waiting);
    void faultCard(StatusCard* card, const core::SourceFault& fault);
    ChartColumns columnsOf(const QString& id, qint64 from, qint64 to, int width,
                           double scale) const;
    QStringList idsOf(ChartsView::Chart chart) const;

    core::ActiveServices& m_services;
    ChartsView* m_view;
    QPointer<core::MonitorHub> m_hub;
    QTimer* m_tick = nullptr;
    bool m_visible = false;
    QStringList m_containerLines; // services whose lines the container charts have
};

} // namespace artgen::gui
