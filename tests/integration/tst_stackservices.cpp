#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "stackfixture.h"
#include "util/workerthread.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

// The stack is what Docker says it is: a container that carries the demo project's compose
// labels for a service the profile does not name ("worker2", started by hand as a user would)
// is listed by `artgenctl status`, read by `artgenctl logs worker2` and by `artgenctl logs`,
// named when `logs` refuses a service, and gone from all of them once it is removed.
class TestStackServices : public QObject
{
    Q_OBJECT

    const QString m_worker = QStringLiteral("artgen_test_worker2");
    const QString m_service = QStringLiteral("worker2");
    const QStringList m_lines{QStringLiteral("worker2 ready: line one"),
                              QStringLiteral("worker2 busy: line two"),
                              QStringLiteral("worker2 idle: line three")};
    std::unique_ptr<StackFixture> m_stack;
    std::unique_ptr<WorkerThread> m_thread;
    DockerClient* m_client = nullptr;
    QTemporaryDir m_dir;
    bool m_started = false;

    StackFixture::Output artgenctl(const QStringList& args) const
    {
        return m_stack->artgenctl(args, m_dir.filePath(QStringLiteral("artgen.conf")));
    }

    // The worker's lines and their services in `artgenctl logs --json` output.
    static QList<std::pair<QString, QString>> jsonLines(const QByteArray& out)
    {
        QList<std::pair<QString, QString>> lines;
        for (const QByteArray& line : out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            lines.append({o.value(QStringLiteral("service")).toString(),
                          o.value(QStringLiteral("text")).toString()});
        }
        return lines;
    }
    QStringList textsOf(const QList<std::pair<QString, QString>>& lines,
                        const QString& service) const
    {
        QStringList texts;
        for (const auto& [s, text] : lines)
            if (s == service)
                texts << text;
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stack = std::make_unique<StackFixture>();
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("docker"));
        m_client = new DockerClient(DockerEndpoint::fromEnvironment());
        m_thread->adopt(m_client);
        if (!m_stack->unavailableReason().isEmpty())
            return; // each test skips (or fails under CI) with the reason
        QString error;
        m_started = m_stack->startLabelledContainer(m_worker, m_service, m_lines, &error);
        QVERIFY2(m_started, qPrintable(error));
    }

    // Runs after every test, failed or not: the stray service never outlives the test.
    void cleanupTestCase()
    {
        if (m_started)
            StackFixture::removeContainer(m_worker);
        m_thread.reset();
    }

    void discoveryFindsTheServiceByItsLabels()
    {
        REQUIRE_STACK(*m_stack);
        auto future = ContainerMap::discover(*m_client, m_stack->profile());
        future.waitForFinished();
        const ContainerMap map = future.result();
        QCOMPARE(map.container(m_service), m_worker);
        for (const StackRole role : StackRoles::all())
            QCOMPARE(map.container(role), StackRoles::defaultContainer(role));
        QCOMPARE(map.containers(StackRoles::workers()),
                 StackRoles::defaultContainers(StackRoles::workers()));
    }

    void statusListsIt()
    {
        REQUIRE_STACK(*m_stack);
        const StackFixture::Output json =
            artgenctl({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QJsonObject worker;
        QStringList services;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.out)
                                       .object()
                                       .value(QStringLiteral("services"))
                                       .toArray()) {
            services << v.toObject().value(QStringLiteral("service")).toString();
            if (services.last() == m_service)
                worker = v.toObject();
        }
        QCOMPARE(services, (QStringList{QStringLiteral("backend"), QStringLiteral("celery"),
                                        QStringLiteral("frontend"), QStringLiteral("postgres"),
                                        QStringLiteral("redis"), m_service}));
        QCOMPARE(worker.value(QStringLiteral("container")).toString(), m_worker);
        QCOMPARE(worker.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(worker.value(QStringLiteral("image")).toString(),
                 QStringLiteral("artgen-demo/base:latest"));

        const StackFixture::Output table = artgenctl({QStringLiteral("status")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        bool listed = false;
        for (const QByteArray& row : table.out.split('\n'))
            listed =
                listed || row.simplified().startsWith(
                              (m_service + u' ' + m_worker + QStringLiteral(" running")).toUtf8());
        QVERIFY2(listed, table.out.constData());
    }

    void logsReadsIt()
    {
        REQUIRE_STACK(*m_stack);
        QByteArray expected;
        for (const QString& line : m_lines)
            expected += m_service.toUtf8() + " | " + line.toUtf8() + '\n';
        // By its service, and by its container's name.
        for (const QString& name : {m_service, m_worker}) {
            const StackFixture::Output logs = artgenctl({QStringLiteral("logs"), name});
            QVERIFY2(logs.exitCode == 0, logs.err.constData());
            QCOMPARE(logs.out, expected);
            QVERIFY2(logs.err.isEmpty(), logs.err.constData());
        }
    }

    void logsOfTheWholeStackIncludeIt()
    {
        REQUIRE_STACK(*m_stack);
        const StackFixture::Output logs =
            artgenctl({QStringLiteral("logs"), QStringLiteral("--json"), QStringLiteral("--tail"),
                       QStringLiteral("5")});
        QVERIFY2(logs.exitCode == 0, logs.err.constData());
        const auto lines = jsonLines(logs.out);
        QCOMPARE(textsOf(lines, m_service), m_lines);
        // Beside the profile's services, not instead of them.
        QVERIFY2(!textsOf(lines, QStringLiteral("backend")).isEmpty(), logs.out.constData());
        QVERIFY2(!textsOf(lines, QStringLiteral("postgres")).isEmpty(), logs.out.constData());
    }

    void followIncludesIt()
    {
        REQUIRE_STACK(*m_stack);
        // A follow that ends by itself a few seconds from now (--until): it follows every
        // service the stack has, the extra one too.
        const QString until =
            QDateTime::currentDateTimeUtc().addSecs(4).toString(Qt::ISODateWithMs);
        const StackFixture::Output logs = artgenctl(
            {QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--json"),
             QStringLiteral("--tail"), QStringLiteral("5"), QStringLiteral("--until"), until});
        QVERIFY2(logs.exitCode == 0, logs.err.constData());
        QCOMPARE(textsOf(jsonLines(logs.out), m_service), m_lines);
    }

    void logsRefusalNamesWhatTheStackHas()
    {
        REQUIRE_STACK(*m_stack);
        const StackFixture::Output logs =
            artgenctl({QStringLiteral("logs"), QStringLiteral("nosuch")});
        QCOMPARE(logs.exitCode, 64);
        QVERIFY(logs.out.isEmpty());
        QVERIFY2(logs.err.contains("artgenctl logs: no service “nosuch” in the stack (it has: "
                                   "backend, celery, frontend, postgres, redis, worker2)."),
                 logs.err.constData());
    }

    // Last: the stack is what Docker says it is now, not what it was.
    void aRemovedServiceLeavesTheStack()
    {
        REQUIRE_STACK(*m_stack);
        StackFixture::removeContainer(m_worker);
        m_started = false;
        const StackFixture::Output status =
            artgenctl({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY2(!status.out.contains(m_service.toUtf8()), status.out.constData());
        const StackFixture::Output logs = artgenctl({QStringLiteral("logs"), m_service});
        QCOMPARE(logs.exitCode, 64);
        QVERIFY2(logs.err.contains("(it has: backend, celery, frontend, postgres, redis)."),
                 logs.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStackServices)
#include "tst_stackservices.moc"
