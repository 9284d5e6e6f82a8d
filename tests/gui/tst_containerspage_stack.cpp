#include "../integration/stackfixture.h"
#include "containers/containersmodel.h"
#include "containers/containerspage.h"
#include "containers/processesdialog.h"
#include "containers/rundialog.h"
#include "docker/dockerclient.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "logs/logspage.h"
#include "logs/sourcechooser.h"
#include "mainwindow.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "util/workerthread.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

    // The active services of the stack's profile, as the application holds them.
    struct Session
    {
        core::SettingsStore settings;
        core::ActiveServices services;
        core::JobRunner jobs;

        Session(const QString& file, const core::Profile& profile) : settings(file)
        {
            settings.setProfiles({profile});
            settings.setActiveProfileName(profile.name);
            services.activate(settings.activeProfile());
        }
    };

    // A container the test stopped or restarted is healthy again before the next test.
    static void waitHealthy(const QString& container)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            StackFixture::docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                  QStringLiteral("{{.State.Health.Status}}"), container})
                    .out.trimmed() == "healthy",
            120000);
    }

    // Both counts full and believed: "gunicorn: 1 + 8 of 8 ✔   Celery: 12 of 12 ✔".
    static bool fullCounts(const QString& summary)
    {
        static const QRegularExpression full(
            QStringLiteral("^gunicorn: 1 \\+ (\\d+) of \\1 ✔   Celery: (\\d+) of \\2 ✔$"));
        return full.match(summary).hasMatch();
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

    // Restarted workers fork some seconds after their containers' start events: the summary
    // measures again until the count settles, and reaches the full counts (it used to stay at
    // "1 + 0 of 8 ✘" after such a restart).
    void workerCountSettlesAfterRestart()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        Session session(m_dir.filePath(QStringLiteral("workers.conf")), stack.profile());
        gui::ContainersPage page(session.services, session.jobs);
        page.resize(1100, 700);
        page.show();
        auto* summary = page.findChild<QLabel*>(QStringLiteral("workersSummary"));
        QTRY_VERIFY2_WITH_TIMEOUT(fullCounts(summary->text()), qPrintable(summary->text()), 60000);
        const auto startedAt = [&page](const QString& service) {
            const int row = rowOf(*page.model(), service);
            return row < 0 ? QDateTime() : page.model()->serviceAt(row)->startedAt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(startedAt(QStringLiteral("backend")).isValid(), 20000);
        const QDateTime backendBefore = startedAt(QStringLiteral("backend"));
        const QDateTime celeryBefore = startedAt(QStringLiteral("celery"));

        // Every text the summary shows on the way, for the failure message.
        QStringList seen;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, &page, [&] {
            if (seen.isEmpty() || seen.last() != summary->text())
                seen << summary->text();
        });
        sampler.start(20);
        const auto healthy = qScopeGuard([&] {
            // Leave the stack as the next test expects it: both healthy again.
            waitHealthy(QStringLiteral("art_generation_backend"));
            waitHealthy(QStringLiteral("art_generation_celery"));
        });
        // Not blocking: the page follows the restart as it happens.
        QProcess restart;
        restart.start(QStringLiteral("docker"),
                      {QStringLiteral("restart"), QStringLiteral("art_generation_backend"),
                       QStringLiteral("art_generation_celery")});
        QTRY_VERIFY_WITH_TIMEOUT(restart.state() == QProcess::NotRunning, 120000);
        QVERIFY2(restart.exitStatus() == QProcess::NormalExit && restart.exitCode() == 0,
                 restart.readAllStandardError().constData());
        // The page saw both restarts…
        QTRY_VERIFY_WITH_TIMEOUT(startedAt(QStringLiteral("backend")) > backendBefore &&
                                     startedAt(QStringLiteral("celery")) > celeryBefore,
                                 30000);
        // …and the counts come back in full, believed, within the settling deadline.
        QTRY_VERIFY2_WITH_TIMEOUT(fullCounts(summary->text()),
                                  qPrintable(seen.join(QStringLiteral(" | "))), 90000);
        // They were measured again on the way, not left standing from before the restart.
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                             [](const QString& text) { return !fullCounts(text); }),
                 qPrintable(seen.join(QStringLiteral(" | "))));
        qInfo("summary on the way: %s", qPrintable(seen.join(QStringLiteral(" | "))));
    }

    // A stopped service: the page's summary, the Containers entry and the status bar all say
    // so, and the row shows the exit code and no health; all is well again after its start.
    void stoppedServiceIsSeenAtAGlance()
    {
        StackFixture stack;
        REQUIRE_STACK(stack);
        Session session(m_dir.filePath(QStringLiteral("verdict.conf")), stack.profile());
        core::LanguageManager language;
        language.apply(QStringLiteral("en"));
        gui::MainWindow w(session.settings, language, session.services, session.jobs, QString());
        w.show();
        auto* page = qobject_cast<gui::ContainersPage*>(w.page(gui::MainWindow::Page::Containers));
        QVERIFY(page);
        core::DockerStatus docker;
        docker.reachable = true;
        docker.serverVersion = QStringLiteral("20.10.24");
        docker.apiVersion = QStringLiteral("1.41");
        w.setDockerStatus(docker);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("stackVerdict"));
        auto* dockerLabel = w.findChild<QLabel*>(QStringLiteral("dockerStatus"));
        QListWidgetItem* entry = w.findChild<QListWidget*>(QStringLiteral("navigation"))->item(0);
        const auto entryLevel = [entry] {
            return core::StackVerdict::Level(
                entry->data(gui::MainWindow::StackVerdictRole).toInt());
        };

        QTRY_COMPARE_WITH_TIMEOUT(entryLevel(), core::StackVerdict::Level::Healthy, 60000);
        // Counted over the rows the page has then: the stack is shared, and another test may
        // add a labelled service to it.
        const auto healthy = [page] {
            return QStringLiteral("%1 of %1 healthy").arg(page->model()->rowCount());
        };
        const auto down = [page] {
            return QStringLiteral("1 of %1 services down").arg(page->model()->rowCount());
        };
        QCOMPARE(summary->text(), healthy());
        QCOMPARE(dockerLabel->text(), QStringLiteral("Docker 20.10.24 (API 1.41) answers"));
        QVERIFY(dockerLabel->styleSheet().contains(QStringLiteral("#1f8a4c")));

        const QString frontend = QStringLiteral("art_generation_frontend");
        const auto restart = qScopeGuard([&] {
            StackFixture::docker({QStringLiteral("start"), frontend});
            waitHealthy(frontend);
        });
        const StackFixture::Output stopped =
            StackFixture::docker({QStringLiteral("stop"), frontend});
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());

        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), down(), 30000);
        QCOMPARE(entryLevel(), core::StackVerdict::Level::Down);
        QCOMPARE(entry->toolTip(), down());
        QCOMPARE(entry->text(), QStringLiteral("Containers"));
        QCOMPARE(dockerLabel->text(),
                 QStringLiteral("Docker 20.10.24 (API 1.41) answers — ") + down());
        QVERIFY2(!dockerLabel->styleSheet().contains(QStringLiteral("#1f8a4c")),
                 qPrintable(dockerLabel->styleSheet()));
        const int row = rowOf(*page->model(), QStringLiteral("frontend"));
        const auto cell = [page, row](int column) {
            return page->model()->index(row, column).data().toString();
        };
        QVERIFY2(cell(gui::ContainersModel::State).startsWith(QStringLiteral("exited (")),
                 qPrintable(cell(gui::ContainersModel::State)));
        QCOMPARE(cell(gui::ContainersModel::Health), QStringLiteral("—"));

        const StackFixture::Output started =
            StackFixture::docker({QStringLiteral("start"), frontend});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(entryLevel(), core::StackVerdict::Level::Healthy, 90000);
        QCOMPARE(summary->text(), healthy());
        QCOMPARE(dockerLabel->text(), QStringLiteral("Docker 20.10.24 (API 1.41) answers"));
        QVERIFY(dockerLabel->styleSheet().contains(QStringLiteral("#1f8a4c")));
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
