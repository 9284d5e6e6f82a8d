// The audit log: one JSON object per line, appended, with secrets masked.
#include "logging/auditlog.h"
#include "logging/auditreader.h"
#include "logging/secretredactor.h"

#include <QFile>
#include <QFileInfo>
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

    // Past its size the log moves to ".1", ".1" to ".2", and the oldest generation goes; the
    // reader sees every entry of the kept generations, in the order they were written.
    void rotatesAndTheReaderReadsEveryKeptGeneration()
    {
        QCOMPARE(AuditLog::kMaxBytes, 1024 * 1024);
        QCOMPARE(AuditLog::kKeep, 5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rotate/audit.jsonl"));
        AuditLog::setPath(path);
        const auto record = [](int n) {
            // Three digits: every line the same size.
            AuditLog::record(QStringLiteral("Prod"), QStringLiteral("backup"),
                             QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0')),
                             QStringLiteral("succeeded"));
        };
        record(0);
        const qint64 lineSize = QFileInfo(path).size();
        QVERIFY(QFile::remove(path));
        AuditLog::setRotation(LogRotation(3 * lineSize, 2)); // three lines a file, two kept
        for (int n = 0; n < 10; ++n)
            record(n);
        AuditLog::setRotation(LogRotation(AuditLog::kMaxBytes, AuditLog::kKeep));

        const auto targets = [](const QList<AuditReader::Entry>& entries) {
            QStringList out;
            for (const AuditReader::Entry& e : entries)
                out << e.target;
            return out;
        };
        const auto inFile = [](const QString& file) { // one generation alone
            QStringList out;
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                for (const QByteArray& line : f.readAll().split('\n'))
                    if (const auto e = AuditReader::parseLine(line))
                        out << e->target;
            return out;
        };
        QCOMPARE(inFile(path), QStringList({QStringLiteral("009")}));
        QCOMPARE(
            inFile(LogRotation::generation(path, 1)),
            QStringList({QStringLiteral("006"), QStringLiteral("007"), QStringLiteral("008")}));
        QCOMPARE(
            inFile(LogRotation::generation(path, 2)),
            QStringList({QStringLiteral("003"), QStringLiteral("004"), QStringLiteral("005")}));
        QVERIFY(!QFile::exists(LogRotation::generation(path, 3))); // 000-002: dropped

        const auto all = AuditReader::read(path);
        QVERIFY(all);
        QCOMPARE(targets(all->entries),
                 QStringList({QStringLiteral("003"), QStringLiteral("004"), QStringLiteral("005"),
                              QStringLiteral("006"), QStringLiteral("007"), QStringLiteral("008"),
                              QStringLiteral("009")}));
        QCOMPARE(all->unreadableLines, 0);
        AuditReader::Filter filter;
        filter.action = QStringLiteral("backup");
        QCOMPARE(AuditReader::read(path, filter)->entries.size(), 7);
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
