// The audit log: one JSON object per line, appended, with secrets masked.
#include "logging/auditlog.h"
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
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
