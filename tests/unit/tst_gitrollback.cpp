// The instructions' rollback "Option 1" on a real temporary git repository: status and diff of
// the configuration files, their bytes at HEAD, and checkout back to HEAD; a folder outside any
// repository is a clear error.
#include "logging/auditlog.h"
#include "stackconfig/configapplyjob.h"
#include "stackconfig/configkey.h"
#include "stackconfig/configloader.h"
#include "stackconfig/gitrollback.h"
#include "stackconfigdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using namespace Qt::Literals::StringLiterals;

class TestGitRollback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool git(const QString& dir, const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(u"git"_s, QStringList{u"-c"_s, u"user.name=t"_s, u"-c"_s, u"user.email=t@t"_s,
                                      u"-c"_s, u"commit.gpgsign=false"_s} +
                              args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }
    static void put(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray get(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("git is not installed");
    }

    // The stack folder is a subfolder of the repository, as in a real deployment repo.
    void statusDiffAndCheckout()
    {
        const QString repo = m_dir.filePath(u"repo"_s);
        const QString stack = repo + u"/deploy"_s;
        const QStringList files = {u"nginx-docker.conf"_s, u"app/database/db.py"_s};
        put(stack + u"/nginx-docker.conf"_s, "proxy_read_timeout 60s;\r\n");
        put(stack + u"/app/database/db.py"_s, "pool_size = 20\n");
        QVERIFY(git(repo, {u"init"_s, u"-q"_s}));
        QVERIFY(git(repo, {u"add"_s, u"."_s}));
        QVERIFY(git(repo, {u"commit"_s, u"-q"_s, u"-m"_s, u"base"_s}));

        auto state = GitRollback::inspect(stack, files);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message()));
        QVERIFY(state->isClean());
        QCOMPARE(QFileInfo(state->topLevel).canonicalFilePath(),
                 QFileInfo(repo).canonicalFilePath());

        put(stack + u"/nginx-docker.conf"_s, "proxy_read_timeout 180s;\r\n");
        state = GitRollback::inspect(stack, files);
        QVERIFY(state);
        QCOMPARE(state->porcelain, QStringList{u" M deploy/nginx-docker.conf"_s});
        QVERIFY(state->diff.contains(u"+proxy_read_timeout 180s;"_s));
        QCOMPARE(state->head.value(u"nginx-docker.conf"_s),
                 QByteArray("proxy_read_timeout 60s;\r\n"));
        QCOMPARE(state->head.value(u"app/database/db.py"_s), QByteArray("pool_size = 20\n"));

        QVERIFY(GitRollback::checkout(stack, files));
        QCOMPARE(get(stack + u"/nginx-docker.conf"_s), QByteArray("proxy_read_timeout 60s;\r\n"));
        QVERIFY(GitRollback::inspect(stack, files)->isClean());
    }

    // `config rollback --git` end to end without a stack: the job (no validation, no take-effect)
    // puts the four files back to HEAD with git checkout and records it as kind "git".
    void applyJobRollsBackToHead()
    {
        const QString repo = m_dir.filePath(u"deployrepo"_s);
        QStringList files;
        for (auto f : {ConfigKey::File::Nginx, ConfigKey::File::Compose, ConfigKey::File::Database,
                       ConfigKey::File::HttpClient}) {
            files << ConfigKey::path(f);
            put(repo + u'/' + ConfigKey::path(f), stackconfigdata::demo(ConfigKey::path(f)));
        }
        QVERIFY(git(repo, {u"init"_s, u"-q"_s}));
        QVERIFY(git(repo, {u"add"_s, u"."_s}));
        QVERIFY(git(repo, {u"commit"_s, u"-q"_s, u"-m"_s, u"base"_s}));
        const QString compose = repo + u"/Docker_all/docker-compose.yml"_s;
        const QByteArray head = get(compose);
        put(compose, QByteArray(head).replace("--workers 8", "--workers 3"));

        const auto state = GitRollback::inspect(repo, files);
        QVERIFY(state);
        QCOMPARE(state->porcelain, QStringList{u" M Docker_all/docker-compose.yml"_s});
        const auto docs = ConfigLoader::load(repo);
        QVERIFY(docs);
        AuditLog::setPath(m_dir.filePath(u"audit.jsonl"_s));
        ConfigApplyJob::Options options;
        options.profile = Profile::fromStackDir(repo, u"git test"_s);
        options.plan = ConfigApplyPlan::fromFiles(docs->bytes(), state->head);
        options.kind = u"git"_s;
        options.validate = false;
        options.takeEffect = false;
        options.historyPath = m_dir.filePath(u"git-history.json"_s);
        options.previousDir = m_dir.filePath(u"git-previous"_s);
        ConfigApplyJob job(nullptr, options);
        job.start();
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(get(compose), head);
        QVERIFY(GitRollback::inspect(repo, files)->isClean());
        const auto entry = ConfigHistory(options.historyPath).entry({});
        QVERIFY(entry);
        QCOMPARE(entry->kind, u"git"_s);
        QCOMPARE(entry->values.first(), (ConfigValueChange{u"gunicorn.workers"_s, u"3"_s, u"8"_s}));
        QVERIFY(job.report().pending.join(u' ').contains(u"up -d --no-deps backend"_s));
    }

    void outsideARepositoryIsAnError()
    {
        const QString plain = m_dir.filePath(u"plain"_s);
        put(plain + u"/nginx-docker.conf"_s, "x\n");
        // A repository above the temporary folder would make this one part of it.
        qputenv("GIT_CEILING_DIRECTORIES", QFile::encodeName(m_dir.path()));
        const auto state = GitRollback::inspect(plain, {u"nginx-docker.conf"_s});
        QVERIFY(!state);
        QVERIFY2(state.error().what().contains(u"git rev-parse"_s),
                 qPrintable(state.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestGitRollback)
#include "tst_gitrollback.moc"
