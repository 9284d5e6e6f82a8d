// nginx-docker.conf as a byte-exact document: the tokenizer against nginx's own rules, the
// directive tree, where each directive is, and edits that change exactly the expected bytes.
#include "stackconfig/nginxdocument.h"
#include "stackconfig/nginxtime.h"
#include "stackconfig/nginxtokenizer.h"
#include "stackconfigdata.h"

#include <QTest>

using namespace artgen::core;
using namespace stackconfigdata;
using Kind = NginxTokenizer::Token::Kind;
using namespace Qt::Literals::StringLiterals;

class TestNginxDocument : public QObject
{
    Q_OBJECT

    static NginxDocument::IncludeResolver multiIncludes()
    {
        return [](const QString& pattern, const QString& from) -> QList<NginxDocument::Source> {
            if (pattern == u"conf.d/timeouts.conf" && from == u"multi.conf")
                return {{QStringLiteral("conf.d/timeouts.conf"),
                         read(QStringLiteral("nginx/timeouts.conf"))}};
            return {};
        };
    }

    static NginxDocument parse(const QString& name, const QByteArray& bytes,
                               const NginxDocument::IncludeResolver& r = {})
    {
        auto doc = NginxDocument::parse(name, bytes, r);
        if (!doc)
            qWarning() << doc.error().line() << doc.error().reason();
        return doc ? *doc : NginxDocument();
    }

    static QByteArray edited(const NginxDocument& doc,
                             const QList<std::pair<const char*, const char*>>& edits,
                             NginxDocument::Scope scope = NginxDocument::Scope::Default)
    {
        NginxDocument d = doc;
        for (const auto& [key, value] : edits) {
            auto next = d.withValue(QString::fromLatin1(key), QString::fromLatin1(value), scope);
            if (!next) {
                qWarning() << key << next.error().line() << next.error().reason();
                return {};
            }
            d = *next;
        }
        return d.sources().first().bytes;
    }

private Q_SLOTS:
    void tokensFollowNginx()
    {
        const QByteArray text = "a \"b;#c\" 'd\\'e' ${f}g\\ h; # comment\nx{y}\n";
        const auto tokens = NginxTokenizer::tokenize(text);
        QVERIFY(tokens);
        QList<QByteArray> values;
        QList<Kind> kinds;
        for (const auto& t : *tokens) {
            values << t.value;
            kinds << t.kind;
        }
        QCOMPARE(values, (QList<QByteArray>{"a", "b;#c", "d'e", "${f}g h", ";", "# comment", "x",
                                            "{", "y}"}));
        QCOMPARE(kinds.at(1), Kind::Quoted);
        QCOMPARE(kinds.at(5), Kind::Comment);
        QCOMPARE(tokens->at(6).line, 2);
        // Spans are the token's own bytes, quotes included.
        QCOMPARE(text.mid(tokens->at(2).begin, tokens->at(2).end - tokens->at(2).begin),
                 QByteArray("'d\\'e'"));
    }

    void luaBlockIsOneToken()
    {
        const QByteArray text = read(QStringLiteral("nginx/tricky.conf"));
        const auto tokens = NginxTokenizer::tokenize(text);
        QVERIFY(tokens);
        int lua = 0;
        for (const auto& t : *tokens) {
            if (t.kind == Kind::LuaBody) {
                ++lua;
                QVERIFY(t.value.contains(
                    "[[\n\t\t\tproxy_read_timeout 1s;\n\t\t\t]]")); // crossplane#85
            }
            QVERIFY(t.value != "1s;");
        }
        QCOMPARE(lua, 1);
    }

    void malformedFilesNameTheLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("unbalanced brace") << "nginx/unbalanced.conf" << 5;
        QTest::newRow("unterminated quote") << "nginx/unterminated.conf" << 2;
        QTest::newRow("no semicolon") << "nginx/nosemicolon.conf" << 3;
        QTest::newRow("extra brace") << "nginx/extrabrace.conf" << 1;
    }

    void malformedFilesNameTheLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        const auto doc = NginxDocument::parse(QStringLiteral("nginx-docker.conf"), read(file));
        QVERIFY(!doc);
        QCOMPARE(doc.error().file(), QStringLiteral("nginx-docker.conf"));
        QCOMPARE(doc.error().line(), line);
        QVERIFY(!doc.error().reason().isEmpty());
    }

    void roundTripIsByteExact_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"demo/nginx-docker.conf", "nginx/tricky.conf", "nginx/multi.conf",
                              "nginx/previous.conf"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void roundTripIsByteExact()
    {
        QFETCH(QString, file);
        for (const QByteArray& bytes : {read(file), crlf(read(file))}) {
            const auto doc = NginxDocument::parse(QStringLiteral("x.conf"), bytes, multiIncludes());
            QVERIFY(doc);
            QCOMPARE(sha256(doc->sources().first().bytes), sha256(bytes));
            // An edit to the value it already has changes nothing either.
            const auto same = doc->withValue(
                QStringLiteral("nginx.proxy_read_timeout"),
                QString::number(
                    int(*NginxTime::parse(
                            doc->value(QStringLiteral("nginx.proxy_read_timeout"))->toUtf8()) /
                        1000)));
            QVERIFY(same);
            QCOMPARE(sha256(same->sources().first().bytes), sha256(bytes));
        }
    }

    void readsTheDemoValues()
    {
        const NginxDocument doc = parse(QStringLiteral("nginx-docker.conf"),
                                        read(QStringLiteral("demo/nginx-docker.conf")));
        QCOMPARE(doc.value(QStringLiteral("nginx.proxy_read_timeout")), QStringLiteral("180s"));
        QCOMPARE(doc.value(QStringLiteral("nginx.rate")), QStringLiteral("20r/s"));
        QCOMPARE(doc.value(QStringLiteral("nginx.burst")), QStringLiteral("40"));
        QCOMPARE(doc.value(QStringLiteral("nginx.nodelay")), QStringLiteral("on"));
        const NginxDocument::RateLimit limit{
            u"$binary_remote_addr"_s, u"api_limit"_s, u"10m"_s, u"20r/s"_s,
            u"api_limit"_s,           u"40"_s,        true};
        QCOMPARE(doc.rateLimit(), limit);
        const auto zone = doc.occurrences(u"nginx.rate"_s);
        QCOMPARE(zone.size(), 1);
        QCOMPARE(zone.first().line, 6);
        QCOMPARE(zone.first().blockPath, QString());
        const auto occ = doc.occurrences(QStringLiteral("nginx.proxy_connect_timeout"));
        QCOMPARE(occ.size(), 1);
        QCOMPARE(occ.first().line, 37);
        QCOMPARE(occ.first().blockPath, QStringLiteral("server > location /api/"));
        QVERIFY(occ.first().isDefault);
    }

    void commentsQuotesAndLuaAreNotDirectives()
    {
        const NginxDocument doc =
            parse(QStringLiteral("n.conf"), read(QStringLiteral("nginx/tricky.conf")));
        const auto occ = doc.occurrences(QStringLiteral("nginx.proxy_read_timeout"));
        QCOMPARE(occ.size(), 1); // not the comment, not the quoted header, not the Lua string
        QCOMPARE(occ.first().line, 22);
        QCOMPARE(doc.value(QStringLiteral("nginx.proxy_connect_timeout")), QStringLiteral("3m"));
        QCOMPARE(doc.value(QStringLiteral("nginx.proxy_send_timeout")), QStringLiteral("180"));
    }

    void editChangesExactlyTheValueBytes_data()
    {
        QTest::addColumn<bool>("crlfEnds");
        QTest::newRow("LF") << false;
        QTest::newRow("CRLF") << true;
    }

    void editChangesExactlyTheValueBytes()
    {
        QFETCH(bool, crlfEnds);
        const auto bytes = [&](const char* f) {
            const QByteArray b = read(QString::fromLatin1(f));
            return crlfEnds ? crlf(b) : b;
        };
        const NginxDocument doc = parse(QStringLiteral("n.conf"), bytes("nginx/tricky.conf"));
        // Units stay the file's: "3m" becomes "1m", a bare "180" stays bare, a quoted value quoted.
        QCOMPARE(edited(doc, {{"nginx.proxy_read_timeout", "60"},
                              {"nginx.proxy_connect_timeout", "60"},
                              {"nginx.proxy_send_timeout", "60"},
                              {"nginx.rate", "5r/m"},
                              {"nginx.burst", "10"},
                              {"nginx.nodelay", "off"}}),
                 bytes("nginx/tricky.edited.conf"));
    }

    void absentSettingsAreAddedAndRemovedByLine()
    {
        const NginxDocument previous =
            parse(QStringLiteral("n.conf"), read(QStringLiteral("nginx/previous.conf")));
        QVERIFY(!previous.value(QStringLiteral("nginx.rate")));
        QVERIFY(!previous.value(QStringLiteral("nginx.burst")));
        QCOMPARE(previous.rateLimit(), NginxDocument::RateLimit());
        QCOMPARE(edited(previous, {{"nginx.proxy_read_timeout", "180"},
                                   {"nginx.proxy_connect_timeout", "180"},
                                   {"nginx.proxy_send_timeout", "180"},
                                   {"nginx.rate", "20r/s"},
                                   {"nginx.burst", "40"},
                                   {"nginx.nodelay", "on"}}),
                 read(QStringLiteral("nginx/previous.optimized.conf")));

        const NginxDocument demo =
            parse(QStringLiteral("n.conf"), read(QStringLiteral("demo/nginx-docker.conf")));
        QCOMPARE(edited(demo, {{"nginx.rate", "off"},
                               {"nginx.proxy_read_timeout", "60"},
                               {"nginx.proxy_connect_timeout", "60"},
                               {"nginx.proxy_send_timeout", "60"}}),
                 read(QStringLiteral("nginx/demo.previous.conf")));
        // A burst without a limit_req has no place to go.
        const auto noLimit = previous.withValue(QStringLiteral("nginx.burst"), QStringLiteral("5"));
        QVERIFY(!noLimit);
        QVERIFY(noLimit.error().reason().contains(QStringLiteral("nginx.rate")));
    }

    void severalPlacesAndIncludes()
    {
        const NginxDocument doc = parse(QStringLiteral("multi.conf"),
                                        read(QStringLiteral("nginx/multi.conf")), multiIncludes());
        // The API location has no read timeout: the http one applies to it and is the default.
        QCOMPARE(doc.value(QStringLiteral("nginx.proxy_read_timeout")), QStringLiteral("90s"));
        const auto occ = doc.occurrences(QStringLiteral("nginx.proxy_read_timeout"));
        QCOMPARE(occ.size(), 3);
        QCOMPARE(occ[0].blockPath, QStringLiteral("http"));
        QVERIFY(occ[0].isDefault);
        QCOMPARE(occ[1].blockPath, QStringLiteral("http > server > location /static/"));
        QCOMPARE(occ[1].line, 13);
        QVERIFY(!occ[1].isDefault);
        QCOMPARE(occ[2].blockPath, QStringLiteral("http > server > location /"));
        QCOMPARE(doc.value(QStringLiteral("nginx.proxy_connect_timeout")), QStringLiteral("30s"));
        // From the included file, which is where the edit goes.
        QCOMPARE(doc.value(QStringLiteral("nginx.proxy_send_timeout")), QStringLiteral("45s"));
        const auto send = doc.occurrences(QStringLiteral("nginx.proxy_send_timeout"));
        QCOMPARE(send.size(), 1);
        QCOMPARE(send.first().file, QStringLiteral("conf.d/timeouts.conf"));
        QCOMPARE(send.first().line, 2);
        const auto sendEdit =
            doc.withValue(QStringLiteral("nginx.proxy_send_timeout"), QStringLiteral("50"));
        QVERIFY(sendEdit);
        QCOMPARE(sendEdit->sources().at(0).bytes, read(QStringLiteral("nginx/multi.conf")));
        QCOMPARE(sendEdit->sources().at(1).bytes,
                 QByteArray("# included from multi.conf\nproxy_send_timeout 50s;\n"));
        QCOMPARE(sendEdit->value(QStringLiteral("nginx.proxy_send_timeout")),
                 QStringLiteral("50s"));

        QCOMPARE(edited(doc, {{"nginx.proxy_read_timeout", "120"}}, NginxDocument::Scope::All),
                 read(QStringLiteral("nginx/multi.all-read120.conf")));
        QByteArray one = read(QStringLiteral("nginx/multi.conf"));
        one.replace("proxy_read_timeout 90s;", "proxy_read_timeout 120s;");
        QCOMPARE(edited(doc, {{"nginx.proxy_read_timeout", "120"}}), one);
    }

    void rateAddedInsideHttpBlock()
    {
        const NginxDocument doc = parse(QStringLiteral("multi.conf"),
                                        read(QStringLiteral("nginx/multi.conf")), multiIncludes());
        QByteArray expected = read(QStringLiteral("nginx/multi.conf"));
        expected.replace(
            "http {\n",
            "http {\n    limit_req_zone $binary_remote_addr zone=api_limit:10m rate=7r/s;\n");
        expected.replace(
            "        location /api/ {\n",
            "        location /api/ {\n            limit_req zone=api_limit burst=3;\n");
        QCOMPARE(edited(doc, {{"nginx.rate", "7r/s"}, {"nginx.burst", "3"}}), expected);
    }

    void timeUnits()
    {
        QCOMPARE(NginxTime::parse("180s"), 180000);
        QCOMPARE(NginxTime::parse("3m"), 180000);
        QCOMPARE(NginxTime::parse("1m30s"), 90000);
        QCOMPARE(NginxTime::parse("60"), 60000);
        QCOMPARE(NginxTime::parse("500ms"), 500);
        QVERIFY(!NginxTime::parse("3x"));
        QVERIFY(!NginxTime::parse(""));
        QCOMPARE(NginxTime::format(300, "3m"), QByteArray("5m"));
        QCOMPARE(NginxTime::format(90, "3m"), QByteArray("90s"));
        QCOMPARE(NginxTime::format(7200, "1h"), QByteArray("2h"));
        QCOMPARE(NginxTime::format(45, "60"), QByteArray("45"));
    }
};

QTEST_GUILESS_MAIN(TestNginxDocument)
#include "tst_nginxdocument.moc"
