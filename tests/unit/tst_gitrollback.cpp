// The instructions' rollback "Option 1" on a real temporary git repository: status and diff of
// the configuration files, their bytes at HEAD, and checkout back to HEAD; a folder outside any
// repository is a clear error.
#include "stackconfig/gitrollback.h"

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
