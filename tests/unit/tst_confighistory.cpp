// The configuration history (JSON per profile) and the plans built from a change or back to an
// entry: an applied change recorded with its bytes, and a rollback plan that restores exactly the
// "before" bytes of the files that change touched.
#include "stackconfig/configapplyjob.h"
#include "stackconfig/configapplyplan.h"
#include "stackconfig/confighistory.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configpreset.h"
#include "stackconfigdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using namespace stackconfigdata;
using namespace Qt::Literals::StringLiterals;

class TestConfigHistory : public QObject
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

    static ConfigApplyPlan planFor(const QHash<QString, QByteArray>& files,
                                   const ConfigChange& change)
    {
        const auto docs = ConfigDocuments::parse(files);
        if (!docs)
            return {};
        return ConfigApplyPlan::fromChange(*docs, change).value_or(ConfigApplyPlan());
    }

    static ConfigHistoryEntry entryFor(const ConfigApplyPlan& plan, const QString& id)
    {
        ConfigHistoryEntry e;
        e.id = id;
        e.time = QDateTime(QDate(2026, 11, 30), QTime(6, 0, 1, 250), Qt::UTC);
        e.user = u"admin"_s;
        e.profile = u"Demo stack"_s;
        e.kind = u"preset"_s;
        e.values = plan.values();
        e.files = plan.files();
        e.summary = plan.summary();
        return e;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void planNamesFilesValuesAndEffects()
    {
        const ConfigApplyPlan plan = planFor(demoFiles(), ConfigPreset::previous().change());
        QCOMPARE(plan.paths(),
                 (QStringList{u"Docker_all/docker-compose.yml"_s, u"nginx-docker.conf"_s}));
        QVERIFY(plan.values().contains(ConfigValueChange{u"gunicorn.workers"_s, u"8"_s, u"4"_s}));
        QVERIFY(
            plan.values().contains(ConfigValueChange{u"celery.concurrency"_s, u"12"_s, u"8"_s}));
        QVERIFY(plan.values().contains(ConfigValueChange{u"nginx.rate"_s, u"20r/s"_s, {}}));
        QVERIFY(plan.reloadsNginx());
        QCOMPARE(plan.recreatedServices(), (QStringList{u"backend"_s, u"celery"_s}));
        QVERIFY(plan.restartedServices().isEmpty()); // the pool values are already as asked
        QCOMPARE(plan.pendingActions().size(), 2);

        ConfigChange pool;
        pool.set(u"db.pool_size"_s, u"10"_s);
        const ConfigApplyPlan python = planFor(demoFiles(), pool);
        QCOMPARE(python.paths(), QStringList{u"app/database/db.py"_s});
        QVERIFY(!python.reloadsNginx());
        QVERIFY(python.recreatedServices().isEmpty());
        QCOMPARE(python.restartedServices(), (QStringList{u"backend"_s, u"celery"_s}));
        QCOMPARE(python.summary(), u"db.pool_size 20 → 10"_s);
    }

    void historyKeepsEntriesByteForByte()
    {
        ConfigHistory history(m_dir.filePath(u"h/config-history.json"_s));
        QCOMPARE(history.entries()->size(), 0);
        QVERIFY(!history.entry({}).has_value()); // empty history: a sentence, not a crash

        QHash<QString, QByteArray> files = demoFiles();
        // Bytes a text format would mangle: CRLF, a NUL, invalid UTF-8.
        files[ConfigKey::path(ConfigKey::File::Database)] += QByteArray("\r\n# \0\xff\xfe end", 12);
        const ConfigApplyPlan first = planFor(files, ConfigPreset::previous().change());
        const ConfigHistoryEntry a = entryFor(first, u"20261130-060001-aaaa"_s);
        QVERIFY(history.append(a));
        ConfigChange pool;
        pool.set(u"db.pool_size"_s, u"10"_s);
        const ConfigHistoryEntry b = entryFor(planFor(files, pool), u"20261130-060002-bbbb"_s);
        QVERIFY(history.append(b));

        const auto all = ConfigHistory(history.path()).entries();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0), a);
        QCOMPARE(all->at(1), b);
        QCOMPARE(all->at(1).files.first().before,
                 files.value(ConfigKey::path(ConfigKey::File::Database)));
        QCOMPARE(history.entry({})->id, b.id);                   // newest
        QCOMPARE(history.entry(u"20261130-060001"_s)->id, a.id); // a unique prefix
        QVERIFY(!history.entry(u"20261130"_s).has_value());      // ambiguous
        QVERIFY(!history.entry(u"nope"_s).has_value());
    }

    void unreadableHistoryIsAnErrorAndNotOverwritten()
    {
        const QString path = m_dir.filePath(u"broken.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        ConfigHistory history(path);
        QVERIFY(!history.entries().has_value());
        QVERIFY(!history.append(ConfigHistoryEntry{}).has_value());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{ not json"));
    }

    // Rolling back to an entry restores the bytes that entry's files had before it, whatever
    // came after, and only those files.
    void rollbackPlanRestoresBeforeBytes()
    {
        const QHash<QString, QByteArray> original = demoFiles();
        const ConfigApplyPlan first = planFor(original, ConfigPreset::previous().change());
        const ConfigHistoryEntry entry = entryFor(first, u"e1"_s);
        QHash<QString, QByteArray> now = original;
        for (const auto& f : first.files())
            now.insert(f.path, f.after);
        ConfigChange more;
        more.set(u"db.pool_size"_s, u"7"_s);
        const ConfigApplyPlan second = planFor(now, more);
        for (const auto& f : second.files())
            now.insert(f.path, f.after);

        const ConfigApplyPlan back = ConfigApplyJob::rollbackPlan(entry, now);
        QCOMPARE(back.paths(), first.paths()); // db.py is not part of that entry
        for (const auto& f : back.files()) {
            QCOMPARE(f.before, now.value(f.path));
            QCOMPARE(f.after, original.value(f.path));
        }
        QVERIFY(back.values().contains(ConfigValueChange{u"gunicorn.workers"_s, u"4"_s, u"8"_s}));
        // Already back: nothing to do.
        QVERIFY(ConfigApplyJob::rollbackPlan(entry, original).isEmpty());
    }

    // Which files a container sees as single-file bind mounts, by real path (symlinks too).
    void singleFileMountsByRealPath()
    {
        const QString stack = m_dir.filePath(u"stack"_s);
        QDir().mkpath(stack + u"/app"_s);
        QFile f(stack + u"/nginx-docker.conf"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(QFile::link(stack, m_dir.filePath(u"link"_s)));
        const QList<ContainerInspection::Mount> mounts = {
            {u"bind"_s, m_dir.filePath(u"link/nginx-docker.conf"_s),
             u"/etc/nginx/conf.d/default.conf"_s, false},
            {u"bind"_s, stack + u"/app"_s, u"/srv/app"_s, false},
            {u"volume"_s, u"/var/lib/docker/volumes/x"_s, u"/data"_s, true}};
        QCOMPARE(ConfigApplyJob::singleFileMounts(
                     mounts, stack, {u"nginx-docker.conf"_s, u"app/database/db.py"_s}),
                 QSet<QString>{u"nginx-docker.conf"_s});
    }
};

QTEST_GUILESS_MAIN(TestConfigHistory)
#include "tst_confighistory.moc"
