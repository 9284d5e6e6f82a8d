// User presets: saved from given values or the current ones, listed sorted, applied like the
// built-in ones, deleted; bad names and values refused with nothing saved.
#include "stackconfig/configapplyplan.h"
#include "stackconfig/configkey.h"
#include "stackconfig/userpresetstore.h"
#include "stackconfigdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using namespace stackconfigdata;
using namespace Qt::Literals::StringLiterals;

class TestUserPresetStore : public QObject
{
    Q_OBJECT

    static ConfigDocuments demoDocuments()
    {
        QHash<QString, QByteArray> files;
        for (auto f : {ConfigKey::File::Nginx, ConfigKey::File::Compose, ConfigKey::File::Database,
                       ConfigKey::File::HttpClient})
            files.insert(ConfigKey::path(f), demo(ConfigKey::path(f)));
        return ConfigDocuments::parse(files).value_or(ConfigDocuments());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void saveListApplyDelete()
    {
        UserPresetStore store(m_dir.filePath(u"a/presets.json"_s));
        QCOMPARE(store.presets()->size(), 0);
        ConfigChange small;
        small.set(u"gunicorn.workers"_s, u"6"_s);
        small.set(u"nginx.proxy_read_timeout"_s, u"2m"_s);
        QVERIFY(store.save(u"small box"_s, small));
        const ConfigDocuments docs = demoDocuments();
        QVERIFY(store.save(u"as now"_s, UserPresetStore::currentValues(docs)));

        const auto all = UserPresetStore(store.path()).presets();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name(), u"as now"_s);
        QCOMPARE(all->at(1).name(), u"small box"_s);
        QVERIFY(!all->at(1).isBuiltIn());
        // Stored normalized: "2m" is 120 seconds.
        QVERIFY(all->at(1).change().edits().contains(
            ConfigChange::Edit{u"nginx.proxy_read_timeout"_s, u"120"_s, false}));

        const auto plan = ConfigApplyPlan::fromChange(docs, all->at(1).change());
        QVERIFY(plan);
        QVERIFY(plan->values().contains(ConfigValueChange{u"gunicorn.workers"_s, u"8"_s, u"6"_s}));
        // The current values applied to the same files change nothing.
        const auto same = ConfigApplyPlan::fromChange(docs, store.preset(u"as now"_s)->change());
        QVERIFY(same);
        QVERIFY(same->isEmpty());

        QVERIFY(store.remove(u"small box"_s));
        QCOMPARE(store.presets()->size(), 1);
        QVERIFY(!store.remove(u"small box"_s));
        QVERIFY(!store.preset(u"small box"_s));
    }

    // The current values with the rate limit off say so ("off"), so the preset turns it off.
    void currentValuesRecordNoRateLimit()
    {
        ConfigChange off;
        off.set(u"nginx.rate"_s, u"off"_s);
        const auto docs = off.applyTo(demoDocuments());
        QVERIFY(docs);
        const ConfigChange now = UserPresetStore::currentValues(*docs);
        QVERIFY(now.edits().contains(ConfigChange::Edit{u"nginx.rate"_s, u"off"_s, false}));
    }

    void badNamesAndValuesSaveNothing()
    {
        const QString path = m_dir.filePath(u"b/presets.json"_s);
        UserPresetStore store(path);
        ConfigChange ok;
        ok.set(u"gunicorn.workers"_s, u"4"_s);
        QVERIFY(!store.save(u"optimized"_s, ok)); // a built-in's id
        QVERIFY(!store.save(u"  "_s, ok));
        QVERIFY(!store.save(u"empty"_s, ConfigChange()));
        ConfigChange bad = ok;
        bad.set(u"celery.concurrency"_s, u"1000"_s);
        QVERIFY(!store.save(u"bad"_s, bad));
        ConfigChange unknown;
        unknown.set(u"nginx.gzip"_s, u"on"_s);
        QVERIFY(!store.save(u"unknown"_s, unknown));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestUserPresetStore)
#include "tst_userpresetstore.moc"
