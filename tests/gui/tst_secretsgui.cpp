// The panel's secrets UI: a service on a worker thread that needs a secret the keychain cannot
// give gets it from a dialog opened on the UI thread (which never waits), and the status-bar
// notice offers "Keep in keychain" without a modal box.

#include "postgres/pgconnectioninfo.h"
#include "secrets/secretasker.h"
#include "secrets/secretpromptdialog.h"
#include "secrets/secretsnotice.h"
#include "secrets/secretstore.h"
#include "secrets/sessionsecrets.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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
        QVERIFY(!asker.ask(m_profile.name, Id::PostgresPassword));
        QVERIFY(!window.findChild<gui::SecretPromptDialog*>());
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
