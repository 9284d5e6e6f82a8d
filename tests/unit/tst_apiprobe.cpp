#include "monitor/apiprobe.h"
#include "util/workerhandle.h"
#include "util/workerthread.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace artgen::core;

// The API probe against a local HTTP server that answers as told: a healthy answer, a failing
// status, silence past the deadline and a refused connection each come back as what they are.
class TestApiProbe : public QObject
{
    Q_OBJECT

    // Answers every request with `response`; an empty response accepts and never answers.
    class CannedServer : public QTcpServer
    {
    public:
        explicit CannedServer(QByteArray response) : m_response(std::move(response))
        {
            connect(this, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket* s = nextPendingConnection()) {
                    connect(s, &QTcpSocket::readyRead, s, [this, s] {
                        m_requests += s->readAll();
                        if (!m_response.isEmpty() && m_requests.contains("\r\n\r\n"))
                            s->write(m_response);
                    });
                }
            });
            listen(QHostAddress::LocalHost);
        }
        QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
        QByteArray requests() const { return m_requests; }

    private:
        QByteArray m_response;
        QByteArray m_requests;
    };

    static ApiProbeResult probeOnce(const QUrl& base, int deadlineMs = 1500)
    {
        ApiProbe probe(base, 60000, deadlineMs);
        QSignalSpy spy(&probe, &ApiProbe::probed);
        probe.start();
        if (!spy.wait(deadlineMs + 10000))
            return {};
        probe.stop();
        return spy.at(0).at(0).value<ApiProbeResult>();
    }

private Q_SLOTS:
    void healthUrlUnderTheBase()
    {
        QCOMPARE(ApiProbe::healthUrl(QUrl(QStringLiteral("http://127.0.0.1:18080"))),
                 QUrl(QStringLiteral("http://127.0.0.1:18080/api/v1/health")));
        QCOMPARE(ApiProbe::healthUrl(QUrl(QStringLiteral("https://art.example/prefix/"))),
                 QUrl(QStringLiteral("https://art.example/prefix/api/v1/health")));
    }

    void aHealthyAnswer()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: 15\r\nConnection: close\r\n\r\n{\"status\":\"ok\"}");
        const ApiProbeResult r = probeOnce(server.url());
        QVERIFY2(r.ok(), qPrintable(r.fault.message));
        QCOMPARE(r.status, 200);
        QVERIFY(r.latencyMs >= 0);
        QVERIFY(r.t > 0);
        QVERIFY(server.requests().startsWith("GET /api/v1/health HTTP/1.1\r\n"));
    }

    void aFailingStatusIsAFaultNamingIt()
    {
        CannedServer server("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                            "Connection: close\r\n\r\n");
        const ApiProbeResult r = probeOnce(server.url());
        QCOMPARE(r.status, 502);
        QCOMPARE(r.fault.kind, SourceFault::Kind::Other);
        QVERIFY(r.fault.message.contains(QStringLiteral("502")));
    }

    void silencePastTheDeadlineIsATimeout()
    {
        CannedServer server({}); // accepts, reads, never answers
        const ApiProbeResult r = probeOnce(server.url(), 300);
        QCOMPARE(r.fault.kind, SourceFault::Kind::Timeout);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.latencyMs, -1.0);
    }

    void aRefusedConnectionIsUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more
        const ApiProbeResult r = probeOnce(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(r.fault.kind, SourceFault::Kind::Unreachable);
        QVERIFY(!r.fault.message.isEmpty());
    }

    // On its worker thread through a WorkerHandle, as the panel holds it: probes keep coming at
    // the interval, and none arrives once it is stopped.
    void probesEveryIntervalOnItsThread()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        WorkerThread thread(QStringLiteral("probe"));
        thread.start();
        WorkerHandle<ApiProbe> handle(&ApiProbe::start, &ApiProbe::stop);
        handle.reset(new ApiProbe(server.url(), 100, 1000), thread.thread());
        QList<ApiProbeResult> results;
        handle.connect(&ApiProbe::probed, this,
                       [&results](const ApiProbeResult& r) { results << r; });
        handle.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 3, 20000);
        for (const ApiProbeResult& r : std::as_const(results))
            QCOMPARE(r.status, 200);
        QVERIFY(results[1].t > results[0].t);
        QPointer<ApiProbe> probe = handle.get();
        handle.stop();
        const qsizetype seen = results.size();
        // Deleted on its thread: no probe after this, and none queued before reaches us.
        QTRY_VERIFY_WITH_TIMEOUT(probe.isNull(), 10000);
        QCoreApplication::processEvents();
        QCOMPARE(results.size(), seen);
    }
};

QTEST_GUILESS_MAIN(TestApiProbe)
#include "tst_apiprobe.moc"
