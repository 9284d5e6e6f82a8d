#pragma once

#include "docker/dockertypes.h"
#include "monitor/sourcefault.h"
#include "settings/profile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace artgen::core {

class PgAsyncConnection;
class RedisAsyncConnection;
class WorkerThread;

// "Test connection" for one profile: each part of the stack checked at once and on its own, so
// the answer names the part that fails and why — the Docker endpoint (DNS, refused, TLS
// certificate, SSH authentication, an API version too old), PostgreSQL and Redis (refused,
// authentication) and the API (unreachable, token rejected). Reads the stack's .env off the
// calling thread; everything else is asynchronous on it. finished() comes once, after every
// part answered or gave up within its deadline.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Part { Docker, Postgres, Redis, Api };
    enum class Outcome { Passed, Failed, Skipped };
    struct Check
    {
        Part part = Part::Docker;
        Outcome outcome = Outcome::Skipped;
        QString detail; // what answered ("Docker 24.0.7, API 1.43") or why it failed
    };

    // Docker API 1.40 is Docker 19.03: the oldest the panel's calls are known to work with.
    static constexpr const char* kMinimumApiVersion = "1.40";
    static constexpr int kDeadlineMs = 8000;

    explicit ConnectionTest(Profile profile, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start();
    QList<Check> checks() const { return m_checks; }
    bool passed() const;

    static QString partName(Part part);
    // The first part that failed, as "Part: why", or empty.
    QString firstFailure() const;
    // The API says the Docker API version `version` is older than kMinimumApiVersion.
    static bool isApiVersionTooOld(const QString& version);

Q_SIGNALS:
    void checked(const artgen::core::ConnectionTest::Check& check);
    void finished();

private:
    struct Secrets;
    void startDocker();
    void startServices(const std::shared_ptr<Secrets>& secrets);
    void startPostgres(const std::shared_ptr<Secrets>& secrets);
    void startRedis(const std::shared_ptr<Secrets>& secrets);
    void startApi(const std::shared_ptr<Secrets>& secrets);
    void report(Part part, Outcome outcome, const QString& detail);
    static QString faultText(const SourceFault& fault);

    Profile m_profile;
    QList<Check> m_checks;
    std::unique_ptr<WorkerThread> m_dockerThread;
    PgAsyncConnection* m_pg = nullptr;
    RedisAsyncConnection* m_redis = nullptr;
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::ConnectionTest::Check)
