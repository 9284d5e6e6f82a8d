#include "docker/dockerendpoint.h"
#include "exec/commandline.h"
#include "exec/terminallauncher.h"

#include <QFile>
#include <QFileDevice>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace artgen::core;
using namespace Qt::StringLiterals;

// "Open shell": the docker command and the terminal that would run it. $TERMINAL points to a
// script of the test's own that writes down its arguments, a real process started detached.
class TestTerminalLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fakeTerminal(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        // One argument a line, so spaces inside one stay visible.
        f.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$0.argv.tmp\"\n"
                "mv \"$0.argv.tmp\" \"$0.argv\"\n");
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }

    static QStringList recorded(const QString& path)
    {
        QFile f(path + u".argv"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void dockerCommandOnTheLocalSocket()
    {
        const auto local = DockerEndpoint::parse(u"unix:///var/run/docker.sock"_s);
        QVERIFY(local);
        QCOMPARE(
            TerminalLauncher::dockerCommand(u"art_generation_backend"_s, *local),
            (QStringList{u"docker"_s, u"exec"_s, u"-it"_s, u"art_generation_backend"_s, u"sh"_s}));
    }

    void dockerCommandNamesAnotherEndpoint_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("host");
        QTest::newRow("tcp") << u"tcp://10.0.0.5:2375"_s << u"tcp://10.0.0.5:2375"_s;
        QTest::newRow("ssh") << u"ssh://deploy@build.example"_s << u"ssh://deploy@build.example"_s;
        QTest::newRow("other socket")
            << u"unix:///run/user/1000/docker.sock"_s << u"unix:///run/user/1000/docker.sock"_s;
    }
    void dockerCommandNamesAnotherEndpoint()
    {
        QFETCH(QString, spec);
        QFETCH(QString, host);
        const auto ep = DockerEndpoint::parse(spec);
        QVERIFY(ep);
        QCOMPARE(TerminalLauncher::dockerCommand(u"c"_s, *ep),
                 (QStringList{u"docker"_s, u"-H"_s, host, u"exec"_s, u"-it"_s, u"c"_s, u"sh"_s}));
    }

    // The line shown for copying reads back as the same words.
    void commandLineQuotes()
    {
        const QStringList argv{u"docker"_s, u"exec"_s, u"-it"_s, u"my box"_s, u"it's"_s};
        const QString line = TerminalLauncher::commandLine(argv);
        QCOMPARE(line, u"docker exec -it 'my box' 'it'\\''s'"_s);
        QCOMPARE(CommandLine::split(line), argv);
        QProcess sh;
        sh.start(u"sh"_s, {u"-c"_s, u"for a in "_s + line + u"; do printf '%s\\n' \"$a\"; done"_s});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
                 argv);
    }

    void terminalFromEnvironmentRunsTheCommand()
    {
        const QString script = fakeTerminal(u"myterm"_s);
        QVERIFY(!script.isEmpty());
        qputenv("TERMINAL", script.toUtf8());
        const QStringList command{u"docker"_s, u"exec"_s, u"-it"_s, u"art_generation_backend"_s,
                                  u"sh"_s};
        const TerminalLauncher::Program term = TerminalLauncher::terminalFor(command);
        QCOMPARE(term.program, script);
        QCOMPARE(term.arguments, QStringList{u"-e"_s} + command);
        QString error;
        QVERIFY2(TerminalLauncher::launch(term, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(recorded(script), QStringList{u"-e"_s} + command, 10000);
        qunsetenv("TERMINAL");
    }

    // gnome-terminal and xfce4-terminal take the command their own way.
    void terminalArguments()
    {
        const QString gnome = fakeTerminal(u"gnome-terminal"_s);
        qputenv("TERMINAL", gnome.toUtf8());
        QCOMPARE(TerminalLauncher::terminalFor({u"sh"_s}).arguments,
                 (QStringList{u"--"_s, u"sh"_s}));
        const QString xfce = fakeTerminal(u"xfce4-terminal"_s);
        qputenv("TERMINAL", xfce.toUtf8());
        QCOMPARE(TerminalLauncher::terminalFor({u"sh"_s}).arguments,
                 (QStringList{u"-x"_s, u"sh"_s}));
        qunsetenv("TERMINAL");
    }

    void noTerminalIsSaid()
    {
        QString error;
        QVERIFY(!TerminalLauncher::launch({}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTerminalLauncher)
#include "tst_terminallauncher.moc"
