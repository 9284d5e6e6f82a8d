#include "stackconfig/envfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;

class TestEnvFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QByteArray("POSTGRES_USER=artgen\n") << "POSTGRES_USER"
                               << "artgen";
        QTest::newRow("double quotes") << QByteArray("A=\"x y\"\n") << "A"
                                       << "x y";
        QTest::newRow("single quotes keep #") << QByteArray("A='p#ss'\n") << "A"
                                              << "p#ss";
        QTest::newRow("inline comment") << QByteArray("A=1 # note\n") << "A"
                                        << "1";
        QTest::newRow("hash inside value") << QByteArray("A=ab#cd\n") << "A"
                                           << "ab#cd";
        QTest::newRow("export prefix") << QByteArray("export A=2\n") << "A"
                                       << "2";
        QTest::newRow("CRLF line ends") << QByteArray("A=3\r\nB=4\r\n") << "B"
                                        << "4";
        QTest::newRow("spaces around =") << QByteArray("A = 5\n") << "A"
                                         << "5";
        QTest::newRow("empty value") << QByteArray("A=\n") << "A"
                                     << "";
        QTest::newRow("equals in value") << QByteArray("URL=a=b=c\n") << "URL"
                                         << "a=b=c";
        QTest::newRow("comment line skipped") << QByteArray("# A=1\nA=2\n") << "A"
                                              << "2";
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const EnvFile env = EnvFile::parse(text);
        QVERIFY(env.contains(key));
        QCOMPARE(env.value(key), value);
        QVERIFY(env.malformedLines().isEmpty());
    }

    void malformedLinesAreReportedNotGuessed()
    {
        const EnvFile env = EnvFile::parse("GOOD=1\nthis is not a pair\n9BAD=2\n=3\n");
        QCOMPARE(env.values().size(), 1);
        QCOMPARE(env.malformedLines(), (QList<int>{2, 3, 4}));
    }

    void missingFileIsAClearError()
    {
        QTemporaryDir dir;
        const auto env = EnvFile::load(dir.filePath(QStringLiteral("nope/.env")));
        QVERIFY(!env);
        QCOMPARE(env.error().code(), Error::Code::NotFound);
        QVERIFY(env.error().message().contains(QStringLiteral("nope/.env")));
        QVERIFY(!env.error().todo().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvFile)
#include "tst_envfile.moc"
