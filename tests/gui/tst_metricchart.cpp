// The Charts page's building blocks without a stack: what a chart draws for columns with gaps,
// stacked areas, thresholds and the hover line; what a status card says.
#include "charts/metricchart.h"
#include "charts/statuscard.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace artgen::gui;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

ChartColumns columns(const QList<double>& values)
{
    ChartColumns out;
    for (int i = 0; i < values.size(); ++i) {
        ChartColumn c;
        c.t = kT0 + i * 1000;
        c.min = c.max = c.avg = values[i];
        out.append(c);
    }
    return out;
}

QList<QLineSeries*> visibleLines(MetricChart& chart)
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : chart.findChild<QChartView*>()->chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->isVisible())
            out.append(line);
    }
    return out;
}

} // namespace

class TestMetricChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gapSplitsTheLineAndIsNeverZero()
    {
        MetricChart chart;
        chart.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue}});
        chart.setWindow(kT0, kT0 + 9000);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        chart.setColumns(QStringLiteral("a"), columns({1, 2, nan, nan, 5, 6, nan, 8}));
        QCOMPARE(chart.segmentCount(QStringLiteral("a")), 3);
        for (const QPolygonF& run : chart.drawn(QStringLiteral("a"))) {
            for (const QPointF& p : run)
                QVERIFY2(p.y() != 0 && !std::isnan(p.y()), "a gap must not be drawn as a value");
        }
        // The source came back without gaps: the extra segments are hidden, not left stale.
        chart.setColumns(QStringLiteral("a"), columns({1, 2, 3}));
        QCOMPARE(chart.segmentCount(QStringLiteral("a")), 1);
    }

    void envelopeKeepsASpikeWithinAColumn()
    {
        MetricChart chart;
        chart.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue}});
        chart.setWindow(kT0, kT0 + 3000);
        ChartColumns cols = columns({1, 1, 1});
        cols[1].max = 40; // one sample of 40 among 1s in the middle column
        cols[1].avg = 2;
        chart.setColumns(QStringLiteral("a"), cols);
        const auto runs = chart.drawn(QStringLiteral("a"));
        QCOMPARE(runs.size(), 1);
        double top = 0;
        for (const QPointF& p : runs.front())
            top = std::max(top, p.y());
        QCOMPARE(top, 40.0);
        auto* axis = qobject_cast<QValueAxis*>(
            chart.findChild<QChartView*>()->chart()->axes(Qt::Vertical).front());
        QVERIFY(axis->max() >= 40);
    }

    void stackedAreasSumTheMeans()
    {
        MetricChart chart;
        chart.setLines({{QStringLiteral("active"), QStringLiteral("active"), Qt::green},
                        {QStringLiteral("idle"), QStringLiteral("idle"), Qt::gray}},
                       true);
        chart.setWindow(kT0, kT0 + 3000);
        chart.setColumns(QStringLiteral("active"), columns({2, 3, 4}));
        chart.setColumns(QStringLiteral("idle"), columns({10, 10, 10}));
        // "idle" sits on "active": its area's top is the sum, its bottom the one below.
        const auto idle = chart.drawn(QStringLiteral("idle"));
        QCOMPARE(idle.size(), 1);
        QCOMPARE(idle.front().size(), 6); // three columns along the top, three back
        QCOMPARE(idle.front().at(2), QPointF(kT0 + 2000, 14.0));
        QCOMPARE(idle.front().at(3), QPointF(kT0 + 2000, 4.0));
        QCOMPARE(chart.drawn(QStringLiteral("active")).front().at(2), QPointF(kT0 + 2000, 4.0));
    }

    void thresholdLineSpansTheWindowAndLiftsTheAxis()
    {
        MetricChart chart;
        chart.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue}});
        chart.setWindow(kT0, kT0 + 60'000);
        chart.setColumns(QStringLiteral("a"), columns({3, 4}));
        chart.setThreshold(QStringLiteral("warn"), QStringLiteral("warn 100"), 100, Qt::red);
        bool inLegend = false; // its series carries the legend entry
        for (QLineSeries* line : visibleLines(chart))
            inLegend = inLegend || line->name() == QStringLiteral("warn 100");
        QVERIFY(inLegend);
        const QPolygonF threshold = chart.drawnThreshold(QStringLiteral("warn"));
        QCOMPARE(threshold.size(), 2);
        QCOMPARE(threshold.front(), QPointF(kT0, 100));
        QCOMPARE(threshold.back(), QPointF(kT0 + 60'000, 100));
        auto* axis = qobject_cast<QValueAxis*>(
            chart.findChild<QChartView*>()->chart()->axes(Qt::Vertical).front());
        QVERIFY(axis->max() >= 100);
        chart.setThreshold(QStringLiteral("warn"), QString(), 0, Qt::red);
        QCOMPARE(visibleLines(chart).size(), 1);
        QVERIFY(chart.drawnThreshold(QStringLiteral("warn")).isEmpty());
    }

    void hoverShowsTheValuesUnderTheMouse()
    {
        MetricChart chart;
        chart.setLines({{QStringLiteral("a"), QStringLiteral("clients"), Qt::blue}});
        chart.setUnit(QStringLiteral("ms"));
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setWindow(kT0, kT0 + 4000);
        chart.setColumns(QStringLiteral("a"), columns({7, 7, 42, 42, 42}));
        auto* view = chart.findChild<QChartView*>();
        const QPointF at = view->chart()->mapToPosition(QPointF(kT0 + 3000, 42));
        QTest::mouseMove(view->viewport(), view->mapFromScene(at));
        QTRY_VERIFY(chart.hoverText().contains(QStringLiteral("clients 42 ms")));
    }

    void cardSaysItsLevelInWordsAndColour()
    {
        StatusCard card;
        card.setTitle(QStringLiteral("PostgreSQL"));
        QCOMPARE(card.level(), StatusCard::Level::Unknown);
        card.show(StatusCard::Level::Warning, QStringLiteral("104"),
                  QStringLiteral("over the warning level of 100"));
        QCOMPARE(card.property("level").toInt(), int(StatusCard::Level::Warning));
        QCOMPARE(card.value(), QStringLiteral("104"));
        QVERIFY(card.accessibleDescription().contains(QStringLiteral("warning level")));
        QCOMPARE(card.accessibleName(), QStringLiteral("PostgreSQL"));
    }

    void formatValueIsLocaleAware()
    {
        QLocale::setDefault(QLocale(QLocale::Russian));
        QCOMPARE(MetricChart::formatValue(3.25), QStringLiteral("3,25"));
        QCOMPARE(MetricChart::formatValue(12345), QStringLiteral("12\u00a0345"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(MetricChart::formatValue(std::numeric_limits<double>::quiet_NaN()),
                 QStringLiteral("—"));
    }
};

QTEST_MAIN(TestMetricChart)
#include "tst_metricchart.moc"
