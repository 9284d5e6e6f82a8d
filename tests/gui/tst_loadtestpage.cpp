// The Load test page against a real HTTP server the test starts (keep-alive, its own thread):
// live points while a run goes on, the counts and percentiles after it matching what the server
// answered, cancel, the profile's token sent and never shown, a foreign host asked about first,
// export, runs kept across a restart (and deleted), and a ramp's steps.
#include "../unit/keepaliveserver.h"
#include "common/jobprogresspanel.h"
#include "common/verdictlabel.h"
#include "i18n/languagemanager.h"
#include "job/jobrunner.h"
#include "loadtest/loadcountsmodel.h"
#include "loadtest/loadhistogramchart.h"
#include "loadtest/loadlivechart.h"
#include "loadtest/loadpercentilesmodel.h"
#include "loadtest/loadresultview.h"
#include "loadtest/loadrunsmodel.h"
#include "loadtest/loadrunstore.h"
#include "loadtest/loadstepsmodel.h"
#include "loadtest/loadtestcontroller.h"
#include "loadtest/loadtestform.h"
#include "loadtest/loadtestpage.h"
#include "session/activeservices.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen;
using Endpoint = core::ProfileLoadTarget::Endpoint;

class TestLoadTestPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KeepAliveServer> m_server;
    std::unique_ptr<core::ActiveServices> m_services;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<core::LanguageManager> m_language;
    std::unique_ptr<gui::LoadTestPage> m_page;
    core::Profile m_profile;

    static constexpr const char* kToken = "s3cret-load-token";

    // A setup on the profile's API (the test's server) with a small, quick bound.
    static gui::LoadTestSetup setup(Endpoint endpoint = Endpoint::Health)
    {
        gui::LoadTestSetup s = gui::LoadTestSetup::forEndpoint(endpoint);
        s.options.connections = 4;
        s.options.threads = 1;
        s.options.requests = 500;
        return s;
    }

    static QMessageBox* confirmation()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == QStringLiteral("confirmForeignHost") && w->isVisible())
                return qobject_cast<QMessageBox*>(w);
        return nullptr;
    }

    // Waits for the page's next finished() and returns its report.
    core::LoadReport waitForRun(QSignalSpy& spy, int timeoutMs = 20000)
    {
        if (spy.isEmpty())
            spy.wait(timeoutMs);
        if (spy.isEmpty())
            return {};
        return spy.takeFirst().at(0).value<core::LoadReport>();
    }

    // A new page over the same profile and data folder, as after a restart.
    void restartPage()
    {
        m_page.reset();
        m_page = std::make_unique<gui::LoadTestPage>(*m_services, *m_jobs);
        m_page->resize(1024, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    QString runsFolder() const { return core::LoadRunStore::folderFor(m_profile); }

    static QStringList runFiles(const QString& folder)
    {
        return QDir(folder).entryList({QStringLiteral("run-*.json")}, QDir::Files);
    }

    static QMessageBox* dialogNamed(const QString& name)
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->objectName() == name && w->isVisible())
                return qobject_cast<QMessageBox*>(w);
        return nullptr;
    }

    // The percentile table's figures as shown, down the first column.
    static QStringList percentilesShown(const gui::LoadTestPage& page)
    {
        QStringList out;
        const auto* model = page.resultView()->percentiles();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                out << model->index(row, column).data().toString();
        return out;
    }

    static QStringList stepsShown(const gui::LoadTestPage& page)
    {
        QStringList out;
        const auto* model = page.resultView()->steps();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells << model->index(row, column).data().toString();
            out << cells.join(u'|');
        }
        return out;
    }

    static void shoot(QWidget* widget, const QString& name)
    {
        const QString folder = QStringLiteral("/work/main/build/shots");
        if (!QDir().mkpath(folder))
            return; // screenshots are for people; the test does not depend on them
        widget->grab().save(folder + QStringLiteral("/lr-") + name + QStringLiteral(".png"));
    }

    // For people to look at; the test does not depend on them.
    void shootLabels(const QString& language)
    {
        const QString folder = qEnvironmentVariable("ARTGEN_SHOTS");
        if (!folder.isEmpty() && QDir().mkpath(folder))
            m_page->grab().save(folder + QStringLiteral("/loadtest-form-") + language +
                                QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<KeepAliveServer>();
        // Each test its own data folder: the runs it keeps are its own.
        const QString data =
            QStringLiteral("data-") + QString::fromLatin1(QTest::currentTestFunction());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(data)));
        const QString stack = m_dir.filePath(QStringLiteral("stack"));
        QVERIFY(QDir().mkpath(stack + QStringLiteral("/Docker_all")));
        QFile env(stack + QStringLiteral("/Docker_all/.env"));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write(QByteArray("API_TOKEN=") + kToken + '\n');
        env.close();
        core::Profile profile;
        profile.name = QStringLiteral("test");
        profile.stackDir = stack;
        profile.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        // No Docker answers here: the page needs none.
        profile.dockerHost =
            QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("no-docker.sock"));
        m_services = std::make_unique<core::ActiveServices>();
        m_services->activate(profile);
        m_profile = profile;
        m_jobs = std::make_unique<core::JobRunner>();
        m_page = std::make_unique<gui::LoadTestPage>(*m_services, *m_jobs);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        if (m_language)
            m_language->apply(QStringLiteral("en"));
        m_jobs.reset();
        m_services.reset();
        m_server.reset();
    }

    // A count run: the status counts and the request count are the server's own figures, the
    // percentile table and the distribution are filled, the run is listed.
    void countRunMatchesTheServer()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        m_page->preset(setup());
        QTest::mouseClick(m_page->form()->startButton(), Qt::LeftButton);
        QVERIFY(!m_page->form()->startButton()->isEnabled());
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.total.requests(), qint64(500));
        QCOMPARE(m_server->answered(), qint64(500));
        QCOMPARE(report.total.errorCount(), qint64(0));
        QVERIFY(!report.interrupted);
        gui::LoadResultView* result = m_page->resultView();
        QCOMPARE(result->counts()->rowCount(), 1);
        QCOMPARE(result->counts()->statusCount(200), m_server->answered());
        QCOMPARE(result->counts()->index(0, 0).data().toString(), QStringLiteral("HTTP 200"));
        // Closed loop: one column of 9 rows, min … stdev, each a number of milliseconds.
        QCOMPARE(result->percentiles()->rowCount(), 9);
        QCOMPARE(result->percentiles()->columnCount(), 1);
        QCOMPARE(result->percentiles()->headerData(4, Qt::Vertical).toString(),
                 QStringLiteral("p99"));
        const double p99 = QLocale().toDouble(result->percentiles()->index(4, 0).data().toString());
        QCOMPARE(p99, double(report.total.corrected.valueAtPercentile(99)) / 1000.0);
        QVERIFY(p99 > 0);
        QVERIFY(result->histogram()->binCount() > 0);
        QVERIFY2(result->summaryText().contains(QStringLiteral("500 request")),
                 qPrintable(result->summaryText()));
        QCOMPARE(m_page->controller()->runs()->rowCount(), 1);
        QVERIFY(m_page->form()->startButton()->isEnabled());
        auto* verdict = m_page->findChild<gui::VerdictLabel*>(QStringLiteral("verdict"));
        QCOMPARE(verdict->property("verdict").toInt(), int(gui::VerdictLabel::Kind::Success));
    }

    // Answers that refuse (4xx, 5xx) are counted by status, not as errors, and the verdict
    // warns about them.
    void refusalsAreCountedByStatus()
    {
        KeepAliveServer busy(429);
        gui::LoadTestSetup s = setup();
        s.endpoint.reset();
        s.options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(busy.port()));
        s.options.requests = 100;
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        m_page->run(s);
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.total.errorCount(), qint64(0));
        QCOMPARE(m_page->resultView()->counts()->statusCount(429), busy.answered());
        QCOMPARE(busy.answered(), qint64(100));
        auto* verdict = m_page->findChild<gui::VerdictLabel*>(QStringLiteral("verdict"));
        QCOMPARE(verdict->property("verdict").toInt(), int(gui::VerdictLabel::Kind::Warning));
        QVERIFY2(verdict->text().contains(QStringLiteral("100 of the responses were 4xx")),
                 qPrintable(verdict->text()));
    }

    // A duration run: a point a second on the live chart while it runs.
    void livePointsWhileItRuns()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        gui::LoadTestSetup s = setup(Endpoint::Characters);
        s.options.requests = 0;
        s.options.durationMs = 4000; // the form takes whole seconds
        m_page->run(s);
        QVERIFY(m_page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->liveChart()->pointCount() >= 2, 10000);
        QVERIFY(finished.isEmpty());
        const core::LoadReport report = waitForRun(finished);
        QVERIFY(m_page->liveChart()->pointCount() >= 3);
        // The requests in flight when the time is up are not waited for: at most one a
        // connection was answered but not read.
        const qint64 read = report.total.statuses().value(200);
        QVERIFY(read > 0 && read <= m_server->answered() && read >= m_server->answered() - 4);
        QVERIFY(report.url.endsWith(QStringLiteral("/api/v1/characters")));
    }

    // Cancel at any time: the page is idle again at once, with what ran so far.
    void cancelReturnsToIdle()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        gui::LoadTestSetup s = setup();
        s.options.requests = 0;
        s.options.durationMs = 120'000;
        m_page->run(s);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->liveChart()->pointCount() >= 1, 10000);
        // The progress panel's Cancel, as the user clicks it.
        QPushButton* cancel = nullptr;
        for (auto* b : m_page->findChild<gui::JobProgressPanel*>()->findChildren<QPushButton*>())
            if (b->isVisible())
                cancel = b;
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
        const auto report = finished.takeFirst().at(0).value<core::LoadReport>();
        QVERIFY(report.interrupted);
        QVERIFY(report.total.elapsedNs < 60'000'000'000LL);
        // Responses the server wrote as the run stopped may not have been read: at most one a
        // connection.
        const qint64 read = report.total.statuses().value(200);
        QVERIFY(read > 0 && read <= m_server->answered() && read >= m_server->answered() - 4);
        QVERIFY(m_page->form()->startButton()->isEnabled());
        QVERIFY(m_page->resultView()->warningText().contains(QStringLiteral("Interrupted")));
    }

    // Rate mode: corrected and uncorrected side by side.
    void rateModeShowsBothPercentiles()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        gui::LoadTestSetup s = setup();
        s.options.requests = 0;
        s.options.durationMs = 2000;
        s.options.rate = 200;
        m_page->run(s);
        const core::LoadReport report = waitForRun(finished);
        QVERIFY2(report.total.requests() >= 390,
                 qPrintable(QString::number(report.total.requests())));
        QCOMPARE(report.total.targetRate, 200.0);
        QCOMPARE(m_page->resultView()->percentiles()->columnCount(), 2);
        QCOMPARE(m_page->resultView()->percentiles()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("Uncorrected, ms"));
    }

    // A ramp through the form: steps at each rate, the highest under the SLO named.
    void rampFindsTheHighestRate()
    {
        gui::LoadTestSetup s = setup();
        s.options.requests = 0;
        s.options.ramp = core::RampPlan::parse(QStringLiteral("40:40:80"));
        s.options.stepDurationMs = 1000;
        s.options.sloMicros = 500'000;
        m_page->preset(s);
        QCOMPARE(m_page->form()->mode(), gui::LoadTestForm::Mode::Ramp);
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        m_page->start();
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.steps.size(), 2);
        QCOMPARE(report.steps[1].targetRate, 80.0);
        QCOMPARE(report.highestPassing.value_or(0), 80.0);
        QVERIFY2(m_page->resultView()->summaryText().contains(
                     QStringLiteral("Highest rate with p99 under 500 ms: 80 requests/s")),
                 qPrintable(m_page->resultView()->summaryText()));
        // Choosing a ramp by hand brings an SLO with it.
        gui::LoadTestSetup plain = setup();
        m_page->preset(plain);
        QCOMPARE(m_page->form()->setup().options.sloMicros, qint64(0));
        m_page->form()->setMode(gui::LoadTestForm::Mode::Ramp);
        QCOMPARE(m_page->form()->setup().options.sloMicros, qint64(200'000));
        QVERIFY(bool(m_page->form()->setup().options.validate()));
    }

    // Generate: POST with the profile's token, read off the UI thread, sent, never shown.
    void generateSendsTheTokenUnseen()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        gui::LoadTestSetup s = setup(Endpoint::Generate);
        s.options.requests = 5;
        s.options.connections = 1;
        m_page->preset(s);
        const auto shown = m_page->form()->setup();
        QVERIFY(shown.useToken);
        QCOMPARE(shown.options.method, QByteArray("POST"));
        m_page->start();
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.total.statuses().value(200), qint64(5));
        QCOMPARE(m_server->lastAuthorization(), QByteArray("Bearer ") + kToken);
        for (auto* e : m_page->findChildren<QLineEdit*>())
            QVERIFY(!e->text().contains(QLatin1String(kToken)));
        for (auto* e : m_page->findChildren<QPlainTextEdit*>())
            QVERIFY(!e->toPlainText().contains(QLatin1String(kToken)));
        QVERIFY(!m_page->resultView()->summaryText().contains(QLatin1String(kToken)));
    }

    // A host that is neither the profile's nor loopback: asked first (open(), the page stays
    // responsive); Cancel sends nothing, consent runs it.
    void foreignHostAsksFirst()
    {
        QHostAddress outside;
        for (const QHostAddress& a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                outside = a;
        if (outside.isNull())
            QSKIP("this machine has no address but loopback");
        KeepAliveServer there(200, outside);
        gui::LoadTestSetup s = setup();
        s.endpoint.reset();
        s.options.url =
            QUrl(QStringLiteral("http://%1:%2/").arg(outside.toString()).arg(there.port()));
        s.options.requests = 20;
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        m_page->run(s);
        QTRY_VERIFY(confirmation());
        QVERIFY(confirmation()->text().contains(outside.toString()));
        QVERIFY(!m_page->isRunning());
        confirmation()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!confirmation());
        // A refusal starts nothing: the setup that waited is gone, no job runs.
        QVERIFY(!m_page->controller()->isAwaitingConfirmation());
        QVERIFY(!m_page->isRunning());
        QCOMPARE(there.answered(), qint64(0));
        QVERIFY(finished.isEmpty());

        m_page->start();
        QTRY_VERIFY(confirmation());
        QAbstractButton* go = nullptr;
        for (QAbstractButton* b : confirmation()->buttons())
            if (confirmation()->buttonRole(b) == QMessageBox::AcceptRole)
                go = b;
        QVERIFY(go);
        go->click();
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.total.requests(), qint64(20));
        QCOMPARE(there.answered(), qint64(20));
    }

    // A run exported in each format, written off the UI thread.
    void exportsARun()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        gui::LoadTestSetup s = setup();
        s.options.requests = 50;
        m_page->run(s);
        waitForRun(finished);
        QSignalSpy exported(m_page.get(), &gui::LoadTestPage::exported);
        for (const QString& name :
             {QStringLiteral("run.json"), QStringLiteral("run.csv"), QStringLiteral("run.md")}) {
            const QString path = m_dir.filePath(name);
            m_page->exportRun(path);
            QTRY_COMPARE(exported.size(), 1);
            QCOMPARE(exported.takeFirst().at(1).toString(), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (name.endsWith(QStringLiteral(".json")))
                QCOMPARE(QJsonDocument::fromJson(bytes)
                             .object()
                             .value(QStringLiteral("requests"))
                             .toInt(),
                         50);
            else if (name.endsWith(QStringLiteral(".csv")))
                QVERIFY2(bytes.contains("\nstatus.200,50\n"), bytes.constData());
            else
                QVERIFY2(bytes.contains("| 200 | 50 |"), bytes.constData());
        }
    }

    // A finished run is kept in a file; a new page (a restart) lists it and, selected, shows the
    // same percentiles, counts and distribution; Delete (asked first) removes the file.
    void runsSurviveARestart()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        QSignalSpy saved(m_page->controller(), &gui::LoadTestController::runSaved);
        gui::LoadTestSetup s = setup();
        s.options.requests = 300;
        m_page->run(s);
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.total.requests(), qint64(300));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const QString path = saved.first().at(0).toString();
        QVERIFY(!saved.first().at(1).value<core::Error>().isError());
        QCOMPARE(runFiles(runsFolder()), QStringList{QFileInfo(path).fileName()});
        const QStringList before = percentilesShown(*m_page);
        QCOMPARE(before.size(), 9);
        const int binsBefore = m_page->resultView()->histogram()->binCount();

        restartPage();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->controller()->runs()->rowCount(), 1, 10000);
        QVERIFY(!m_page->resultView()->hasReport());
        QCOMPARE(m_page->controller()->runs()->path(0), path);
        m_page->runsTable()->selectRow(0);
        QVERIFY(m_page->resultView()->hasReport());
        QCOMPARE(percentilesShown(*m_page), before);
        QCOMPARE(m_page->resultView()->counts()->statusCount(200), qint64(300));
        QCOMPARE(m_page->resultView()->histogram()->binCount(), binsBefore);
        QVERIFY2(m_page->resultView()->summaryText().contains(QStringLiteral("300 request")),
                 qPrintable(m_page->resultView()->summaryText()));
        m_page->findChild<QTabWidget*>(QStringLiteral("loadTestTabs"))->setCurrentIndex(2);
        shoot(m_page.get(), QStringLiteral("restored-en"));
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("ru"));
        QTRY_COMPARE(m_page->findChild<QTabWidget*>(QStringLiteral("loadTestTabs"))->tabText(0),
                     QStringLiteral("В реальном времени"));
        shoot(m_page.get(), QStringLiteral("restored-ru"));
        m_language->apply(QStringLiteral("en"));

        // Delete asks first; Cancel keeps the run.
        QVERIFY(m_page->deleteButton()->isEnabled());
        m_page->deleteButton()->click();
        QTRY_VERIFY(dialogNamed(QStringLiteral("confirmDeleteRun")));
        dialogNamed(QStringLiteral("confirmDeleteRun"))->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!dialogNamed(QStringLiteral("confirmDeleteRun")));
        QCOMPARE(m_page->controller()->runs()->rowCount(), 1);
        QVERIFY(QFile::exists(path));
        QSignalSpy deleted(m_page->controller(), &gui::LoadTestController::runDeleted);
        m_page->deleteButton()->click();
        QTRY_VERIFY(dialogNamed(QStringLiteral("confirmDeleteRun")));
        QMessageBox* box = dialogNamed(QStringLiteral("confirmDeleteRun"));
        QAbstractButton* remove = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        QVERIFY(remove);
        remove->click();
        QCOMPARE(m_page->controller()->runs()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10000);
        QVERIFY(!QFile::exists(path));
        restartPage();
        QSignalSpy loaded(m_page->controller(), &gui::LoadTestController::runsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || runFiles(runsFolder()).isEmpty(), 10000);
        QCOMPARE(m_page->controller()->runs()->rowCount(), 0);
    }

    // A real ramp whose server stalls in its second step: the first step met the SLO and is the
    // marked row, the second missed it and the ramp stopped there; after a restart the kept run
    // shows the same rows and marks.
    void rampShowsItsSteps()
    {
        // Step 1 at 40 requests/s for 1 s answers about 40; then five answers wait 400 ms each,
        // well past the SLO, while loopback answers in well under it.
        m_server->stallAfter(55, 5, 400);
        gui::LoadTestSetup s = setup();
        s.options.requests = 0;
        s.options.ramp = core::RampPlan::parse(QStringLiteral("40:40:120"));
        s.options.stepDurationMs = 1000;
        s.options.sloMicros = 300'000;
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        QSignalSpy saved(m_page->controller(), &gui::LoadTestController::runSaved);
        m_page->run(s);
        const core::LoadReport report = waitForRun(finished);
        QCOMPARE(report.steps.size(), 2);
        QCOMPARE(report.highestPassing.value_or(0), 40.0);
        gui::LoadResultView* result = m_page->resultView();
        QVERIFY(result->stepTable()->isVisible());
        const gui::LoadStepsModel* steps = result->steps();
        QCOMPARE(steps->rowCount(), 2);
        QCOMPARE(steps->highestPassingRow(), 0);
        QCOMPARE(steps->index(0, gui::LoadStepsModel::Target).data().toString(),
                 QStringLiteral("40"));
        QCOMPARE(steps->index(1, gui::LoadStepsModel::Target).data().toString(),
                 QStringLiteral("80"));
        QCOMPARE(steps->index(0, gui::LoadStepsModel::Slo).data().toString(), QStringLiteral("✓"));
        QCOMPARE(steps->index(1, gui::LoadStepsModel::Slo).data().toString(), QStringLiteral("✗"));
        QVERIFY(steps->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!steps->index(1, 0).data(Qt::FontRole).isValid());
        QCOMPARE(steps->headerData(0, Qt::Vertical).toString(), QStringLiteral("★"));
        QCOMPARE(steps->index(0, gui::LoadStepsModel::Requests).data().toString(),
                 QLocale().toString(report.steps[0].requests()));
        QCOMPARE(steps->index(1, gui::LoadStepsModel::P99).data().toString(),
                 QLocale().toString(
                     double(report.steps[1].corrected.valueAtPercentile(99)) / 1000.0, 'f', 2));
        const QStringList shown = stepsShown(*m_page);
        m_page->findChild<QTabWidget*>(QStringLiteral("loadTestTabs"))->setCurrentIndex(1);
        shoot(m_page.get(), QStringLiteral("ramp-en"));
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("ru"));
        QTRY_COMPARE(m_page->findChild<QTabWidget*>(QStringLiteral("loadTestTabs"))->tabText(0),
                     QStringLiteral("В реальном времени"));
        shoot(m_page.get(), QStringLiteral("ramp-ru"));
        m_language->apply(QStringLiteral("en"));

        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        restartPage();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->controller()->runs()->rowCount(), 1, 10000);
        m_page->runsTable()->selectRow(0);
        QCOMPARE(stepsShown(*m_page), shown);
        QCOMPARE(m_page->resultView()->steps()->highestPassingRow(), 0);
        QVERIFY(m_page->resultView()->stepTable()->isVisibleTo(m_page->resultView()));
    }

    // English at start, Russian at run time: every label of the settings form is as wide as its
    // text, at once, not only after something lays the page out again.
    void formLabelsFitAfterARuntimeLanguageSwitch()
    {
        const auto* form = m_page->form()->findChild<QFormLayout*>(QStringLiteral("form"));
        QVERIFY(form);
        // Every text of the form shown as wide as it needs (not clipped by the settings' scroll
        // area either): the labels, and the check box that spans both columns.
        const auto cutLabels = [form] {
            QStringList cut;
            for (int row = 0; row < form->rowCount(); ++row) {
                for (auto role :
                     {QFormLayout::LabelRole, QFormLayout::SpanningRole, QFormLayout::FieldRole}) {
                    QLayoutItem* item = form->itemAt(row, role);
                    QWidget* w = item ? item->widget() : nullptr;
                    const auto* label = qobject_cast<QLabel*>(w);
                    const auto* box = qobject_cast<QCheckBox*>(w);
                    if (!(label || box) || !w->isVisible())
                        continue;
                    const int shown = w->visibleRegion().boundingRect().width();
                    if (shown < w->sizeHint().width())
                        cut << QStringLiteral("%1 (%2 < %3)")
                                   .arg(label ? label->text() : box->text())
                                   .arg(shown)
                                   .arg(w->sizeHint().width());
                }
            }
            return cut;
        };
        // As narrow as the page lets it be: the form has only the width it says it needs.
        m_page->resize(m_page->minimumSizeHint().width(), m_page->height());
        QTRY_COMPARE(m_page->width(), m_page->minimumSizeHint().width());
        QVERIFY2(cutLabels().isEmpty(), qPrintable(cutLabels().join(u'\n')));
        shootLabels(QStringLiteral("en"));
        m_language = std::make_unique<core::LanguageManager>();
        m_language->apply(QStringLiteral("ru"));
        QTRY_COMPARE(m_page->findChild<QTabWidget*>(QStringLiteral("loadTestTabs"))->tabText(0),
                     QStringLiteral("В реальном времени"));
        // Only the relayout the switch itself asks for: nothing else moves the page.
        (void)QTest::qWaitFor([&] { return cutLabels().isEmpty(); }, 3000);
        shootLabels(QStringLiteral("ru"));
        QVERIFY2(cutLabels().isEmpty(), qPrintable(cutLabels().join(u'\n')));
    }

    // A profile switch lists the new profile's runs, and switching back its own again.
    void profileSwitchLoadsItsRuns()
    {
        QSignalSpy finished(m_page.get(), &gui::LoadTestPage::finished);
        QSignalSpy saved(m_page->controller(), &gui::LoadTestController::runSaved);
        gui::LoadTestSetup s = setup();
        s.options.requests = 20;
        m_page->run(s);
        waitForRun(finished);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        core::Profile other = m_profile;
        other.name = QStringLiteral("other");
        QSignalSpy loaded(m_page->controller(), &gui::LoadTestController::runsLoaded);
        m_services->activate(other);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(m_page->controller()->runs()->rowCount(), 0);
        QCOMPARE(runFiles(core::LoadRunStore::folderFor(other)), QStringList());
        m_services->activate(m_profile);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(m_page->controller()->runs()->rowCount(), 1);
        QCOMPARE(m_page->controller()->runs()->path(0), saved.first().at(0).toString());
    }
};

QTEST_MAIN(TestLoadTestPage)
#include "tst_loadtestpage.moc"
