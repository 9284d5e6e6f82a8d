// The Load test page against the demo stack's nginx, the profile's API: a count run through the
// page, its counts checked against nginx's own access log.
#include "../integration/stackfixture.h"
#include "job/jobrunner.h"
#include "loadtest/loadcountsmodel.h"
#include "loadtest/loadresultview.h"
#include "loadtest/loadtestpage.h"
#include "session/activeservices.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace artgen;

class TestLoadTestPageStack : public QObject
{
    Q_OBJECT

    StackFixture m_stack;
    QTemporaryDir m_data;

    // nginx's access-log lines that carry `agent`, once `expected` are there (nginx writes a
    // line as it ends a request), by status.
    static QMap<int, qint64> loggedStatuses(const QString& since, const QByteArray& agent,
                                            qint64 expected)
    {
        QMap<int, qint64> statuses;
        QElapsedTimer clock;
        clock.start();
        do {
            statuses.clear();
            qint64 lines = 0;
            const auto out =
                StackFixture::docker({QStringLiteral("logs"), QStringLiteral("--since"), since,
                                      QStringLiteral("art_generation_frontend")});
            for (const QByteArray& line : out.out.split('\n')) {
                const qsizetype quote = line.indexOf("HTTP/1.1\" ");
                if (line.contains(agent) && quote >= 0) {
                    ++statuses[line.mid(quote + 10, 3).toInt()];
                    ++lines;
                }
            }
            if (lines >= expected)
                break;
            QTest::qWait(200);
        } while (clock.elapsed() < 15000);
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_STACK(m_stack);
        // The page keeps its runs: in the test's folder, not the user's.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    }

    void countRunThroughThePage()
    {
        core::ActiveServices services;
        services.activate(m_stack.profile());
        core::JobRunner jobs;
        gui::LoadTestPage page(services, jobs);
        page.show();
        const QByteArray agent =
            "artgen-loadpage-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-2).toString(Qt::ISODate);
        gui::LoadTestSetup s =
            gui::LoadTestSetup::forEndpoint(core::ProfileLoadTarget::Endpoint::Health);
        s.options.requests = 60;
        s.options.connections = 4;
        s.options.threads = 2;
        s.options.headers << qMakePair(QByteArray("User-Agent"), agent);
        QSignalSpy finished(&page, &gui::LoadTestPage::finished);
        page.run(s);
        QVERIFY(finished.wait(30000));
        const auto report = finished.takeFirst().at(0).value<core::LoadReport>();
        QCOMPARE(report.total.requests(), qint64(60));
        QCOMPARE(report.total.errorCount(), qint64(0));
        const QMap<int, qint64> logged = loggedStatuses(since, agent, 60);
        // nginx's 20 r/s limit on /api/ answers some with 429: counted by status, as nginx did.
        QCOMPARE(report.total.statuses(), logged);
        const gui::LoadCountsModel* counts = page.resultView()->counts();
        for (auto it = logged.begin(); it != logged.end(); ++it)
            QCOMPARE(counts->statusCount(it.key()), it.value());
        QStringList seen;
        for (auto it = logged.begin(); it != logged.end(); ++it)
            seen << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
        qInfo("statuses through the page: %s", qPrintable(seen.join(u' ')));
    }
};

QTEST_MAIN(TestLoadTestPageStack)
#include "tst_loadtestpage_stack.moc"
