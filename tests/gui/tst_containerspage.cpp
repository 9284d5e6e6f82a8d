#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "job/jobrunner.h"
#include "session/activeservices.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace artgen;

// The Containers page's table without a stack: its model is fed snapshots directly. Sorting by
// a header click, the actions acting on the row the user sees selected after sorting and after
// updates, column widths that keep still, and how a stopped container reads.
class TestContainersPage : public QObject
{
    Q_OBJECT

    static core::ServiceStatus service(const QString& name, qint64 memory, double cpu)
    {
        core::ServiceStatus s;
        s.service = name;
        s.container = QStringLiteral("art_generation_") + name;
        s.state = QStringLiteral("running");
        s.health = QStringLiteral("healthy");
        s.figures.memoryBytes = memory;
        s.figures.cpuPercent = cpu;
        return s;
    }

    static core::StackStatus stack(qint64 backendMemory, double cpu)
    {
        core::StackStatus st;
        st.services = {service(QStringLiteral("backend"), backendMemory, cpu),
                       service(QStringLiteral("celery"), 500'000'000, cpu),
                       service(QStringLiteral("redis"), 9'000'000, cpu)};
        return st;
    }

    static QStringList shownOrder(QTableView* table)
    {
        QStringList order;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            order << table->model()->index(r, gui::ContainersModel::Service).data().toString();
        return order;
    }

private Q_SLOTS:
    void sortsAndActsOnTheSelectedService()
    {
        core::ActiveServices services;
        core::JobRunner jobs;
        gui::ContainersPage page(services, jobs);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableView*>(QStringLiteral("containersTable"));
        new QAbstractItemModelTester(table->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.model()->setStatus(stack(100'000'000, 1.5));
        // The stack's own order until the user sorts.
        QCOMPARE(shownOrder(table),
                 (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                              QStringLiteral("redis")}));

        // Memory sorts by bytes (9 MB < 100 MB < 500 MB), not by the text.
        QHeaderView* header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(gui::ContainersModel::Memory) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(header->sortIndicatorSection(), int(gui::ContainersModel::Memory));
        QCOMPARE(shownOrder(table), (QStringList{QStringLiteral("redis"), QStringLiteral("backend"),
                                                 QStringLiteral("celery")}));

        // The second row on screen is backend: the actions act on backend.
        table->selectRow(1);
        QSignalSpy logs(&page, &gui::ContainersPage::logsRequested);
        auto* logsButton = page.findChild<QPushButton*>(QStringLiteral("logs"));
        QTRY_VERIFY(logsButton->isEnabled());
        QTest::mouseClick(logsButton, Qt::LeftButton);
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.takeFirst().first().toString(), QStringLiteral("backend"));

        // An update moves backend to the bottom: the selection follows it, the columns keep
        // their widths although every CPU figure got longer.
        QList<int> widths;
        for (int c = 0; c < gui::ContainersModel::ColumnCount - 1; ++c)
            widths << header->sectionSize(c);
        page.model()->setStatus(stack(900'000'000, 100.25));
        QCOMPARE(shownOrder(table), (QStringList{QStringLiteral("redis"), QStringLiteral("celery"),
                                                 QStringLiteral("backend")}));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
        QTest::mouseClick(logsButton, Qt::LeftButton);
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.takeFirst().first().toString(), QStringLiteral("backend"));
        for (int c = 0; c < gui::ContainersModel::ColumnCount - 1; ++c)
            QCOMPARE(header->sectionSize(c), widths[c]);

        // Descending, then back to the stack's order.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(shownOrder(table),
                 (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                              QStringLiteral("redis")}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(header->sortIndicatorSection(), -1);
        QCOMPARE(shownOrder(table),
                 (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                              QStringLiteral("redis")}));
    }

    void aStoppedContainerShowsItsExitCodeAndNoHealth()
    {
        gui::ContainersModel model;
        core::StackStatus st = stack(1, 0);
        st.services[0].state = QStringLiteral("exited");
        st.services[0].exitCode = 137;
        st.services[0].health = QStringLiteral("unhealthy"); // Docker keeps the last one
        st.services[1].health = QStringLiteral("starting");
        model.setStatus(st);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, gui::ContainersModel::State), QStringLiteral("exited (137)"));
        QCOMPARE(cell(0, gui::ContainersModel::Health), QStringLiteral("—"));
        QCOMPARE(cell(1, gui::ContainersModel::State), QStringLiteral("running"));
        QCOMPARE(cell(1, gui::ContainersModel::Health), QStringLiteral("starting"));
        QCOMPARE(cell(2, gui::ContainersModel::Health), QStringLiteral("healthy"));
    }

    // A published port says where the host reaches it; one only exposed says it cannot.
    void publishedAndExposedPortsAreToldApart()
    {
        gui::ContainersModel model;
        core::StackStatus st = stack(1, 0);
        st.services[0].ports = {QStringLiteral("8000/tcp"),
                                QStringLiteral("127.0.0.1:18080->80/tcp")};
        model.setStatus(st);
        // Short in the cell, one a line; in full in the tooltip.
        QCOMPARE(model.index(0, gui::ContainersModel::Ports).data().toString(),
                 QStringLiteral("18080→80\n8000 internal"));
        QCOMPARE(model.index(0, gui::ContainersModel::Ports).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("127.0.0.1:18080→80/tcp\n8000/tcp (not published)"));
    }

    // compose down removes every container: its button does not read like a container's Stop.
    void bringingDownIsNotStopping()
    {
        core::ActiveServices services;
        core::JobRunner jobs;
        gui::ContainersPage page(services, jobs);
        const QString down = page.findChild<QPushButton*>(QStringLiteral("composeDown"))->text();
        const QString stop = page.findChild<QPushButton*>(QStringLiteral("stopContainer"))->text();
        QVERIFY2(down.contains(QStringLiteral("compose down")), qPrintable(down));
        QVERIFY(!down.contains(stop));
    }
};

QTEST_MAIN(TestContainersPage)
#include "tst_containerspage.moc"
