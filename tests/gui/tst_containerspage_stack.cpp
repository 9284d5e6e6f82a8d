#include "../integration/stackfixture.h"
#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "containers/processesdialog.h"
#include "containers/rundialog.h"
#include "docker/dockerclient.h"
#include "job/jobrunner.h"
#include "logs/logspage.h"
#include "logs/sourcechooser.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "util/workerthread.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;

// The Containers page against the running demo stack, with a service the profile does not name
// (a container carrying the project's compose labels, started by hand): it is a row like the
// others, and Logs…, Processes… and Run command… act on it. Skips without the stack (fails
// under CI=true / ARTGEN_REQUIRE_STACK=1).
class TestContainersPageStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowOf(const gui::ContainersModel& model, const QString& service)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.serviceAt(r)->service == service)
                return r;
        return -1;
    }

private Q_SLOTS:
    void extraServiceIsARowWithItsActions()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        const QString worker = QStringLiteral("artgen_test_worker2");
        const QString service = QStringLiteral("worker2");
        QString error;
        QVERIFY2(stack.startLabelledContainer(worker, service, {QStringLiteral("worker2 started")},
                                              &error),
                 qPrintable(error));
        const auto remove = qScopeGuard([&] { StackFixture::removeContainer(worker); });

        core::SettingsStore settings(m_dir.filePath(QStringLiteral("gui.conf")));
        settings.setProfiles({stack.profile()});
        settings.setActiveProfileName(stack.profile().name);
        core::ActiveServices services;
        services.activate(settings.activeProfile());
        core::JobRunner jobs;
        gui::ContainersPage page(services, jobs);
        new QAbstractItemModelTester(page.model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.resize(1100, 700);
        page.show();

        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*page.model(), service) >= 0, 20000);
        const int row = rowOf(*page.model(), service);
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->serviceAt(row)->container, worker);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->serviceAt(rowOf(*page.model(), service))->state,
                                  QStringLiteral("running"), 20000);

        // The workers summary still counts gunicorn and Celery, in their roles' containers.
        auto* summary = page.findChild<QLabel*>(QStringLiteral("workersSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("gunicorn: 1 + ")),
                                 20000);
        QVERIFY2(summary->text().contains(QStringLiteral("Celery: ")), qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QStringLiteral("✘")), qPrintable(summary->text()));

        auto* table = page.findChild<QTableView*>(QStringLiteral("containersTable"));
        table->selectRow(rowOf(*page.model(), service));
        auto* logs = page.findChild<QPushButton*>(QStringLiteral("logs"));
        auto* processes = page.findChild<QPushButton*>(QStringLiteral("processes"));
        auto* run = page.findChild<QPushButton*>(QStringLiteral("runCommand"));
        QTRY_VERIFY(logs->isEnabled() && processes->isEnabled() && run->isEnabled());

        QSignalSpy logsRequested(&page, &gui::ContainersPage::logsRequested);
        QTest::mouseClick(logs, Qt::LeftButton);
        QCOMPARE(logsRequested.size(), 1);
        QCOMPARE(logsRequested.first().first().toString(), service);

        QTest::mouseClick(processes, Qt::LeftButton);
        auto* dialog = page.findChild<gui::ProcessesDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Processes in ") + worker);
        auto* processTable = dialog->findChild<QTableWidget*>(QStringLiteral("processTable"));
        const auto sleeps = [processTable] {
            for (int r = 0; r < processTable->rowCount(); ++r) {
                const QTableWidgetItem* args =
                    processTable->item(r, processTable->columnCount() - 1);
                if (args && args->text() == QStringLiteral("sleep 900"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sleeps(), 20000);
        dialog->close();

        QTest::mouseClick(run, Qt::LeftButton);
        auto* runDialog = page.findChild<gui::RunDialog*>();
        QVERIFY(runDialog);
        runDialog->findChild<QLineEdit*>(QStringLiteral("command"))
            ->setText(QStringLiteral("cat /proc/1/cmdline"));
        QTest::mouseClick(runDialog->findChild<QPushButton*>(QStringLiteral("run")),
                          Qt::LeftButton);
        auto* status = runDialog->findChild<QLabel*>(QStringLiteral("exitStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Exit code 0"), 20000);
        // PID 1 of that container is its sleep: the command ran in the extra service's own.
        QCOMPARE(runDialog->findChild<QPlainTextEdit*>(QStringLiteral("output"))->toPlainText(),
                 QStringLiteral("sleep\u0000900\u0000"));
        runDialog->close();
    }

    // The Logs page follows what the project has, found by labels: the extra service is a
    // source to choose, and its lines are in the timeline.
    void extraServiceIsFollowedOnTheLogsPage()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        const QString worker = QStringLiteral("artgen_test_worker2");
        const QString service = QStringLiteral("worker2");
        const QString line = QStringLiteral("worker2 says hello to the Logs page");
        QString error;
        QVERIFY2(stack.startLabelledContainer(worker, service, {line}, &error), qPrintable(error));
        const auto remove = qScopeGuard([&] { StackFixture::removeContainer(worker); });

        core::SettingsStore settings(m_dir.filePath(QStringLiteral("logs.conf")));
        settings.setProfiles({stack.profile()});
        settings.setActiveProfileName(stack.profile().name);
        core::ActiveServices services;
        services.activate(settings.activeProfile());
        gui::LogsPage page(services, settings);
        page.resize(1100, 700);
        page.show();

        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<gui::SourceChooser*>()->sources().contains(service),
                                 20000);
        const auto hasLine = [&page, &service, &line] {
            const core::LogStore& store = page.store();
            for (qsizetype i = 0; i < store.size(); ++i) {
                const core::LogEntry e = store.entry(i);
                if (e.source == service && QString::fromUtf8(e.text) == line)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasLine(), 20000);
        // The five roles are followed too.
        for (const QString& role : core::Profile::serviceNames())
            QVERIFY2(page.findChild<gui::SourceChooser*>()->sources().contains(role),
                     qPrintable(role));
    }
};

QTEST_MAIN(TestContainersPageStack)
#include "tst_containerspage_stack.moc"
