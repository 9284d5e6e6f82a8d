#include "logging/categories.h"
#include "logging/logservice.h"
#include "logging/secretredactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksEveryOccurrence()
    {
        SecretRedactor r;
        r.addSecret(QStringLiteral("s3cr3t-pass"));
        const QString mask = QString::fromUtf16(SecretRedactor::kMask);
        QCOMPARE(r.redact(QStringLiteral("a s3cr3t-pass b s3cr3t-pass")),
                 QStringLiteral("a ") + mask + QStringLiteral(" b ") + mask);
        QCOMPARE(r.redact(std::string("PGPASSWORD=s3cr3t-pass")),
                 "PGPASSWORD=" + mask.toStdString());
    }

    void longerSecretIsMaskedWhole()
    {
        SecretRedactor r;
        r.addSecret(QStringLiteral("abcd"));
        r.addSecret(QStringLiteral("abcdefgh"));
        const QString out = r.redact(QStringLiteral("x abcdefgh y"));
        QVERIFY(!out.contains(QStringLiteral("efgh")));
        QVERIFY(!out.contains(QStringLiteral("abcd")));
    }

    void tooShortValuesAreIgnoredAndRemovalWorks()
    {
        SecretRedactor r;
        r.addSecret(QStringLiteral("abc"));
        QCOMPARE(r.secretCount(), 0);
        r.addSecret(QStringLiteral("token-123"));
        QCOMPARE(r.secretCount(), 1);
        r.removeSecret(QStringLiteral("token-123"));
        QCOMPARE(r.redact(QStringLiteral("token-123")), QStringLiteral("token-123"));
    }

    void logFileNeverContainsASecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto redactor = std::make_shared<SecretRedactor>();
        const QString secret =
            QStringLiteral("Pa55-w0rd-%1").arg(QCoreApplication::applicationPid());
        QString path;
        {
            LogService::Options o;
            o.directory = dir.path();
            o.toStderr = false;
            LogService log(o, redactor);
            path = log.filePath();
            redactor->addSecret(secret);
            qCWarning(lcCore) << "connecting with password" << secret;
            qCInfo(lcDocker) << QString(QStringLiteral("exec env POSTGRES_PASSWORD=") + secret);
            log.flush();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("connecting with password"));
        QVERIFY(text.contains("[artgen.docker]"));
        QVERIFY(!text.contains(secret.toUtf8()));
        QVERIFY(text.contains(QString::fromUtf16(SecretRedactor::kMask).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
