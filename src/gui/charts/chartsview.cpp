#include "chartsview.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace artgen::gui {

namespace {

constexpr qint64 kMinute = 60 * 1000;
const QList<qint64> kWindows = {5 * kMinute, 60 * kMinute, 24 * 60 * kMinute};

} // namespace

ChartsView::ChartsView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildCards());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildCharts());
    m_chartsViewport = scroll->viewport();
    m_chartsViewport->installEventFilter(this);
    m_tabs = new QTabWidget(splitter);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    retranslate();
}

StatusCard* ChartsView::card(Card card) const
{
    return m_cards.value(card);
}

MetricChart* ChartsView::chart(Chart chart) const
{
    return m_charts.value(chart);
}

QList<ChartsView::Chart> ChartsView::charts()
{
    return {Chart::PostgresConnections, Chart::RedisClients,   Chart::RedisOps,
            Chart::RedisMemory,         Chart::CeleryQueue,    Chart::ApiLatency,
            Chart::ContainerCpu,        Chart::ContainerMemory};
}

qint64 ChartsView::windowMs() const
{
    const int id = m_windows->checkedId();
    return kWindows.value(id < 0 ? 0 : id);
}

void ChartsView::setWindowMs(qint64 ms)
{
    const int index = int(kWindows.indexOf(ms));
    if (index >= 0 && index != m_windows->checkedId()) {
        m_windows->button(index)->setChecked(true);
        Q_EMIT windowChanged(ms);
    }
}

bool ChartsView::isPaused() const
{
    return m_pause->isChecked();
}

void ChartsView::addTab(QWidget* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
}

void ChartsView::setTabTitle(QWidget* tab, const QString& title)
{
    m_tabs->setTabText(m_tabs->indexOf(tab), title);
}

void ChartsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget* ChartsView::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_windowLabel = new QLabel(bar);
    row->addWidget(m_windowLabel);
    m_windows = new QButtonGroup(bar);
    m_windows->setExclusive(true);
    for (int i = 0; i < kWindows.size(); ++i) {
        auto* button = new QToolButton(bar); // compact: three short words, not three buttons
        button->setCheckable(true);
        button->setChecked(i == 0);
        m_windows->addButton(button, i);
        m_windowButtons.append(button);
        row->addWidget(button);
    }
    connect(m_windows, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT windowChanged(kWindows.value(id)); });
    m_pause = new QPushButton(bar);
    m_pause->setCheckable(true);
    connect(m_pause, &QPushButton::toggled, this, &ChartsView::pausedChanged);
    row->addWidget(m_pause);
    m_status = new QLabel(bar);
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_alerts = new QPushButton(bar);
    row->addWidget(m_alerts);
    m_terminateIdle = new QPushButton(bar);
    row->addWidget(m_terminateIdle);
    return bar;
}

QWidget* ChartsView::buildCards()
{
    auto* strip = new QWidget(this);
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    for (Card card : {Card::Postgres, Card::Redis, Card::Celery, Card::Api, Card::Containers}) {
        auto* widget = new StatusCard(strip);
        m_cards.insert(card, widget);
        row->addWidget(widget, 1);
    }
    return strip;
}

QWidget* ChartsView::buildCharts()
{
    auto* area = new QWidget(this);
    m_grid = new QGridLayout(area);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (Chart which : charts()) {
        auto* chart = new MetricChart(area);
        chart->setMinimumHeight(240);
        connect(chart, &MetricChart::contextMenuRequested, this,
                [this, which](const QPoint& pos) { Q_EMIT chartMenuRequested(which, pos); });
        m_charts.insert(which, chart);
    }
    layoutCharts(0);
    return area;
}

bool ChartsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chartsViewport && event->type() == QEvent::Resize)
        layoutCharts(m_chartsViewport->width());
    return QWidget::eventFilter(watched, event);
}

void ChartsView::layoutCharts(int width)
{
    // Below ~1 100 px two charts side by side squeeze their legends and time labels into
    // ellipses: one per row then, and the area scrolls.
    const int columns = width >= 1100 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    const auto all = charts();
    for (MetricChart* chart : std::as_const(m_charts))
        m_grid->removeWidget(chart);
    for (int i = 0; i < all.size(); ++i)
        m_grid->addWidget(m_charts[all[i]], i / columns, i % columns);
}

void ChartsView::retranslate()
{
    m_windowLabel->setText(tr("Window:"));
    const QStringList windows = {tr("5 min"), tr("1 h"), tr("24 h")};
    for (int i = 0; i < m_windowButtons.size(); ++i) {
        m_windowButtons[i]->setText(windows.value(i));
        m_windowButtons[i]->setAccessibleName(tr("Show the last %1").arg(windows.value(i)));
    }
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Stop moving the charts; sampling and alerts go on."));
    m_alerts->setText(tr("Thresholds and alerts…"));
    m_alerts->setToolTip(tr("This profile's warning and critical levels, hold times and muted "
                            "alerts."));
    m_terminateIdle->setText(tr("Terminate idle connections…"));
    m_terminateIdle->setToolTip(
        tr("End PostgreSQL sessions idle for longer than a limit you choose; lists them first."));
    m_cards[Card::Postgres]->setTitle(tr("PostgreSQL connections"));
    m_cards[Card::Redis]->setTitle(tr("Redis clients"));
    m_cards[Card::Celery]->setTitle(tr("Celery"));
    m_cards[Card::Api]->setTitle(tr("API health"));
    m_cards[Card::Containers]->setTitle(tr("Containers"));
    m_charts[Chart::PostgresConnections]->setTitle(tr("PostgreSQL connections by state"));
    m_charts[Chart::RedisClients]->setTitle(tr("Redis clients"));
    m_charts[Chart::RedisOps]->setTitle(tr("Redis operations per second"));
    m_charts[Chart::RedisMemory]->setTitle(tr("Redis memory"));
    m_charts[Chart::CeleryQueue]->setTitle(tr("Celery queue and active tasks"));
    m_charts[Chart::ApiLatency]->setTitle(tr("API latency"));
    m_charts[Chart::ContainerCpu]->setTitle(tr("CPU per container"));
    m_charts[Chart::ContainerMemory]->setTitle(tr("Memory per container"));
}

} // namespace artgen::gui
