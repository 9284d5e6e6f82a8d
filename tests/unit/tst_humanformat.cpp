// One formatter for sizes and speeds, IEC units, in both languages.
#include "i18n/languagemanager.h"
#include "util/humanformat.h"

#include <QLocale>
#include <QTest>

using namespace artgen::core;

class TestHumanFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void bytesAreIec_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("negative") << qint64(-1) << QStringLiteral("-");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("1 KiB") << qint64(1024) << QStringLiteral("1.0 KiB");
        QTest::newRow("1.5 KiB") << qint64(1536) << QStringLiteral("1.5 KiB");
        // 10^6 bytes is not "1 MB" here: the units are powers of 1024.
        QTest::newRow("10^6") << qint64(1000000) << QStringLiteral("976.6 KiB");
        QTest::newRow("5 MiB") << qint64(5) * 1024 * 1024 << QStringLiteral("5.0 MiB");
        QTest::newRow("3 GiB") << qint64(3) * 1024 * 1024 * 1024 << QStringLiteral("3.00 GiB");
        QTest::newRow("2 TiB") << qint64(2) * 1024 * 1024 * 1024 * 1024
                               << QStringLiteral("2.00 TiB");
    }
    void bytesAreIec()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, shown);
        QCOMPARE(HumanFormat::bytes(bytes), shown);
    }

    void rateIsASizePerSecond()
    {
        QCOMPARE(HumanFormat::rate(1.5 * 1024 * 1024), QStringLiteral("1.5 MiB/s"));
        QCOMPARE(HumanFormat::rate(-3), QStringLiteral("0 B/s"));
    }

    void russianUnits()
    {
        LanguageManager language;
        QCOMPARE(language.apply(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(HumanFormat::bytes(1536), QStringLiteral("1.5 КиБ"));
        QCOMPARE(HumanFormat::rate(3 * 1024.0 * 1024 * 1024), QStringLiteral("3.00 ГиБ/с"));
        language.apply(QStringLiteral("en"));
        QCOMPARE(HumanFormat::bytes(1536), QStringLiteral("1.5 KiB"));
    }
};

QTEST_GUILESS_MAIN(TestHumanFormat)
#include "tst_humanformat.moc"
