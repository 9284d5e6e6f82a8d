#include "monitor/alertcenter.h"
#include "monitor/alertlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

// The alerts the tray shows and the alert log keeps: one per episode and one when it clears,
// for thresholds, containers that die on their own and the API; muted per profile and per kind.
class TestAlertCenter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Threshold postgres()
    {
        Thresholds t;
        t.holdSecs = t.clearHoldSecs = 10;
        return t.postgres(200);
    }

    static QList<QJsonObject> logLines(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject())
                return {}; // a line that is not one JSON object fails the caller's count
            out << doc.object();
        }
        return out;
    }

    static Alert alertAt(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<Alert>(); }

private Q_SLOTS:
    void thresholdEpisodeIsOneAlertAndOneClearInTheLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("threshold/alerts.jsonl"));
        AlertLog log(path);
        AlertCenter center(QStringLiteral("prod"), &log);
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        center.watch(QStringLiteral("postgres.total"), postgres());
        for (int s = 0; s < 60; ++s) // a minute at 120 connections, one sample a second
            center.feed(QStringLiteral("postgres.total"), s * 1000LL, 120);
        center.feed(QStringLiteral("redis.clients"), 0, 1e6); // not watched
        QCOMPARE(spy.size(), 1);
        for (int s = 60; s < 120; ++s)
            center.feed(QStringLiteral("postgres.total"), s * 1000LL, 40);
        QCOMPARE(spy.size(), 2);
        const Alert raised = alertAt(spy, 0);
        QCOMPARE(raised.level, Alert::Level::Warn);
        QCOMPARE(raised.value, 120.0);
        QCOMPARE(raised.threshold, 100.0);
        QCOMPARE(raised.profile, QStringLiteral("prod"));
        QVERIFY(raised.message.contains(QStringLiteral("120")));
        QCOMPARE(alertAt(spy, 1).level, Alert::Level::Cleared);

        log.flush();
        const QList<QJsonObject> lines = logLines(path);
        QCOMPARE(lines.size(), 2);
        for (const char* key :
             {"time", "profile", "kind", "series", "level", "value", "threshold", "message"})
            QVERIFY2(lines[0].contains(QLatin1StringView(key)), key);
        QCOMPARE(lines[0].value(QStringLiteral("kind")).toString(), QStringLiteral("threshold"));
        QCOMPARE(lines[0].value(QStringLiteral("series")).toString(),
                 QStringLiteral("postgres.total"));
        QCOMPARE(lines[0].value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(lines[0].value(QStringLiteral("value")).toDouble(), 120.0);
        QCOMPARE(lines[1].value(QStringLiteral("level")).toString(), QStringLiteral("cleared"));
        QVERIFY(QDateTime::fromString(lines[0].value(QStringLiteral("time")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
    }

    // The profile's thresholds reach the connection series, and follow an edit without losing
    // the episode in progress.
    void connectionThresholdsFollowTheProfile()
    {
        AlertCenter center(QStringLiteral("prod"), nullptr);
        Thresholds t;
        t.holdSecs = t.clearHoldSecs = 0;
        center.setThresholds(t);
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        center.watchConnections(200);
        center.feed(QStringLiteral("postgres.total"), 0, 185); // 90 % of 200 is 180
        QCOMPARE(center.level(QStringLiteral("postgres.total")), Threshold::Level::Critical);
        center.feed(QStringLiteral("redis.clients"), 0, 50);
        QCOMPARE(center.level(QStringLiteral("redis.clients")), Threshold::Level::Warn);
        QCOMPARE(spy.size(), 2);
        t.redisWarn = 80; // the user raises Redis's level: 50 clients are fine now
        center.setThresholds(t);
        QCOMPARE(center.level(QStringLiteral("redis.clients")), Threshold::Level::Warn);
        center.feed(QStringLiteral("redis.clients"), 1000, 50);
        QCOMPARE(center.level(QStringLiteral("redis.clients")), Threshold::Level::Ok);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(alertAt(spy, 2).level, Alert::Level::Cleared);
        QCOMPARE(alertAt(spy, 2).threshold, 80.0);
    }

    void containerThatDiesOnItsOwn()
    {
        AlertCenter center(QStringLiteral("prod"), nullptr);
        Thresholds t;
        t.clearHoldSecs = 0;
        center.setThresholds(t);
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        const QString c = QStringLiteral("art_generation_redis");
        center.onContainerEvent(QStringLiteral("redis"), c, QStringLiteral("kill"));
        center.onContainerEvent(QStringLiteral("redis"), c, QStringLiteral("die"));
        QCOMPARE(spy.size(), 1);
        const Alert a = alertAt(spy, 0);
        QCOMPARE(a.kind, Alert::Kind::Container);
        QCOMPARE(a.level, Alert::Level::Critical);
        QCOMPARE(a.series, QStringLiteral("container.redis"));
        QVERIFY(a.message.contains(c));
        center.onContainerEvent(QStringLiteral("redis"), c, QStringLiteral("die"));
        QCOMPARE(spy.size(), 1);
        center.onContainerEvent(QStringLiteral("redis"), c, QStringLiteral("start"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
        QCOMPARE(alertAt(spy, 1).level, Alert::Level::Cleared);
    }

    void aRestartLoopIsOneEpisode()
    {
        AlertCenter center(QStringLiteral("prod"), nullptr);
        Thresholds t;
        t.clearHoldSecs = 1;
        center.setThresholds(t);
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        const QString c = QStringLiteral("art_generation_backend");
        for (int i = 0; i < 5; ++i) { // restart policy: dies and starts again, over and over
            center.onContainerEvent(QStringLiteral("backend"), c, QStringLiteral("die"));
            center.onContainerEvent(QStringLiteral("backend"), c, QStringLiteral("start"));
        }
        QCOMPARE(spy.size(), 1);
        // It then stays up for the clear hold: one all-clear.
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
        QCOMPARE(alertAt(spy, 1).level, Alert::Level::Cleared);
    }

    void aPlannedStopIsNoAlert()
    {
        AlertCenter center(QStringLiteral("prod"), nullptr);
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        const QString c = QStringLiteral("art_generation_celery");
        center.expectStop(QStringLiteral("celery"));
        for (const char* action : {"kill", "die", "stop", "start"})
            center.onContainerEvent(QStringLiteral("celery"), c, QString::fromLatin1(action));
        QCOMPARE(spy.size(), 0);
        // The expectation ended with the start: the next death is news.
        center.onContainerEvent(QStringLiteral("celery"), c, QStringLiteral("die"));
        QCOMPARE(spy.size(), 1);
        // Another service's planned stop does not cover this one.
        center.expectStop(QStringLiteral("backend"));
        center.onContainerEvent(QStringLiteral("redis"), QStringLiteral("art_generation_redis"),
                                QStringLiteral("die"));
        QCOMPARE(spy.size(), 2);
    }

    void apiStopsAnsweringAfterNFailures()
    {
        AlertCenter center(QStringLiteral("prod"), nullptr);
        Thresholds t;
        t.apiFailures = 3;
        center.setThresholds(t);
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        ApiProbeResult fail;
        fail.url = QUrl(QStringLiteral("http://127.0.0.1:18080/api/v1/health"));
        fail.fault = {SourceFault::Kind::Unreachable, QStringLiteral("refused")};
        ApiProbeResult ok;
        ok.url = fail.url;
        ok.status = 200;
        ok.latencyMs = 12;
        center.onApiProbe(fail);
        center.onApiProbe(fail);
        center.onApiProbe(ok); // two failures, then an answer: not an episode
        center.onApiProbe(fail);
        center.onApiProbe(fail);
        QCOMPARE(spy.size(), 0);
        center.onApiProbe(fail);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(alertAt(spy, 0).kind, Alert::Kind::Api);
        QCOMPARE(alertAt(spy, 0).level, Alert::Level::Critical);
        QVERIFY(alertAt(spy, 0).message.contains(QStringLiteral("refused")));
        for (int i = 0; i < 10; ++i)
            center.onApiProbe(fail);
        QCOMPARE(spy.size(), 1);
        center.onApiProbe(ok);
        center.onApiProbe(ok);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(alertAt(spy, 1).level, Alert::Level::Cleared);
    }

    void mutedPerProfileAndPerKind()
    {
        const QString path = m_dir.filePath(QStringLiteral("muted/alerts.jsonl"));
        AlertLog log(path);
        AlertCenter center(QStringLiteral("prod"), &log);
        Thresholds t;
        t.thresholdAlertsMuted = true;
        t.holdSecs = 0;
        center.setThresholds(t);
        center.watch(QStringLiteral("redis.clients"), t.redis());
        QSignalSpy spy(&center, &AlertCenter::alertRaised);
        center.feed(QStringLiteral("redis.clients"), 0, 60);
        QCOMPARE(center.level(QStringLiteral("redis.clients")), Threshold::Level::Warn);
        center.onContainerEvent(QStringLiteral("redis"), QString(), QStringLiteral("die"));
        QCOMPARE(spy.size(), 1); // the container alert only
        // Unmuting in the middle of the episode does not replay it.
        t.thresholdAlertsMuted = false;
        center.setThresholds(t);
        center.feed(QStringLiteral("redis.clients"), 1000, 60);
        QCOMPARE(spy.size(), 1);
        t.muted = true; // the whole profile
        center.setThresholds(t);
        center.onContainerEvent(QStringLiteral("backend"), QString(), QStringLiteral("die"));
        QCOMPARE(spy.size(), 1);
        log.flush();
        QCOMPARE(logLines(path).size(), 1);
    }

    // Past its size the log moves to ".1", ".1" to ".2", and the oldest generation goes; no
    // line is lost from the generations kept, and none is split across files.
    void logRotatesAtItsSizeKeepingGenerations()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotate/alerts.jsonl"));
        Alert alert;
        alert.time = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        alert.profile = QStringLiteral("p");
        alert.message = QStringLiteral("x");
        const qint64 lineSize =
            QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact).size() + 1;
        {
            AlertLog log(path, 3 * lineSize, 2); // three lines a file, two old generations
            for (int i = 0; i < 10; ++i) {
                alert.message = QString::number(i); // one character: every line the same size
                log.append(alert);
            }
        }
        const auto messages = [&](const QString& file) {
            QStringList out;
            for (const QJsonObject& line : logLines(file))
                out << line.value(QStringLiteral("message")).toString();
            return out;
        };
        QCOMPARE(messages(path), QStringList({QStringLiteral("9")}));
        QCOMPARE(messages(AlertLog::generation(path, 1)),
                 QStringList({QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(messages(AlertLog::generation(path, 2)),
                 QStringList({QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        QVERIFY(!QFile::exists(AlertLog::generation(path, 3)));
    }
};

QTEST_GUILESS_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"
