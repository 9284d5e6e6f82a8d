// The audit log: one JSON object per line, appended, with secrets masked.
#include "logging/auditlog.h"
#include "logging/auditreader.h"
#include "logging/secretredactor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAreJsonAppendedAndRedacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/audit.jsonl"));
        AuditLog::setPath(path);
        SecretRedactor::global()->addSecret(QStringLiteral("s3cret-pass"));
        AuditLog::record(QStringLiteral("Prod"), QStringLiteral("restore"),
                         QStringLiteral("art_generation"), QStringLiteral("started"),
                         {{QStringLiteral("file"), QStringLiteral("/b/backup.sql")}});
        AuditLog::record(
            QStringLiteral("Prod"), QStringLiteral("restore"), QStringLiteral("art_generation"),
            QStringLiteral("failed"),
            {{QStringLiteral("error"), QStringLiteral("auth failed for s3cret-pass")}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
        QVERIFY(lines[2].isEmpty());
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("restore"));
        QCOMPARE(first.value(QStringLiteral("profile")).toString(), QStringLiteral("Prod"));
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("started"));
        QVERIFY(!first.value(QStringLiteral("user")).toString().isEmpty());
        QVERIFY(
            QDateTime::fromString(first.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                .isValid());
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(!lines[1].contains("s3cret-pass"));
        QVERIFY(second.value(QStringLiteral("details"))
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QStringLiteral("auth failed for ")));
    }

    // What AuditLog writes, AuditReader reads back; filters by time, profile, action, outcome.
    void readerFiltersWhatTheLogWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog::setPath(path);
        QCOMPARE(AuditLog::path(), path);
        QVERIFY(AuditReader::read(path)->entries.isEmpty()); // no file yet: an empty log
        AuditLog::record(QStringLiteral("Prod"), QStringLiteral("down"),
                         QStringLiteral("art_generation"), QStringLiteral("succeeded"));
        AuditLog::record(QStringLiteral("Staging"), QStringLiteral("restore"),
                         QStringLiteral("art_generation"), QStringLiteral("failed"),
                         {{QStringLiteral("error"), QStringLiteral("disk full")}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"time\":\"yesterday\"}\n{cut off\n\n");
        f.close();
        const auto all = AuditReader::read(path);
        QVERIFY(all);
        QCOMPARE(all->entries.size(), 2);
        QCOMPARE(all->unreadableLines, 2);
        QCOMPARE(all->entries[1].details.value(QStringLiteral("error")).toString(),
                 QStringLiteral("disk full"));
        QCOMPARE(all->entries[0].time.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(all->entries[0].time.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

        AuditReader::Filter byProfile;
        byProfile.profile = QStringLiteral("Staging");
        QCOMPARE(AuditReader::read(path, byProfile)->entries.size(), 1);
        AuditReader::Filter byAction;
        byAction.action = QStringLiteral("down");
        byAction.outcome = QStringLiteral("succeeded");
        QCOMPARE(AuditReader::read(path, byAction)->entries.first().profile,
                 QStringLiteral("Prod"));
        AuditReader::Filter future;
        future.since = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(AuditReader::read(path, future)->entries.isEmpty());
        AuditReader::Filter past;
        past.until = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(AuditReader::read(path, past)->entries.isEmpty());
        // The JSON form round-trips through the parser.
        const auto again = AuditReader::parseLine(
            QJsonDocument(all->entries[1].toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(again);
        QCOMPARE(again->action, QStringLiteral("restore"));
        QCOMPARE(again->time, all->entries[1].time);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
