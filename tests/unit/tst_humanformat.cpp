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

    // The chosen language sets the numbers' locale too: Russian writes a decimal comma and
    // groups thousands with a (no-break) space even when the system locale is English or C.
    void russianUnitsAndNumbers()
    {
        LanguageManager language;
        QCOMPARE(language.apply(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(QLocale().language(), QLocale::Russian);
        QCOMPARE(HumanFormat::bytes(1536), QStringLiteral("1,5 КиБ"));
        QCOMPARE(HumanFormat::rate(19.4 * 1024 * 1024), QStringLiteral("19,4 МиБ/с"));
        QCOMPARE(HumanFormat::rate(3 * 1024.0 * 1024 * 1024), QStringLiteral("3,00 ГиБ/с"));
        QCOMPARE(HumanFormat::duration(2 * 86400 + 3 * 3600), QStringLiteral("2 д 3 ч"));
        QCOMPARE(QLocale().toString(2501022), QStringLiteral("2\u00a0501\u00a0022"));
        // %Ln in a plural message is written in the same locale ("2 501 022 строки").
        QVERIFY(
            QCoreApplication::translate("artgen::gui::LogsPage", "%Ln line(s) shown", "", 2501022)
                .contains(QStringLiteral("2\u00a0501\u00a0022 ")));

        QCOMPARE(language.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(HumanFormat::bytes(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(HumanFormat::rate(19.4 * 1024 * 1024), QStringLiteral("19.4 MiB/s"));
        QCOMPARE(HumanFormat::bytes(1023), QStringLiteral("1023 B"));
        QCOMPARE(QLocale().toString(2501022), QStringLiteral("2,501,022"));
    }
};

QTEST_GUILESS_MAIN(TestHumanFormat)
#include "tst_humanformat.moc"
