// db.py and http_client.py as byte-exact documents: the scanner knows strings, comments and
// brackets; the engine's keyword arguments and the client's constants are found and changed
// without touching anything else, conditionals included.
#include "stackconfig/pythonscanner.h"
#include "stackconfig/pythonsettingsdocument.h"
#include "stackconfigdata.h"

#include <QTest>

using namespace artgen::core;
using namespace stackconfigdata;
using namespace Qt::Literals::StringLiterals;
using Kind = PythonScanner::Token::Kind;

class TestPythonSettings : public QObject
{
    Q_OBJECT

    using Edits = QList<std::pair<QString, QString>>;

private Q_SLOTS:
    void scannerKnowsStrings()
    {
        const QByteArray text = "x = rb'a#b' + f\"\"\"c\n)\"\"\" # (\ny = (1,\n  2)\n";
        const auto tokens = PythonScanner::scan(text);
        QVERIFY(tokens);
        QList<Kind> kinds;
        for (const auto& t : *tokens)
            kinds << t.kind;
        QCOMPARE(kinds, (QList<Kind>{Kind::Name, Kind::Operator, Kind::String, Kind::Operator,
                                     Kind::String, Kind::Comment, Kind::Newline, Kind::Name,
                                     Kind::Operator, Kind::Operator, Kind::Number, Kind::Operator,
                                     Kind::Number, Kind::Operator, Kind::Newline}));
        QCOMPARE(tokens->at(4).text, QByteArray("f\"\"\"c\n)\"\"\""));
        QCOMPARE(tokens->at(7).line, 3);
        QCOMPARE(tokens->at(12).depth, 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed bracket") << "python/unclosed.py" << 2;
        QTest::newRow("unterminated string") << "python/unterminated.py" << 1;
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        const auto doc =
            PythonSettingsDocument::parse(QStringLiteral("app/database/db.py"), read(file));
        QVERIFY(!doc);
        QCOMPARE(doc.error().file(), QStringLiteral("app/database/db.py"));
        QCOMPARE(doc.error().line(), line);
    }

    void settings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Edits>("current");
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QString>("edited");
        QTest::newRow("demo db.py: conditionals on many lines")
            << "demo/app/database/db.py"
            << Edits{{u"db.pool_size"_s, u"20"_s},
                     {u"db.max_overflow"_s, u"40"_s},
                     {u"db.pool_timeout"_s, u"5"_s},
                     {u"db.pool_recycle"_s, u"300"_s}}
            << Edits{{u"db.pool_size"_s, u"10"_s},
                     {u"db.max_overflow"_s, u"15"_s},
                     {u"db.pool_timeout"_s, u"30"_s},
                     {u"db.pool_recycle"_s, u"1800"_s}}
            << "python/db.edited.py";
        QTest::newRow("one line, strings and comments that look like the call")
            << "python/oneline.py"
            << Edits{{u"db.pool_size"_s, u"25"_s}, {u"db.pool_timeout"_s, u"10"_s}}
            << Edits{{u"db.pool_size"_s, u"30"_s}, {u"db.pool_timeout"_s, u"7"_s}}
            << "python/oneline.edited.py";
        QTest::newRow("tabs and CRLF")
            << "python/crlf.py" << Edits{{u"db.pool_size"_s, u"20"_s}}
            << Edits{{u"db.pool_size"_s, u"8"_s}} << "python/crlf.edited.py";
        QTest::newRow("http client constants") << "demo/app/utils/http_client.py"
                                               << Edits{{u"http.pool_connections"_s, u"20"_s},
                                                        {u"http.pool_maxsize"_s, u"100"_s},
                                                        {u"http.connect_timeout"_s, u"5"_s},
                                                        {u"http.read_timeout"_s, u"180"_s}}
                                               << Edits{{u"http.pool_maxsize"_s, u"50"_s},
                                                        {u"http.connect_timeout"_s, u"3"_s},
                                                        {u"http.read_timeout"_s, u"90"_s}}
                                               << "python/http_client.edited.py";
    }

    void settings()
    {
        QFETCH(QString, file);
        QFETCH(Edits, current);
        QFETCH(Edits, edits);
        QFETCH(QString, edited);
        const QByteArray bytes = read(file);
        auto doc = PythonSettingsDocument::parse(file, bytes);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().reason()));
        QCOMPARE(sha256(doc->bytes()), sha256(bytes));
        for (const auto& [key, value] : current)
            QCOMPARE(doc->value(key), value);
        for (const auto& [key, value] : edits) {
            auto next = doc->withValue(key, value);
            QVERIFY2(next, qPrintable(next ? QString() : next.error().reason()));
            doc = std::move(next);
        }
        QCOMPARE(doc->bytes(), read(edited));
    }

    void expressionsItCannotChangeAreErrors()
    {
        const auto doc = PythonSettingsDocument::parse(QStringLiteral("db.py"),
                                                       read(QStringLiteral("python/oneline.py")));
        QVERIFY(doc);
        for (const char* key : {"db.max_overflow", "db.pool_recycle"}) {
            QVERIFY(doc->contains(QString::fromLatin1(key)));
            QVERIFY(!doc->value(QString::fromLatin1(key)));
            const auto edit = doc->withValue(QString::fromLatin1(key), QStringLiteral("1"));
            QVERIFY(!edit);
            QCOMPARE(edit.error().file(), QStringLiteral("db.py"));
            QCOMPARE(edit.error().line(), 5);
        }
        QCOMPARE(doc->line(QStringLiteral("db.pool_size")), 5);
        QVERIFY(!doc->withValue(QStringLiteral("http.pool_maxsize"), QStringLiteral("1")));
    }
};

QTEST_GUILESS_MAIN(TestPythonSettings)
#include "tst_pythonsettings.moc"
