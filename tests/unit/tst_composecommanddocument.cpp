// docker-compose.yml's commands as a byte-exact document: every shape a command takes, the
// option's value found in it, and an edit that changes exactly those bytes.
#include "stackconfig/composecommanddocument.h"
#include "stackconfigdata.h"

#include <QRegularExpression>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace artgen::core;
using namespace stackconfigdata;
using namespace Qt::Literals::StringLiterals;

class TestComposeCommandDocument : public QObject
{
    Q_OBJECT

    using Edits = QList<std::pair<QString, QString>>;

    // The service's command as yaml-cpp reads it (aliases resolved by yaml-cpp, a merge key by
    // hand), in words: an independent reading to check the scanner against.
    static QStringList yamlWords(const QByteArray& bytes, const char* service)
    {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        YAML::Node svc = root["services"][service];
        YAML::Node command = svc["command"];
        if (!command && svc["<<"])
            command = svc["<<"]["command"];
        QStringList out;
        const auto add = [&](const YAML::Node& n) {
            out += QString::fromStdString(n.as<std::string>())
                       .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        };
        if (command.IsSequence())
            for (const auto& item : command)
                add(item);
        else if (command)
            add(command);
        return out;
    }

    static QString option(const QStringList& words, const QString& longOpt, const QString& shortOpt)
    {
        for (qsizetype i = 0; i < words.size(); ++i) {
            if ((words[i] == longOpt || words[i] == shortOpt) && i + 1 < words.size())
                return words[i + 1];
            if (words[i].startsWith(longOpt + u'='))
                return words[i].mid(longOpt.size() + 1);
        }
        return {};
    }

private Q_SLOTS:
    void agreesWithYamlCpp_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f :
             {"demo/Docker_all/docker-compose.yml", "compose/folded.yml", "compose/list.yml",
              "compose/anchors.yml", "compose/crlf.yml", "compose/folded.edited.yml",
              "compose/list.edited.yml", "compose/anchors.edited.yml"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void agreesWithYamlCpp()
    {
        QFETCH(QString, file);
        const QByteArray bytes = read(file);
        const auto doc = ComposeCommandDocument::parse(QStringLiteral("c.yml"), bytes);
        QVERIFY(doc);
        const QStringList backend = yamlWords(bytes, "backend");
        const QStringList celery = yamlWords(bytes, "celery");
        QVERIFY(!backend.isEmpty());
        QVERIFY(!celery.isEmpty());
        QCOMPARE(doc->value(u"gunicorn.workers"_s), option(backend, u"--workers"_s, u"-w"_s));
        QCOMPARE(doc->value(u"gunicorn.worker_class"_s),
                 option(backend, u"--worker-class"_s, u"-k"_s));
        QCOMPARE(doc->value(u"celery.concurrency"_s), option(celery, u"--concurrency"_s, u"-c"_s));
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("workers");
        QTest::addColumn<QString>("workerClass");
        QTest::addColumn<QString>("concurrency");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<Edits>("edits");
        const QString uvicorn = QStringLiteral("uvicorn.workers.UvicornWorker");
        const QString h11 = QStringLiteral("uvicorn.workers.UvicornH11Worker");
        QTest::newRow("demo: plain strings, --opt N and --opt=N")
            << "demo/Docker_all/docker-compose.yml"
            << "8" << uvicorn << "12"
            << "compose/demo.previous.yml"
            << Edits{{u"gunicorn.workers"_s, u"4"_s}, {u"celery.concurrency"_s, u"8"_s}};
        QTest::newRow("folded and literal block scalars")
            << "compose/folded.yml"
            << "8" << uvicorn << "12"
            << "compose/folded.edited.yml"
            << Edits{{u"gunicorn.workers"_s, u"2"_s},
                     {u"gunicorn.worker_class"_s, h11},
                     {u"celery.concurrency"_s, u"6"_s}};
        QTest::newRow("flow list and block list") << "compose/list.yml"
                                                  << "8" << uvicorn << "12"
                                                  << "compose/list.edited.yml"
                                                  << Edits{{u"gunicorn.workers"_s, u"16"_s},
                                                           {u"gunicorn.worker_class"_s, h11},
                                                           {u"celery.concurrency"_s, u"24"_s}};
        QTest::newRow("anchors, aliases and merge keys")
            << "compose/anchors.yml"
            << "8" << uvicorn << "12"
            << "compose/anchors.edited.yml"
            << Edits{{u"gunicorn.workers"_s, u"3"_s}, {u"celery.concurrency"_s, u"5"_s}};
        QTest::newRow("CRLF, quoted string, short option, continued plain scalar")
            << "compose/crlf.yml"
            << "8" << uvicorn << "12"
            << "compose/crlf.edited.yml"
            << Edits{{u"gunicorn.workers"_s, u"10"_s}, {u"celery.concurrency"_s, u"20"_s}};
    }

    void shapes()
    {
        QFETCH(QString, file);
        QFETCH(QString, workers);
        QFETCH(QString, workerClass);
        QFETCH(QString, concurrency);
        QFETCH(QString, edited);
        QFETCH(Edits, edits);
        const QByteArray bytes = read(file);
        auto doc = ComposeCommandDocument::parse(QStringLiteral("docker-compose.yml"), bytes);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().reason()));
        QCOMPARE(sha256(doc->bytes()), sha256(bytes));
        QCOMPARE(doc->value(QStringLiteral("gunicorn.workers")), workers);
        QCOMPARE(doc->value(QStringLiteral("gunicorn.worker_class")), workerClass);
        QCOMPARE(doc->value(QStringLiteral("celery.concurrency")), concurrency);
        for (const auto& [key, value] : edits) {
            auto next = doc->withValue(key, value);
            QVERIFY2(next, qPrintable(next ? QString() : next.error().reason()));
            QCOMPARE(next->value(key), value);
            doc = std::move(next);
        }
        QCOMPARE(doc->bytes(), read(edited));
    }

    void whereTheValuesAre()
    {
        const auto doc = ComposeCommandDocument::parse(
            QStringLiteral("c.yml"), read(QStringLiteral("demo/Docker_all/docker-compose.yml")));
        QVERIFY(doc);
        QCOMPARE(doc->line(QStringLiteral("gunicorn.workers")), 71);
        QCOMPARE(doc->service(QStringLiteral("gunicorn.workers")), QStringLiteral("backend"));
        QCOMPARE(doc->line(QStringLiteral("celery.concurrency")), 105);
        QCOMPARE(doc->service(QStringLiteral("celery.concurrency")), QStringLiteral("celery"));
        const auto folded = ComposeCommandDocument::parse(
            QStringLiteral("c.yml"), read(QStringLiteral("compose/folded.yml")));
        QVERIFY(folded);
        QCOMPARE(folded->line(QStringLiteral("gunicorn.workers")),
                 7); // not the comment, not the environment
    }

    void errorsNameTheFileAndLine()
    {
        const auto unclosed = ComposeCommandDocument::parse(
            QStringLiteral("c.yml"), read(QStringLiteral("compose/unclosed.yml")));
        QVERIFY(!unclosed);
        QCOMPARE(unclosed.error().file(), QStringLiteral("c.yml"));
        QCOMPARE(unclosed.error().line(), 3);
        QVERIFY(!ComposeCommandDocument::parse(QStringLiteral("c.yml"),
                                               read(QStringLiteral("compose/noservices.yml"))));
        // A command without the option: an error at the command, not an invented edit.
        const QByteArray bytes = "services:\n  backend:\n    command: gunicorn app.main:app\n";
        const auto doc = ComposeCommandDocument::parse(QStringLiteral("c.yml"), bytes);
        QVERIFY(doc);
        QVERIFY(!doc->value(QStringLiteral("gunicorn.workers")));
        const auto edit = doc->withValue(QStringLiteral("gunicorn.workers"), QStringLiteral("4"));
        QVERIFY(!edit);
        QCOMPARE(edit.error().line(), 3);
        QVERIFY(!doc->withValue(QStringLiteral("celery.concurrency"), QStringLiteral("4")));
    }
};

QTEST_GUILESS_MAIN(TestComposeCommandDocument)
#include "tst_composecommanddocument.moc"
