// The configuration editor's core over the demo stack's four files: keys and ranges, changes
// applied all or nothing, the instructions' presets, the capacity check and the unified diff.
#include "stackconfig/capacitycheck.h"
#include "stackconfig/configchange.h"
#include "stackconfig/configdocuments.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configloader.h"
#include "stackconfig/configpreset.h"
#include "stackconfig/unifieddiff.h"
#include "stackconfigdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using namespace stackconfigdata;
using namespace Qt::Literals::StringLiterals;

class TestConfigChange : public QObject
{
    Q_OBJECT

    static QHash<QString, QByteArray> demoFiles()
    {
        QHash<QString, QByteArray> files;
        for (auto f : {ConfigKey::File::Nginx, ConfigKey::File::Compose, ConfigKey::File::Database,
                       ConfigKey::File::HttpClient})
            files.insert(ConfigKey::path(f), demo(ConfigKey::path(f)));
        return files;
    }

    static ConfigDocuments demoDocuments()
    {
        auto docs = ConfigDocuments::parse(demoFiles());
        if (!docs)
            qWarning() << docs.error().file() << docs.error().line() << docs.error().reason();
        return docs ? *docs : ConfigDocuments();
    }

private Q_SLOTS:
    void demoRoundTripIsByteExact()
    {
        const QHash<QString, QByteArray> files = demoFiles();
        const auto docs = ConfigDocuments::parse(files);
        QVERIFY(docs);
        const QHash<QString, QByteArray> out = docs->bytes();
        QCOMPARE(out.size(), 4);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY(!it.value().isEmpty());
            QCOMPARE(sha256(out.value(it.key())), sha256(it.value()));
        }
    }

    void everyKeyIsReadFromTheDemo()
    {
        const ConfigDocuments docs = demoDocuments();
        const QHash<QString, QString> expected = {
            {u"nginx.proxy_read_timeout"_s, u"180s"_s},
            {u"nginx.proxy_connect_timeout"_s, u"180s"_s},
            {u"nginx.proxy_send_timeout"_s, u"180s"_s},
            {u"nginx.rate"_s, u"20r/s"_s},
            {u"nginx.burst"_s, u"40"_s},
            {u"nginx.nodelay"_s, u"on"_s},
            {u"gunicorn.workers"_s, u"8"_s},
            {u"gunicorn.worker_class"_s, u"uvicorn.workers.UvicornWorker"_s},
            {u"celery.concurrency"_s, u"12"_s},
            {u"db.pool_size"_s, u"20"_s},
            {u"db.max_overflow"_s, u"40"_s},
            {u"db.pool_timeout"_s, u"5"_s},
            {u"db.pool_recycle"_s, u"300"_s},
            {u"http.pool_connections"_s, u"20"_s},
            {u"http.pool_maxsize"_s, u"100"_s},
            {u"http.connect_timeout"_s, u"5"_s},
            {u"http.read_timeout"_s, u"180"_s}};
        QCOMPARE(ConfigKey::all().size(), expected.size());
        for (const ConfigKey& key : ConfigKey::all()) {
            QCOMPARE(docs.value(key.id()), expected.value(key.id()));
            QVERIFY2(docs.line(key.id()) > 0, qPrintable(key.id()));
            QVERIFY(!key.label().isEmpty());
            QVERIFY(!key.description().isEmpty());
        }
        QCOMPARE(docs.file(u"db.pool_size"_s), u"app/database/db.py"_s);
        QCOMPARE(docs.line(u"db.pool_size"_s), 32);
    }

    void keysCheckRanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("workers 1") << "gunicorn.workers"
                                   << "1"
                                   << "1";
        QTest::newRow("workers 64") << "gunicorn.workers"
                                    << "64"
                                    << "64";
        QTest::newRow("workers 0") << "gunicorn.workers"
                                   << "0"
                                   << "";
        QTest::newRow("workers 65") << "gunicorn.workers"
                                    << "65"
                                    << "";
        QTest::newRow("workers text") << "gunicorn.workers"
                                      << "eight"
                                      << "";
        QTest::newRow("concurrency 256") << "celery.concurrency"
                                         << "256"
                                         << "256";
        QTest::newRow("concurrency 257") << "celery.concurrency"
                                         << "257"
                                         << "";
        QTest::newRow("timeout 3m") << "nginx.proxy_read_timeout"
                                    << "3m"
                                    << "180";
        QTest::newRow("timeout 1h") << "nginx.proxy_read_timeout"
                                    << "1h"
                                    << "3600";
        QTest::newRow("timeout 1h1s") << "nginx.proxy_read_timeout"
                                      << "1h1s"
                                      << "";
        QTest::newRow("timeout 0") << "nginx.proxy_read_timeout"
                                   << "0"
                                   << "";
        QTest::newRow("timeout 500ms") << "nginx.proxy_read_timeout"
                                       << "500ms"
                                       << "";
        QTest::newRow("rate r/m") << "nginx.rate"
                                  << "600r/m"
                                  << "600r/m";
        QTest::newRow("rate bare") << "nginx.rate"
                                   << "20"
                                   << "20r/s";
        QTest::newRow("rate 0") << "nginx.rate"
                                << "0r/s"
                                << "";
        QTest::newRow("rate off") << "nginx.rate"
                                  << "off"
                                  << "off";
        QTest::newRow("burst 0") << "nginx.burst"
                                 << "0"
                                 << "0";
        QTest::newRow("burst -1") << "nginx.burst"
                                  << "-1"
                                  << "";
        QTest::newRow("nodelay yes") << "nginx.nodelay"
                                     << "yes"
                                     << "on";
        QTest::newRow("pool 0") << "db.pool_size"
                                << "0"
                                << "0";
        QTest::newRow("pool -1") << "db.pool_size"
                                 << "-1"
                                 << "";
        QTest::newRow("class") << "gunicorn.worker_class"
                               << "uvicorn.workers.UvicornWorker"
                               << "uvicorn.workers.UvicornWorker";
        QTest::newRow("class injection") << "gunicorn.worker_class"
                                         << "x --bind 0.0.0.0:1"
                                         << "";
        QTest::newRow("http timeout 3.05") << "http.connect_timeout"
                                           << "3.05"
                                           << "3.05";
    }

    void keysCheckRanges()
    {
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const ConfigKey* k = ConfigKey::find(key);
        QVERIFY(k);
        const auto out = k->normalized(input);
        if (normalized.isEmpty()) {
            QVERIFY(!out);
            QVERIFY(!out.error().isEmpty());
        } else {
            QVERIFY2(out, qPrintable(out ? QString() : out.error()));
            QCOMPARE(*out, normalized);
        }
    }

    void previousPresetGivesTheInstructionsRollback()
    {
        const ConfigDocuments docs = demoDocuments();
        const auto previous = ConfigPreset::previous().change().applyTo(docs);
        QVERIFY2(previous, qPrintable(previous ? QString() : previous.error().message()));
        const QHash<QString, QByteArray> out = previous->bytes();
        QCOMPARE(out.value(u"nginx-docker.conf"_s), read(u"nginx/demo.previous.conf"_s));
        QCOMPARE(out.value(u"Docker_all/docker-compose.yml"_s),
                 read(u"compose/demo.previous.yml"_s));
        QCOMPARE(ConfigChange::changedFiles(docs, *previous),
                 (QStringList{u"Docker_all/docker-compose.yml"_s, u"nginx-docker.conf"_s}));
        QVERIFY(!previous->value(u"nginx.rate"_s));

        // And back: the optimized preset restores every value of the demo.
        const auto optimized = ConfigPreset::optimized().change().applyTo(*previous);
        QVERIFY2(optimized, qPrintable(optimized ? QString() : optimized.error().message()));
        for (const ConfigKey& key : ConfigKey::all())
            QCOMPARE(optimized->value(key.id()), docs.value(key.id()));
        QCOMPARE(optimized->bytes().value(u"Docker_all/docker-compose.yml"_s),
                 demo(u"Docker_all/docker-compose.yml"_s));
        // The preset applied to files that already have its values changes no byte.
        const auto again = ConfigPreset::optimized().change().applyTo(docs);
        QVERIFY(again);
        QVERIFY(ConfigChange::changedFiles(docs, *again).isEmpty());
    }

    void allOrNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("out of range after good edits")
            << QStringList{u"nginx.proxy_read_timeout=60"_s, u"db.pool_size=5"_s,
                           u"gunicorn.workers=65"_s}
            << "Docker_all/docker-compose.yml" << 71;
        QTest::newRow("unknown key")
            << QStringList{u"db.pool_size=5"_s, u"gunicorn.threads=2"_s} << "" << 0;
        QTest::newRow("bad time") << QStringList{u"nginx.proxy_send_timeout=soon"_s}
                                  << "nginx-docker.conf" << 38;
    }

    void allOrNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QFETCH(int, line);
        const ConfigDocuments docs = demoDocuments();
        const QHash<QString, QByteArray> before = docs.bytes();
        const auto change = ConfigChange::fromArguments(arguments);
        QVERIFY(change);
        const auto result = change->applyTo(docs);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        if (!file.isEmpty())
            QVERIFY2(result.error().what().contains(u"%1, line %2"_s.arg(file).arg(line)),
                     qPrintable(result.error().message()));
        QVERIFY(!result.error().why().isEmpty());
        QCOMPARE(docs.bytes(), before);
    }

    void unparsableFileIsAnErrorWithItsLine()
    {
        QHash<QString, QByteArray> files = demoFiles();
        QByteArray nginx = files.value(u"nginx-docker.conf"_s);
        nginx.replace("    location / {", "    location / {{");
        files.insert(u"nginx-docker.conf"_s, nginx);
        const auto docs = ConfigDocuments::parse(files);
        QVERIFY(!docs);
        QCOMPARE(docs.error().file(), u"nginx-docker.conf"_s);
        QCOMPARE(docs.error().line(), 17);
        QVERIFY(!ConfigChange::fromArguments({u"gunicorn.workers"_s}));
    }

    void capacityOfTheInstructionsValues()
    {
        const auto check = CapacityCheck::fromDocuments(demoDocuments(), 100, 3);
        QVERIFY(check);
        QCOMPARE(check->worstCase(), 1200);
        QCOMPARE(check->available(), 97);
        QVERIFY(check->exceedsServer());
        QVERIFY(check->exceedsThreshold());
        QVERIFY(check->isInstructionsOptimized());
        QCOMPARE(check->arithmetic(), u"8 × (20 + 40) + 12 × (20 + 40) = 1200"_s);
        QVERIFY(check->report().contains(check->arithmetic()));
        QVERIFY(check->report().contains(u"instructions' own optimized values"_s));

        const CapacityCheck small({2, 2, 5, 5, 200, 3, 100});
        QCOMPARE(small.worstCase(), 40);
        QVERIFY(small.ok());
        QVERIFY(!small.report().contains(u"optimized"_s));
    }

    void unifiedDiffMatchesDiffU()
    {
        QCOMPARE(UnifiedDiff::make(read(u"diff/a.txt"_s), read(u"diff/b.txt"_s), u"x"_s),
                 read(u"diff/ab.diff"_s));
        QCOMPARE(UnifiedDiff::make(read(u"demo/nginx-docker.conf"_s),
                                   read(u"nginx/demo.previous.conf"_s), u"nginx-docker.conf"_s),
                 read(u"diff/nginx-previous.diff"_s));
        QCOMPARE(UnifiedDiff::make(read(u"demo/Docker_all/docker-compose.yml"_s),
                                   read(u"compose/demo.previous.yml"_s), u"docker-compose.yml"_s),
                 read(u"diff/compose-previous.diff"_s));
        QVERIFY(UnifiedDiff::make("same\n", "same\n", u"x"_s).isEmpty());
        QCOMPARE(UnifiedDiff::make({}, "a\n", u"x"_s),
                 QByteArray("--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+a\n"));
    }

    void diffScriptRebuildsBothSides()
    {
        // Small random edits: the script's kept + removed lines are the old text, kept + added the
        // new one, and a change of one line in 200 costs two lines of script.
        QByteArray a;
        for (int i = 0; i < 200; ++i)
            a += "line " + QByteArray::number(i % 17) + '\n';
        QByteArray b = a;
        b.replace("line 3\n", "line three\n");
        b.append("tail");
        const auto rebuild = [](const QList<UnifiedDiff::Line>& script, UnifiedDiff::Op skip) {
            QByteArray out;
            for (const auto& l : script)
                if (l.op != skip)
                    out += l.text;
            return out;
        };
        const auto script = UnifiedDiff::lines(a, b);
        QCOMPARE(rebuild(script, UnifiedDiff::Op::Add), a);
        QCOMPARE(rebuild(script, UnifiedDiff::Op::Remove), b);
        qsizetype changed = 0;
        for (const auto& l : script)
            changed += l.op != UnifiedDiff::Op::Same;
        QCOMPARE(changed, 2 * 12 + 1); // "line 3" occurs 12 times; one line added

        // Beyond the edit budget every line is removed and added: still a correct script.
        QByteArray x;
        QByteArray y;
        for (int i = 0; i < 2100; ++i) {
            x += "x" + QByteArray::number(i) + '\n';
            y += "y" + QByteArray::number(i) + '\n';
        }
        const auto big = UnifiedDiff::lines(x, y);
        QCOMPARE(big.size(), 4200);
        QCOMPARE(rebuild(big, UnifiedDiff::Op::Add), x);
        QCOMPARE(rebuild(big, UnifiedDiff::Op::Remove), y);
    }

    void loaderFollowsIncludesInsideTheStackOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QHash<QString, QByteArray> files = demoFiles();
        QByteArray nginx = files.value(u"nginx-docker.conf"_s);
        nginx.replace("        proxy_read_timeout 180s;\n",
                      "        include snippets/*.conf;\n        include ../outside.conf;\n");
        files.insert(u"nginx-docker.conf"_s, nginx);
        files.insert(u"snippets/read.conf"_s, "proxy_read_timeout 3m;\n");
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QDir().mkpath(QFileInfo(dir.filePath(it.key())).path());
            QFile f(dir.filePath(it.key()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
        const auto docs = ConfigLoader::load(dir.path());
        QVERIFY2(docs, qPrintable(docs ? QString() : docs.error().message()));
        QCOMPARE(docs->value(u"nginx.proxy_read_timeout"_s), u"3m"_s);
        QCOMPARE(docs->file(u"nginx.proxy_read_timeout"_s), u"snippets/read.conf"_s);
        const auto edited = docs->withValue(u"nginx.proxy_read_timeout"_s, u"120"_s);
        QVERIFY(edited);
        QCOMPARE(edited->bytes().value(u"snippets/read.conf"_s),
                 QByteArray("proxy_read_timeout 2m;\n"));
        QCOMPARE(edited->bytes().value(u"nginx-docker.conf"_s), nginx);
        QVERIFY(!ConfigLoader::load(dir.filePath(u"missing"_s)));
    }
};

QTEST_GUILESS_MAIN(TestConfigChange)
#include "tst_configchange.moc"
