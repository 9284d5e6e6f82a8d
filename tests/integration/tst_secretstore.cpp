// SecretStore against whatever keychain the session has; run by secrets_keychain.sh inside its
// private D-Bus sessions (a real gnome-keyring, none, no D-Bus at all), which says what to
// expect: ARTGEN_KEYCHAIN_EXPECT=available, or the QtKeychain cause the error must name
// (NoBackendAvailable, AccessDenied, OtherError). The value is ARTGEN_KEYCHAIN_VALUE.

#include "secrets/secretstore.h"

#include <QTest>

using namespace artgen::core;
using Id = SecretName::Id;

namespace {

template <typename T> T settled(QFuture<T> future)
{
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    }();
    return future.result();
}

const QString kProfile = QStringLiteral("Round trip");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_expect = qEnvironmentVariable("ARTGEN_KEYCHAIN_EXPECT");
    QString m_value = qEnvironmentVariable("ARTGEN_KEYCHAIN_VALUE");

private Q_SLOTS:
    void initTestCase()
    {
        if (m_expect.isEmpty() || m_value.isEmpty())
            QSKIP("run by tests/integration/secrets_keychain.sh, which sets up the keychain");
    }

    void roundTripSurvivesANewStoreAndIsForgotten()
    {
        if (m_expect != QStringLiteral("available"))
            QSKIP("no keychain in this session");
        {
            SecretStore store;
            QVERIFY(settled(store.write(kProfile, Id::ApiToken, QStringLiteral("first"))));
            QVERIFY(settled(store.write(kProfile, Id::ApiToken, m_value)));
            QVERIFY(settled(store.write(kProfile, Id::RedisPassword, m_value + u'2')));
        }
        SecretStore again; // a new store: what it reads came from the keychain
        const auto token = settled(again.read(kProfile, Id::ApiToken));
        QVERIFY2(token, qPrintable(token ? QString() : token.error().message()));
        QCOMPARE(token->value_or(QString()), m_value);
        QCOMPARE(settled(again.read(kProfile, Id::RedisPassword))->value_or(QString()),
                 m_value + u'2');
        QVERIFY(!settled(again.read(QStringLiteral("Other"), Id::ApiToken))->has_value());

        QVERIFY(settled(again.forget(kProfile, Id::ApiToken)));
        QVERIFY(settled(again.forget(kProfile, Id::RedisPassword)));
        QVERIFY(!settled(again.read(kProfile, Id::ApiToken))->has_value());
        QVERIFY(settled(again.forget(kProfile, Id::ApiToken))); // nothing left: still fine
    }

    void withoutAKeychainEveryCallNamesTheCause()
    {
        if (m_expect == QStringLiteral("available"))
            QSKIP("the session has a keychain");
        SecretStore store;
        const Status written = settled(store.write(kProfile, Id::ApiToken, m_value));
        QVERIFY(!written);
        qInfo().noquote() << "write:" << written.error().message();
        QVERIFY2(written.error().what().contains(u'(' + m_expect + u')'),
                 qPrintable(written.error().message()));
        const auto read = settled(store.read(kProfile, Id::ApiToken));
        QVERIFY(!read);
        QVERIFY(read.error().what().contains(u'(' + m_expect + u')'));
        QVERIFY(!read.error().message().contains(m_value));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
