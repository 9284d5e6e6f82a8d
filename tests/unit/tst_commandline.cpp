#include "exec/commandline.h"
#include "settings/commandhistory.h"
#include "settings/settingsstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using namespace Qt::StringLiterals;

// What the Run dialog sends to Docker exec for a typed line, and the history it keeps.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("words") << u"ps aux"_s << QStringList{u"ps"_s, u"aux"_s};
        QTest::newRow("spaces") << u"  ls   -l  "_s << QStringList{u"ls"_s, u"-l"_s};
        QTest::newRow("double quotes")
            << u"echo \"a b\" c"_s << QStringList{u"echo"_s, u"a b"_s, u"c"_s};
        QTest::newRow("single quotes")
            << u"grep 'x  y' f"_s << QStringList{u"grep"_s, u"x  y"_s, u"f"_s};
        QTest::newRow("escaped quote")
            << u"echo \"say \\\"hi\\\"\""_s << QStringList{u"echo"_s, u"say \"hi\""_s};
        QTest::newRow("backslash outside quotes")
            << u"ls my\\ dir"_s << QStringList{u"ls"_s, u"my dir"_s};
        QTest::newRow("backslash kept in double quotes")
            << u"printf \"a\\n\\$b\""_s << QStringList{u"printf"_s, u"a\\n$b"_s};
        QTest::newRow("backslash literal in single quotes")
            << u"echo 'a\\b'"_s << QStringList{u"echo"_s, u"a\\b"_s};
        QTest::newRow("parts join") << u"a'b c'\"d\"e"_s << QStringList{u"ab cde"_s};
        QTest::newRow("empty word") << u"env X= ''"_s << QStringList{u"env"_s, u"X="_s, QString()};
        QTest::newRow("tabs") << u"a\tb"_s << QStringList{u"a"_s, u"b"_s};
        // No shell: a pipe is a word like any other.
        QTest::newRow("pipe is a word")
            << u"ps | grep x"_s << QStringList{u"ps"_s, u"|"_s, u"grep"_s, u"x"_s};
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("blank") << u"   "_s << QStringList();
    }
    void split()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, argv);
        const std::optional<QStringList> words = CommandLine::argv(line, false);
        QVERIFY(words);
        QCOMPARE(*words, argv);
    }

    void unfinished_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("single") << u"echo 'abc"_s;
        QTest::newRow("double") << u"echo \"abc"_s;
        QTest::newRow("trailing backslash") << u"echo abc\\"_s;
    }
    void unfinished()
    {
        QFETCH(QString, line);
        QVERIFY(!CommandLine::argv(line, false));
        // The shell reports its own syntax errors.
        QCOMPARE(*CommandLine::argv(line, true), (QStringList{u"sh"_s, u"-c"_s, line}));
    }

    void shellOperatorsOutsideSingleQuotes()
    {
        using artgen::core::CommandLine;
        QCOMPARE(CommandLine::shellOperators(QStringLiteral("ps aux | grep gunicorn")),
                 QStringList{QStringLiteral("|")});
        QCOMPARE(CommandLine::shellOperators(QStringLiteral("echo $HOME; ls > out")),
                 (QStringList{QStringLiteral("$"), QStringLiteral(";"), QStringLiteral(">")}));
        QCOMPARE(CommandLine::shellOperators(QStringLiteral("grep 'a|b' file")), QStringList());
        QCOMPARE(CommandLine::shellOperators(QStringLiteral("grep a\\|b file")), QStringList());
        QCOMPARE(CommandLine::shellOperators(QStringLiteral("echo \"$USER | x\"")),
                 QStringList{QStringLiteral("$")});
        QCOMPARE(CommandLine::shellOperators(QStringLiteral("ls -la /srv/app")), QStringList());
    }

    void throughShell()
    {
        const QString line = u"ps aux | grep 'gunicorn: worker'; echo $HOME"_s;
        QCOMPARE(*CommandLine::argv(line, true), (QStringList{u"sh"_s, u"-c"_s, line}));
        QCOMPARE(*CommandLine::argv(u" "_s, true), QStringList());
    }

    void historyPutsNewestFirstWithoutDuplicates()
    {
        QStringList list;
        list = CommandHistory::added(list, u"a"_s);
        list = CommandHistory::added(list, u"b"_s);
        list = CommandHistory::added(list, u"a"_s);
        QCOMPARE(list, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(CommandHistory::added(list, u"  "_s), list);
    }

    void historyKeepsTwenty()
    {
        QStringList list;
        for (int i = 0; i < 25; ++i)
            list = CommandHistory::added(list, QString::number(i));
        QCOMPARE(list.size(), 20);
        QCOMPARE(list.first(), u"24"_s);
        QCOMPARE(list.last(), u"5"_s);
    }

    // Kept per profile in the settings file, read back by a new store; any profile name works.
    void historyPersistsPerProfile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"artgen.conf"_s);
        const QString line = u"sh -c \"a, b\" @x"_s;
        {
            SettingsStore store(file);
            CommandHistory demo(&store, u"Demo stack"_s);
            demo.add(u"ps aux"_s);
            demo.add(line);
            CommandHistory other(&store, u"Прод / main"_s);
            other.add(u"only here"_s);
            QVERIFY(store.sync());
        }
        SettingsStore store(file);
        QVERIFY(store.status());
        QCOMPARE(CommandHistory(&store, u"Demo stack"_s).commands(),
                 (QStringList{line, u"ps aux"_s}));
        QCOMPARE(CommandHistory(&store, u"Прод / main"_s).commands(), QStringList{u"only here"_s});
        QVERIFY(CommandHistory(&store, u"New"_s).commands().isEmpty());
    }

    void historyWithoutStoreLivesInMemory()
    {
        CommandHistory h(nullptr, u"p"_s);
        h.add(u"x"_s);
        QCOMPARE(h.commands(), QStringList{u"x"_s});
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
