// artgenctl's terminal prompt for a secret the keychain cannot give, and who waits for it.
// The terminal itself is replaced by a Prompt function here (a test cannot type at a prompt);
// what is under test is which thread waits: the command's own, never a shared one.

#include "monitorrun.h"
#include "secrets/sessionsecrets.h"
#include "settings/profile.h"
#include "settings/settingsstore.h"
#include "terminalasker.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace artgen;
using Id = core::SecretName::Id;

class TestTerminalAsker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup()
    {
        core::SessionSecrets::global().clear();
        core::SessionSecrets::global().setAsker({});
    }

    // Asked on the command's thread, the answer is there when ask() returns.
    void theCommandsOwnThreadIsAnsweredInPlace()
    {
        QString shown;
        const cli::TerminalAsker asker([&](const QString& text) {
            shown = text;
            return std::optional<QString>(QStringLiteral("typed"));
        });
        const auto answer = asker.ask(QStringLiteral("Demo"), Id::RedisPassword);
        QVERIFY(answer.isFinished());
        QCOMPARE(answer.result(), std::optional<QString>(QStringLiteral("typed")));
        QVERIFY2(shown.contains(u"Demo") && shown.contains(u"not shown"), qPrintable(shown));
    }

    // Asked on another thread (the monitors'), ask() returns at once, the thread goes on while
    // the prompt is open, and the typed line arrives later. Two questions never share the
    // terminal: the second prompt opens after the first is answered.
    void aSharedThreadGoesOnWhileThePromptIsOpen()
    {
        QSemaphore typed;
        std::atomic<int> open{0}, most{0}, prompts{0};
        const cli::TerminalAsker asker([&](const QString&) {
            most = std::max(most.load(), ++open);
            ++prompts;
            typed.acquire();
            --open;
            return std::optional<QString>(QStringLiteral("pw"));
        });
        core::SessionSecrets::Answer first, second;
        std::atomic<bool> wentOn{false};
        QThread* monitors = QThread::create([&] {
            first = asker.ask(QStringLiteral("Demo"), Id::RedisPassword);
            second = asker.ask(QStringLiteral("Demo"), Id::PostgresPassword);
            wentOn = true;
        });
        monitors->start();
        QVERIFY(monitors->wait(5000)); // it did not wait for anybody to type
        delete monitors;
        QVERIFY(wentOn);
        QTRY_COMPARE(prompts.load(), 1);
        QVERIFY(!first.isFinished() || !second.isFinished());
        typed.release();
        QTRY_COMPARE(prompts.load(), 2);
        typed.release();
        QTRY_VERIFY(first.isFinished() && second.isFinished());
        QCOMPARE(first.result(), std::optional<QString>(QStringLiteral("pw")));
        QCOMPARE(second.result(), std::optional<QString>(QStringLiteral("pw")));
        QCOMPARE(most.load(), 1);
    }

    // `watch` and `connections` ask for the Redis password before the monitors start, on the
    // command's thread, and the monitor then uses the typed one without asking again.
    void theMonitorsPasswordsAreAskedBeforeTheyStart()
    {
        const QString stack = m_dir.filePath(QStringLiteral("stack"));
        QVERIFY(QDir().mkpath(stack + QStringLiteral("/Docker_all")));
        QFile env(stack + QStringLiteral("/Docker_all/.env"));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("COMPOSE_PROJECT_NAME=artgen_asker\n"); // no REDIS_PASSWORD: the keychain's
        env.close();
        QTcpServer closed; // a port nobody listens on once it is closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        core::Profile profile = core::Profile::fromStackDir(stack, QStringLiteral("asker"));
        profile.redisAddress = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        profile.dockerHost = QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("none"));
        core::SessionSecrets::global().setExpected(profile.name, Id::RedisPassword, true);

        std::atomic<int> asked{0};
        std::atomic<bool> offThread{false};
        QThread* const main = QThread::currentThread();
        core::SessionSecrets::global().setAsker([&](const QString&, Id) {
            ++asked;
            offThread = offThread || QThread::currentThread() != main;
            return std::optional<QString>(QStringLiteral("typed-pw"));
        });
        core::SettingsStore settings(m_dir.filePath(QStringLiteral("asker.conf")));
        cli::MonitorRun run(profile, settings);
        run.start({core::MonitorHub::Source::Redis});
        QCOMPARE(asked.load(), 1); // before start() returned
        const auto kept = core::SessionSecrets::global().get(profile.name, Id::RedisPassword);
        QVERIFY(kept);
        QCOMPARE(kept->value, QStringLiteral("typed-pw"));
        QTRY_VERIFY_WITH_TIMEOUT(run.hub().hasHeardFrom(core::MonitorHub::Source::Redis), 15000);
        const QString fault = run.hub().fault(core::MonitorHub::Source::Redis).message;
        QVERIFY2(!fault.contains(u"Waiting for"), qPrintable(fault));
        QCOMPARE(asked.load(), 1);
        QVERIFY(!offThread);
    }
};

QTEST_MAIN(TestTerminalAsker)
#include "tst_terminalasker.moc"
