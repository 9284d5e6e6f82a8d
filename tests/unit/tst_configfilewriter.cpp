// Writing the files of a change: all or nothing on a real fault in the middle (a folder where the
// second file should be), the previous versions kept outside the stack folder, a file edited
// since it was read left alone, and an in-place rewrite that keeps the inode (what a single-file
// bind mount needs).
#include "stackconfig/configfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace artgen::core;
using namespace Qt::Literals::StringLiterals;

class TestConfigFileWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_stack;

    void put(const QString& relative, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(m_stack + u'/' + relative).path());
        QFile f(m_stack + u'/' + relative);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QByteArray get(const QString& path) const
    {
        QFile f(path.startsWith(u'/') ? path : m_stack + u'/' + path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }
    static ino_t inode(const QString& path)
    {
        struct stat st
        {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_stack = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QDir().mkpath(m_stack);
    }

    void writesEveryFileAndKeepsThePrevious()
    {
        put(u"a.conf"_s, "a-old\r\n");
        put(u"dir/b.py"_s, "b-old\n");
        QFile::setPermissions(m_stack + u"/a.conf"_s,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const QString previous = m_dir.filePath(u"previous1"_s);
        QVERIFY(ConfigFileWriter::write(
            {m_stack, previous, {}},
            {{u"a.conf"_s, "a-old\r\n", "a-new\r\n"}, {u"dir/b.py"_s, "b-old\n", "b-new\n"}}));
        QCOMPARE(get(u"a.conf"_s), QByteArray("a-new\r\n"));
        QCOMPARE(get(u"dir/b.py"_s), QByteArray("b-new\n"));
        QCOMPARE(get(previous + u"/a.conf"_s), QByteArray("a-old\r\n"));
        QCOMPARE(get(previous + u"/dir/b.py"_s), QByteArray("b-old\n"));
        QCOMPARE(QFile::permissions(m_stack + u"/a.conf"_s) & 0x7077,
                 (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup) & 0x7077);
        QVERIFY(QDir(m_stack).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temp left
    }

    // A folder where the second file should be: the first one, already written, gets its old
    // bytes back, and the error names the second.
    void failureInTheMiddleRestoresTheFirst()
    {
        put(u"a.conf"_s, "a-old\n");
        QDir().mkpath(m_stack + u"/b.yml"_s);
        put(u"c.py"_s, "c-old\n");
        const auto ok = ConfigFileWriter::write({m_stack, m_dir.filePath(u"previous2"_s), {}},
                                                {{u"a.conf"_s, "a-old\n", "a-new\n"},
                                                 {u"b.yml"_s, "b-old\n", "b-new\n"},
                                                 {u"c.py"_s, "c-old\n", "c-new\n"}});
        QVERIFY(!ok);
        QVERIFY2(ok.error().what().contains(u"b.yml"_s), qPrintable(ok.error().message()));
        QVERIFY(ok.error().why().contains(u"put back"_s));
        QCOMPARE(get(u"a.conf"_s), QByteArray("a-old\n"));
        QCOMPARE(get(u"c.py"_s), QByteArray("c-old\n"));
        QVERIFY(QFileInfo(m_stack + u"/b.yml"_s).isDir());
    }

    // Not root: a read-only folder is a real write failure too (root writes anyway).
    void readOnlyFolderFailsWithNothingWritten()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; the folder-in-place case covers this");
        put(u"a.conf"_s, "a-old\n");
        put(u"ro/b.yml"_s, "b-old\n");
        QFile::setPermissions(m_stack + u"/ro"_s, QFile::ReadOwner | QFile::ExeOwner);
        const auto ok =
            ConfigFileWriter::write({m_stack, {}, {}}, {{u"a.conf"_s, "a-old\n", "a-new\n"},
                                                        {u"ro/b.yml"_s, "b-old\n", "b-new\n"}});
        QFile::setPermissions(m_stack + u"/ro"_s,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!ok);
        QCOMPARE(get(u"a.conf"_s), QByteArray("a-old\n"));
        QCOMPARE(get(u"ro/b.yml"_s), QByteArray("b-old\n"));
    }

    void fileEditedSinceReadIsNotOverwritten()
    {
        put(u"a.conf"_s, "edited by hand\n");
        const auto ok =
            ConfigFileWriter::write({m_stack, {}, {}}, {{u"a.conf"_s, "a-old\n", "a-new\n"}});
        QVERIFY(!ok);
        QVERIFY(ok.error().what().contains(u"changed on disk"_s));
        QCOMPARE(get(u"a.conf"_s), QByteArray("edited by hand\n"));
    }

    // In place: same inode (what a single-file bind mount sees), a shorter file truncated; the
    // atomic replace gives a new inode.
    void inPlaceKeepsTheInode()
    {
        put(u"nginx.conf"_s, "a long previous configuration\n");
        put(u"other.conf"_s, "x\n");
        const ino_t before = inode(m_stack + u"/nginx.conf"_s);
        const ino_t otherBefore = inode(m_stack + u"/other.conf"_s);
        QVERIFY(ConfigFileWriter::write(
            {m_stack, {}, {u"nginx.conf"_s}},
            {{u"nginx.conf"_s, "a long previous configuration\n", "short\n"},
             {u"other.conf"_s, "x\n", "y\n"}}));
        QCOMPARE(get(u"nginx.conf"_s), QByteArray("short\n"));
        QCOMPARE(inode(m_stack + u"/nginx.conf"_s), before);
        QCOMPARE(get(u"other.conf"_s), QByteArray("y\n"));
        QVERIFY(inode(m_stack + u"/other.conf"_s) != otherBefore);
    }
};

QTEST_GUILESS_MAIN(TestConfigFileWriter)
#include "tst_configfilewriter.moc"
