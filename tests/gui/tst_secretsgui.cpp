// The panel's secrets UI: a service on a worker thread that needs a secret the keychain cannot
// give gets it from a dialog opened on the UI thread (which never waits), and the status-bar
// notice offers "Keep in keychain" without a modal box. A monitor waiting for its password never
// stops the other monitors on its thread.

#include "../unit/keepaliveserver.h"
#include "monitor/monitorhub.h"
#include "postgres/pgconnectioninfo.h"
#include "secrets/secretasker.h"
#include "secrets/secretpromptdialog.h"
#include "secrets/secretsnotice.h"
#include "secrets/secretstore.h"
#include "secrets/sessionsecrets.h"
#include "session/activeservices.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <qt6keychain/keychain.h>

using namespace artgen;
using Id = core::SecretName::Id;

class TestSecretsGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    core::Profile m_profile;

    // A worker that needs the PostgreSQL password, and the dialog it made the UI thread open.
    QFuture<core::Result<core::PgConnectionInfo>> resolveOnWorker()
    {
        return QtConcurrent::run(
            [p = m_profile] { return core::PgConnectionInfo::fromProfile(p); });
    }

    gui::SecretPromptDialog* openPrompt(QWidget& window)
    {
        gui::SecretPromptDialog* dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<gui::SecretPromptDialog*>()) &&
                                         dialog->isVisible(),
                                     10000);
        }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Docker_all")));
        QFile env(m_dir.filePath(QStringLiteral("Docker_all/.env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("POSTGRES_USER=app\nPOSTGRES_DB=art\n"); // the password only in the keychain
        m_profile.name = QStringLiteral("Staging");
        m_profile.stackDir = m_dir.path();
    }

    void init()
    {
        core::SessionSecrets::global().clear();
        core::SessionSecrets::global().setExpected(m_profile.name, Id::PostgresPassword, true);
    }

    void workerGetsTheTypedSecretWhileTheUiThreadStaysFree()
    {
        QWidget window;
        gui::SecretAsker asker(&window);
        auto info = resolveOnWorker();
        gui::SecretPromptDialog* dialog = openPrompt(window);
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("secretValue"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->setText(QStringLiteral("typed-pg-pass"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(info.isFinished(), 10000);
        QVERIFY(info.result());
        QCOMPARE(info.result()->password, QStringLiteral("typed-pg-pass"));
        QCOMPARE(core::SessionSecrets::global().get(m_profile.name, Id::PostgresPassword)->origin,
                 core::SessionSecrets::Origin::Memory);
        // Asked once: the next service takes the session's copy.
        QCOMPARE(core::PgConnectionInfo::fromProfile(m_profile)->password,
                 QStringLiteral("typed-pg-pass"));
    }

    void cancellingLeavesTheServiceWithAnError()
    {
        QWidget window;
        gui::SecretAsker asker(&window);
        auto info = resolveOnWorker();
        QVERIFY(openPrompt(window));
        openPrompt(window)->reject();
        QTRY_VERIFY_WITH_TIMEOUT(info.isFinished(), 10000);
        QVERIFY(!info.result());
        QVERIFY(info.result().error().what().contains(QStringLiteral("keychain")));
    }

    void theUiThreadIsNeverMadeToWait()
    {
        QWidget window;
        gui::SecretAsker asker(&window);
        const auto answer = asker.ask(m_profile.name, Id::PostgresPassword);
        QVERIFY(answer.isFinished());
        QVERIFY(!answer.result());
        QCoreApplication::processEvents();
        QVERIFY(!window.findChild<gui::SecretPromptDialog*>());
    }

    void otherMonitorsGoOnWhileOneWaitsForItsPassword()
    {
        // The Redis password only in the keychain, which cannot give it; a real HTTP server for
        // the API probe and a listening socket standing in for Redis (it only has to be reached).
        core::SessionSecrets::global().setExpected(m_profile.name, Id::RedisPassword, true);
        KeepAliveServer api;
        QTcpServer redis;
        QVERIFY(redis.listen(QHostAddress::LocalHost));
        core::Profile profile = m_profile;
        profile.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(api.port()));
        profile.redisAddress = QStringLiteral("127.0.0.1:%1").arg(redis.serverPort());

        QWidget window;
        gui::SecretAsker asker(&window);
        core::ActiveServices services;
        services.activate(profile);
        core::MonitorHub* hub = services.monitors();
        int apiSamples = 0;
        connect(hub, &core::MonitorHub::sampled, this, [&](core::MonitorHub::Source source) {
            apiSamples += source == core::MonitorHub::Source::Api;
        });
        // Both run on the one monitors' thread.
        hub->start({core::MonitorHub::Source::Redis, core::MonitorHub::Source::Api});

        gui::SecretPromptDialog* dialog = openPrompt(window);
        QVERIFY(dialog);
        // Left unanswered, the prompt holds nobody up: the API keeps being probed.
        QTRY_VERIFY_WITH_TIMEOUT(apiSamples >= 3, 20000);
        QVERIFY(dialog->isVisible());
        QVERIFY(api.answered() >= 3);
        // And the waiting monitor says what it waits for.
        QTRY_VERIFY_WITH_TIMEOUT(
            hub->fault(core::MonitorHub::Source::Redis).message.contains(QStringLiteral("Waiting")),
            10000);

        // Answered: the waiting monitor starts with the typed password.
        QByteArray received;
        connect(&redis, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = redis.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
        });
        dialog->findChild<QLineEdit*>(QStringLiteral("secretValue"))
            ->setText(QStringLiteral("typed-redis-pass"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("AUTH") && received.contains("typed-redis-pass"),
                                 10000);
        QCOMPARE(core::SessionSecrets::global().get(m_profile.name, Id::RedisPassword)->origin,
                 core::SessionSecrets::Origin::Memory);
        hub->stop();
    }

    void aDeclinedPromptIsAFaultNotAnotherPrompt()
    {
        core::SessionSecrets::global().setExpected(m_profile.name, Id::RedisPassword, true);
        core::Profile profile = m_profile;
        profile.redisAddress = QStringLiteral("127.0.0.1:9"); // never reached
        QWidget window;
        gui::SecretAsker asker(&window);
        core::ActiveServices services;
        services.activate(profile);
        core::MonitorHub* hub = services.monitors();
        hub->start({core::MonitorHub::Source::Redis});
        openPrompt(window)->reject();
        QTRY_VERIFY_WITH_TIMEOUT(hub->fault(core::MonitorHub::Source::Redis)
                                     .message.contains(QStringLiteral("cannot be read now")),
                                 10000);
        for (const auto* prompt : window.findChildren<gui::SecretPromptDialog*>())
            QVERIFY(!prompt->isVisible());
        hub->stop();
    }

    void noticeOffersToKeepTheSecrets()
    {
        QWidget window;
        auto* notice = new gui::SecretsNotice(&window);
        window.show();
        QVERIFY(notice->isHidden());
        QSignalSpy keep(notice, &gui::SecretsNotice::keepRequested);
        notice->showOffer(QStringLiteral("Staging"), 3);
        QVERIFY(notice->isVisible());
        auto* text = notice->findChild<QLabel*>(QStringLiteral("secretsNoticeText"));
        QVERIFY(text->text().contains(QStringLiteral("Staging")));
        auto* keepButton = notice->findChild<QPushButton*>(QStringLiteral("keepInKeychain"));
        QVERIFY(keepButton->isVisible());
        QTest::mouseClick(keepButton, Qt::LeftButton);
        QCOMPARE(keep.size(), 1);
        QCOMPARE(keep.first().at(0).toString(), QStringLiteral("Staging"));
        QVERIFY(notice->isHidden());

        notice->showProblem(
            core::SecretStore::errorFor(QKeychain::NoBackendAvailable, QStringLiteral("no bus")));
        QVERIFY(notice->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("NoBackendAvailable")));
        QVERIFY(!keepButton->isVisible());
        QTest::mouseClick(notice->findChild<QPushButton*>(QStringLiteral("dismissSecretsNotice")),
                          Qt::LeftButton);
        QVERIFY(notice->isHidden());
    }
};

QTEST_MAIN(TestSecretsGui)
#include "tst_secretsgui.moc"
