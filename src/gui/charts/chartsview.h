#pragma once

#include "metricchart.h"
#include "statuscard.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace artgen::gui {

// The Charts page's widgets and nothing else: the status cards, the window buttons (5 min, 1 h,
// 24 h), Pause, the charts in a grid, and the tabs beneath (sessions, Redis clients). The
// controller fills them; the view only lays them out and translates its own words.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Card { Postgres, Redis, Celery, Api, Containers };
    Q_ENUM(Card)
    enum class Chart {
        PostgresConnections,
        RedisClients,
        RedisOps,
        RedisMemory,
        CeleryQueue,
        ApiLatency,
        ContainerCpu,
        ContainerMemory
    };
    Q_ENUM(Chart)

    explicit ChartsView(QWidget* parent = nullptr);

    StatusCard* card(Card card) const;
    MetricChart* chart(Chart chart) const;
    static QList<Chart> charts();
    // The visible window in milliseconds: 5 min, 1 h or 24 h.
    qint64 windowMs() const;
    void setWindowMs(qint64 ms);
    bool isPaused() const;
    // Adds a tab below the charts (sessions, Redis clients); the view takes ownership.
    void addTab(QWidget* tab, const QString& title);
    void setTabTitle(QWidget* tab, const QString& title);
    QPushButton* terminateIdleButton() const { return m_terminateIdle; }
    QPushButton* alertsButton() const { return m_alerts; }
    QLabel* statusLine() const { return m_status; }
    // Charts per row: 2 when the charts area is wide enough for two readable charts, else 1.
    int columns() const { return m_columns; }

Q_SIGNALS:
    void windowChanged(qint64 ms);
    void pausedChanged(bool paused);
    void chartMenuRequested(artgen::gui::ChartsView::Chart chart, const QPoint& globalPos);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildCards();
    QWidget* buildCharts();
    void retranslate();
    void layoutCharts(int width);

    QHash<Card, StatusCard*> m_cards;
    QHash<Chart, MetricChart*> m_charts;
    QButtonGroup* m_windows = nullptr;
    QList<QAbstractButton*> m_windowButtons;
    QPushButton* m_pause = nullptr;
    QPushButton* m_terminateIdle = nullptr;
    QPushButton* m_alerts = nullptr;
    QLabel* m_windowLabel = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_chartsViewport = nullptr;
    int m_columns = 0;
};

} // namespace artgen::gui
