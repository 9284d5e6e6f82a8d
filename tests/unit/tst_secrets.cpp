// The secrets' rules without a keychain: where each service's secret comes from (the session's
// copy first, then the stack's .env), what happens when the keychain should hold one and cannot
// give it, the keychain's errors as sentences, and settings that hold names, never values.
// The real Secret Service is exercised by tests/integration/secrets_keychain.sh.

#include "backup/databasetarget.h"
#include "logging/secretredactor.h"
#include "postgres/pgconnectioninfo.h"
#include "redis/redisconnectioninfo.h"
#include "secrets/profilesecrets.h"
#include "secrets/secretreferences.h"
#include "secrets/secretsession.h"
#include "secrets/secretstore.h"
#include "secrets/sessionsecrets.h"
#include "session/activeservices.h"
#include "settings/settingsstore.h"
#include "stackconfig/envfile.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace artgen::core;
using Id = SecretName::Id;

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Profile m_profile;

    void writeEnv(const QByteArray& text)
    {
        QFile f(m_profile.envFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Docker_all")));
        m_profile.name = QStringLiteral("Staging");
        m_profile.stackDir = m_dir.path();
    }

    void init()
    {
        SessionSecrets::global().clear();
        SessionSecrets::global().setAsker({});
        writeEnv("POSTGRES_USER=app\nPOSTGRES_DB=art\nPOSTGRES_PASSWORD=env-pg-pass\n"
                 "REDIS_PASSWORD=env-redis-pass\nAPI_TOKEN=env-api-token\n");
    }

    void namesRoundTrip()
    {
        for (const Id id : SecretName::all())
            QCOMPARE(SecretName::parse(SecretName::key(id)), id);
        QCOMPARE(SecretName::keys(),
                 (QStringList{QStringLiteral("postgres-password"), QStringLiteral("redis-password"),
                              QStringLiteral("api-token")}));
        QCOMPARE(SecretName::envKey(Id::ApiToken), QStringLiteral("API_TOKEN"));
        QVERIFY(!SecretName::parse(QStringLiteral("POSTGRES_PASSWORD")));
    }

    void entriesAreKeyedByProfileAndSecret()
    {
        QCOMPARE(SecretStore::entryKey(QStringLiteral("Staging"), Id::RedisPassword),
                 QStringLiteral("Staging/redis-password"));
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("ArtGen Control Panel"));
    }

    void keychainErrorsNameTheirCause()
    {
        const Error none =
            SecretStore::errorFor(QKeychain::NoBackendAvailable, QStringLiteral("Unknown error"));
        QCOMPARE(none.code(), Error::Code::Unreachable);
        QVERIFY(none.what().contains(QStringLiteral("NoBackendAvailable")));
        QVERIFY(none.why().contains(QStringLiteral("Unknown error")));
        QVERIFY(none.todo().contains(QStringLiteral("memory for this session only")));

        const Error denied =
            SecretStore::errorFor(QKeychain::AccessDenied, QStringLiteral("locked"));
        QCOMPARE(denied.code(), Error::Code::PermissionDenied);
        QVERIFY(denied.what().contains(QStringLiteral("AccessDenied")));
        QVERIFY(denied.why().contains(QStringLiteral("locked")));
        QCOMPARE(SecretStore::errorFor(QKeychain::AccessDeniedByUser, {}).code(),
                 Error::Code::PermissionDenied);

        const Error other =
            SecretStore::errorFor(QKeychain::OtherError, QStringLiteral("backend said no"));
        QVERIFY(other.what().contains(QStringLiteral("OtherError")));
        QVERIFY(other.why().contains(QStringLiteral("backend said no")));
    }

    void keychainProblemIsToldOnce()
    {
        const Error e = SecretStore::errorFor(QKeychain::NoBackendAvailable, {});
        QVERIFY(SessionSecrets::global().noteKeychainProblem(e));
        QVERIFY(!SessionSecrets::global().noteKeychainProblem(e));
        QVERIFY(!SessionSecrets::global().noteKeychainProblem(
            SecretStore::errorFor(QKeychain::OtherError, {})));
        QCOMPARE(SessionSecrets::global().keychainProblem(), e);
    }

    void envFileIsUsedWithoutAKeychain()
    {
        const auto env = EnvFile::load(m_profile.envFile());
        QVERIFY(env);
        const auto token = ProfileSecrets::resolve(m_profile.name, Id::ApiToken, *env);
        QVERIFY(token);
        QCOMPARE(token->value, QStringLiteral("env-api-token"));
        QCOMPARE(token->source, ProfileSecrets::Source::EnvFile);
        // Learnt from the .env, masked in every log from now on.
        QVERIFY(!SecretRedactor::global()
                     ->redact(QStringLiteral("x env-api-token y"))
                     .contains(QStringLiteral("env-api-token")));
    }

    void keychainCopyWinsOverTheEnvFile()
    {
        SessionSecrets::global().put(m_profile.name, Id::PostgresPassword,
                                     QStringLiteral("keychain-pg-pass"),
                                     SessionSecrets::Origin::Keychain);
        const auto pg = PgConnectionInfo::fromProfile(m_profile);
        QVERIFY(pg);
        QCOMPARE(pg->password, QStringLiteral("keychain-pg-pass"));
        QCOMPARE(pg->execPassword, QStringLiteral("keychain-pg-pass"));
        const auto target = DatabaseTarget::fromProfile(m_profile);
        QVERIFY(target);
        QCOMPARE(target->password, QStringLiteral("keychain-pg-pass"));
        QVERIFY(target->env(QStringLiteral("x"))
                    .contains(QStringLiteral("PGPASSWORD=keychain-pg-pass")));
        // Another profile's secret is not this one's.
        Profile other = m_profile;
        other.name = QStringLiteral("Production");
        QCOMPARE(PgConnectionInfo::fromProfile(other)->password, QStringLiteral("env-pg-pass"));
    }

    void redisTakesTheSessionsPassword()
    {
        QCOMPARE(RedisConnectionInfo::fromProfile(m_profile)->password,
                 QStringLiteral("env-redis-pass"));
        SessionSecrets::global().put(m_profile.name, Id::RedisPassword,
                                     QStringLiteral("typed-redis-pass"),
                                     SessionSecrets::Origin::Memory);
        QCOMPARE(RedisConnectionInfo::fromProfile(m_profile)->password,
                 QStringLiteral("typed-redis-pass"));
        const auto env = EnvFile::load(m_profile.envFile());
        QCOMPARE(ProfileSecrets::resolve(m_profile.name, Id::RedisPassword, *env)->source,
                 ProfileSecrets::Source::Memory);
    }

    void missingSecretStaysEmptyAndNobodyIsAsked()
    {
        writeEnv("POSTGRES_USER=app\nPOSTGRES_DB=art\n");
        int asked = 0;
        SessionSecrets::global().setAsker([&](const QString&, Id) {
            ++asked;
            return std::optional<QString>(QStringLiteral("should-not-be-asked"));
        });
        const auto pg = PgConnectionInfo::fromProfile(m_profile);
        QVERIFY(pg);
        QVERIFY(pg->password.isEmpty());
        QCOMPARE(asked, 0);
    }

    void unreadableKeychainSecretIsAskedForOnceAndKeptInMemory()
    {
        writeEnv("POSTGRES_USER=app\nPOSTGRES_DB=art\n");
        SessionSecrets::global().setExpected(m_profile.name, Id::PostgresPassword, true);
        QStringList questions;
        SessionSecrets::global().setAsker([&](const QString& profile, Id id) {
            questions << profile + u'/' + SecretName::key(id);
            return std::optional<QString>(QStringLiteral("typed-pg-pass"));
        });
        QCOMPARE(PgConnectionInfo::fromProfile(m_profile)->password,
                 QStringLiteral("typed-pg-pass"));
        QCOMPARE(DatabaseTarget::fromProfile(m_profile)->password, QStringLiteral("typed-pg-pass"));
        QCOMPARE(questions, QStringList{QStringLiteral("Staging/postgres-password")});
        QCOMPARE(SessionSecrets::global().get(m_profile.name, Id::PostgresPassword)->origin,
                 SessionSecrets::Origin::Memory);
    }

    // A monitor must not wait: the secret still loading from the keychain, or being typed, is a
    // "waiting" failure with what to wait for; once that finished, resolving again gives it.
    void aCallerThatMustNotWaitIsToldWhatToWaitFor()
    {
        writeEnv("POSTGRES_USER=app\nPOSTGRES_DB=art\n");
        const auto env = EnvFile::load(m_profile.envFile());
        SessionSecrets& session = SessionSecrets::global();
        session.setExpected(m_profile.name, Id::PostgresPassword, true);
        QPromise<void> keychain;
        keychain.start();
        session.setLoading(m_profile.name, keychain.future());
        ProfileSecrets::Ready ready;
        auto resolved = ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &ready);
        QVERIFY(!resolved);
        QVERIFY(resolved.error().what().contains(QStringLiteral("from the keychain")));
        QVERIFY(ready && !ready->isFinished());
        keychain.finish(); // the keychain had nothing: the user is asked, without waiting

        int asked = 0;
        auto answer = std::make_shared<QPromise<std::optional<QString>>>();
        session.setAsyncAsker([&](const QString&, Id) {
            ++asked;
            answer = std::make_shared<QPromise<std::optional<QString>>>();
            answer->start();
            return answer->future();
        });
        resolved = ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &ready);
        QVERIFY(!resolved);
        QVERIFY(resolved.error().what().contains(QStringLiteral("typed")));
        QVERIFY(ready && !ready->isFinished());
        // Asked again while the prompt is open: the same question, not a second one.
        ProfileSecrets::Ready same;
        QVERIFY(!ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &same));
        QCOMPARE(asked, 1);
        answer->addResult(std::optional<QString>(QStringLiteral("typed-pg-pass")));
        answer->finish();
        QVERIFY(ready->isFinished() && same->isFinished());
        resolved = ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &ready);
        QVERIFY(resolved);
        QCOMPARE(resolved->value, QStringLiteral("typed-pg-pass"));
        QCOMPARE(resolved->source, ProfileSecrets::Source::Memory);
        QVERIFY(!ready);

        // Declined: the next resolve says it cannot be read and asks nobody; the one after that
        // (a later start) may ask again.
        session.remove(m_profile.name, Id::PostgresPassword);
        QVERIFY(!ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &ready));
        QCOMPARE(asked, 2);
        answer->addResult(std::nullopt);
        answer->finish();
        resolved = ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &ready);
        QVERIFY(!resolved);
        QVERIFY(resolved.error().what().contains(QStringLiteral("cannot be read now")));
        QVERIFY(!ready);
        QCOMPARE(asked, 2);
        QVERIFY(!ProfileSecrets::resolve(m_profile.name, Id::PostgresPassword, *env, &ready));
        QCOMPARE(asked, 3);
        answer->finish();
    }

    void unreadableKeychainSecretWithNobodyToAskIsAnError()
    {
        writeEnv("POSTGRES_USER=app\nPOSTGRES_DB=art\n");
        SessionSecrets::global().noteKeychainProblem(
            SecretStore::errorFor(QKeychain::NoBackendAvailable, {}));
        SessionSecrets::global().setExpected(m_profile.name, Id::PostgresPassword, true);
        const auto pg = PgConnectionInfo::fromProfile(m_profile);
        QVERIFY(!pg);
        QVERIFY(pg.error().what().contains(QStringLiteral("keychain")));
        QVERIFY(pg.error().why().contains(QStringLiteral("NoBackendAvailable")));
        QVERIFY(pg.error().todo().contains(QStringLiteral("POSTGRES_PASSWORD")));
        // With the .env's copy there is nothing to ask: it is used as before.
        init();
        SessionSecrets::global().setExpected(m_profile.name, Id::PostgresPassword, true);
        QCOMPARE(PgConnectionInfo::fromProfile(m_profile)->password, QStringLiteral("env-pg-pass"));
    }

    void settingsHoldNamesNeverValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artgen.conf"));
        const QString canary = QStringLiteral("canary-%1").arg(QCoreApplication::applicationPid());
        {
            SettingsStore store(path);
            SecretReferences refs(store, QStringLiteral("Staging"));
            refs.add(Id::ApiToken);
            refs.add(Id::PostgresPassword);
            refs.add(Id::ApiToken);
            SessionSecrets::global().put(QStringLiteral("Staging"), Id::ApiToken, canary,
                                         SessionSecrets::Origin::Keychain);
            QVERIFY(store.sync());
        }
        SettingsStore store(path);
        SecretReferences refs(store, QStringLiteral("Staging"));
        QCOMPARE(refs.inKeychain(), (QList<Id>{Id::ApiToken, Id::PostgresPassword}));
        QVERIFY(!SecretReferences(store, QStringLiteral("Other")).contains(Id::ApiToken));
        refs.remove(Id::ApiToken);
        QCOMPARE(refs.inKeychain(), QList<Id>{Id::PostgresPassword});
        QVERIFY(store.sync());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("postgres-password"));
        QVERIFY(!text.contains(canary.toUtf8()));
    }

    void importOffersWhatTheEnvHasAndTheKeychainLacks()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.filePath(QStringLiteral("artgen.conf")));
        SecretReferences refs(store, m_profile.name);
        refs.add(Id::RedisPassword);
        const EnvFile env = EnvFile::parse("POSTGRES_PASSWORD=a-pass\nREDIS_PASSWORD=b-pass\n");
        QCOMPARE(ProfileSecrets::importable(refs, env), QList<Id>{Id::PostgresPassword});
    }

    void loadWithNothingReferencedTouchesNoKeychain()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.filePath(QStringLiteral("artgen.conf")));
        SecretStore secrets;
        QFuture<Status> loaded =
            ProfileSecrets::load(secrets, SecretReferences(store, m_profile.name));
        QVERIFY(loaded.isFinished());
        QVERIFY(loaded.result());
        QVERIFY(!SessionSecrets::global().keychainProblem());
    }

    void firstUseOffersTheEnvSecretsOnceAndKeepingThemNeedsAKeychain()
    {
        // No session bus here (ctest's XDG_RUNTIME_DIR has none): the keychain cannot be used,
        // and nothing may end up anywhere else instead.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artgen.conf"));
        SettingsStore store(path);
        SecretSession session(store);
        QSignalSpy offered(&session, &SecretSession::importOffered);
        QSignalSpy unavailable(&session, &SecretSession::keychainUnavailable);
        QSignalSpy imported(&session, &SecretSession::imported);
        session.activate(m_profile);
        QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 1, 10000);
        QCOMPARE(offered.first().at(0).toString(), m_profile.name);
        QCOMPARE(offered.first().at(1).toInt(), 3);
        session.activate(m_profile);     // the same session: asked once
        QCOMPARE(unavailable.size(), 0); // nothing referenced: the keychain was not touched

        session.keepInKeychain(m_profile);
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 30000);
        const auto problem = unavailable.first().at(0).value<Error>();
        QVERIFY2(problem.what().contains(QStringLiteral("(OtherError)")) ||
                     problem.what().contains(QStringLiteral("(NoBackendAvailable)")),
                 qPrintable(problem.message()));
        QCOMPARE(imported.size(), 0);
        QCOMPARE(offered.size(), 1);
        QVERIFY(SecretReferences(store, m_profile.name).inKeychain().isEmpty());
        QVERIFY(store.sync());
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll();
            QVERIFY(!text.contains("env-pg-pass"));
            QVERIFY(!text.contains("postgres-password"));
        }
    }

    void aProfilesSecretsStartLoadingBeforeItsServices()
    {
        ActiveServices services;
        QStringList order;
        connect(&services, &ActiveServices::activating, this, [&](const Profile& p) {
            order << QStringLiteral("activating ") + p.name +
                         (services.current()->profile() == p ? QStringLiteral(" (built)")
                                                             : QString());
        });
        connect(&services, &ActiveServices::switched, this,
                [&] { order << QStringLiteral("switched"); });
        services.activate(m_profile);
        services.activate(m_profile); // the same profile: nothing happens
        QCOMPARE(order,
                 (QStringList{QStringLiteral("activating Staging"), QStringLiteral("switched")}));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
