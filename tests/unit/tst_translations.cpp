#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Russian must be complete at all times: every string in src/ and ui/ has a finished
// translation, with the same %-placeholders, and the built-in .qm files load.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context, source;
        QStringList translations; // one per plural form
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> read(const QString& path)
    {
        QList<Message> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QStringLiteral("name")) {
                context = xml.readElementText();
            } else if (name == QStringLiteral("message")) {
                m = Message{context,
                            {},
                            {},
                            false,
                            xml.attributes().value(QStringLiteral("numerus")) ==
                                QStringLiteral("yes")};
            } else if (name == QStringLiteral("source")) {
                m.source = xml.readElementText();
            } else if (name == QStringLiteral("translation")) {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                m.unfinished = type == QStringLiteral("unfinished") ||
                               type == QStringLiteral("vanished") ||
                               type == QStringLiteral("obsolete");
                if (!m.numerus)
                    m.translations << xml.readElementText();
                else
                    while (xml.readNextStartElement())
                        m.translations << xml.readElementText();
                out << m;
            }
        }
        return out;
    }

    static QStringList placeholders(const QString& s)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QStringList list;
        for (auto it = re.globalMatch(s); it.hasNext();)
            list << it.next().captured(0);
        list.sort();
        list.removeDuplicates();
        return list;
    }

private Q_SLOTS:
    void russianIsCompleteForTheCurrentSources()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("artgen_ru.ts"));
        QVERIFY(
            QFile::copy(QStringLiteral(ARTGEN_TEST_SOURCE_DIR "/translations/artgen_ru.ts"), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(ARTGEN_TEST_SOURCE_DIR));
        lupdate.start(QStringLiteral(ARTGEN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("src"),
                       QStringLiteral("ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QList<Message> messages = read(copy);
        QVERIFY(messages.size() > 50);
        QStringList missing;
        for (const Message& m : messages)
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty())
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated (run `ninja update_translations`, "
                                           "translate, commit):\n")
                                .arg(missing.size()) +
                            missing.join(u'\n')));
    }

    void committedFileHasNothingUnfinished()
    {
        const QList<Message> messages =
            read(QStringLiteral(ARTGEN_TEST_SOURCE_DIR "/translations/artgen_ru.ts"));
        QVERIFY(!messages.isEmpty());
        for (const Message& m : messages)
            QVERIFY2(!m.unfinished, qPrintable(m.source));
    }

    void placeholdersAndPluralFormsMatch()
    {
        const QList<Message> messages =
            read(QStringLiteral(ARTGEN_TEST_SOURCE_DIR "/translations/artgen_ru.ts"));
        for (const Message& m : messages) {
            if (m.numerus)
                QVERIFY2(m.translations.size() == 3,
                         qPrintable(QStringLiteral("Russian needs 3 plural forms: ") + m.source));
            for (const QString& t : m.translations)
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(m.source + QStringLiteral(" → ") + t));
        }
    }

    void builtInCatalogueLoads()
    {
        QTranslator ru;
        QVERIFY(ru.load(QStringLiteral(":/i18n/artgen_ru")));
        QCOMPARE(ru.translate("artgen::gui::MainWindow", "Containers"),
                 QStringLiteral("Контейнеры"));
        QCOMPARE(ru.translate("artgen::core::DockerSocket", "Docker is not running at %1."),
                 QStringLiteral("Docker не запущен по адресу %1."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
