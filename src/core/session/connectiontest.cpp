#include "connectiontest.h"

#include "docker/dockerclient.h"
#include "postgres/pgasyncconnection.h"
#include "postgres/pgconnectioninfo.h"
#include "redis/redisasyncconnection.h"
#include "redis/redisconnectioninfo.h"
#include "stackconfig/envfile.h"
#include "util/workerthread.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace artgen::core {

// What the services need from the stack's files, read on a pool thread.
struct ConnectionTest::Secrets
{
    Result<PgConnectionInfo> postgres = fail(Error());
    Result<RedisConnectionInfo> redis = fail(Error());
    QByteArray apiToken;
};

ConnectionTest::ConnectionTest(Profile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile))
{
    qRegisterMetaType<Check>();
}

ConnectionTest::~ConnectionTest() = default;

QString ConnectionTest::partName(Part part)
{
    switch (part) {
    case Part::Docker:
        return tr("Docker endpoint");
    case Part::Postgres:
        return tr("PostgreSQL");
    case Part::Redis:
        return tr("Redis");
    case Part::Api:
        return tr("API");
    }
    return {};
}

bool ConnectionTest::passed() const
{
    return m_checks.size() == 4 && std::none_of(m_checks.cbegin(), m_checks.cend(), [](auto& c) {
               return c.outcome == Outcome::Failed;
           });
}

QString ConnectionTest::firstFailure() const
{
    for (const Check& c : m_checks)
        if (c.outcome == Outcome::Failed)
            return partName(c.part) + QStringLiteral(": ") + c.detail;
    return {};
}

bool ConnectionTest::isApiVersionTooOld(const QString& version)
{
    return QVersionNumber::fromString(version) <
           QVersionNumber::fromString(QString::fromLatin1(kMinimumApiVersion));
}

void ConnectionTest::start()
{
    // Each part has its own deadline; this one catches a part that never answers at all (a
    // host that drops packets), so finished() always comes.
    QTimer::singleShot(kDeadlineMs + 2000, this, [this] {
        for (const Part part : {Part::Docker, Part::Postgres, Part::Redis, Part::Api})
            report(part, Outcome::Failed,
                   tr("no answer within %n second(s).", nullptr, (kDeadlineMs + 2000) / 1000));
    });
    startDocker();
    const Profile profile = m_profile;
    QtConcurrent::run([profile] {
        auto secrets = std::make_shared<Secrets>();
        secrets->postgres = PgConnectionInfo::fromProfile(profile);
        secrets->redis = RedisConnectionInfo::fromProfile(profile);
        if (const auto env = EnvFile::load(profile.envFile()))
            secrets->apiToken = env->value(QStringLiteral("API_TOKEN")).toUtf8();
        return secrets;
    }).then(this, [this](const std::shared_ptr<Secrets>& secrets) { startServices(secrets); });
}

void ConnectionTest::startDocker()
{
    const auto endpoint = m_profile.endpoint();
    if (!endpoint) {
        report(Part::Docker, Outcome::Failed, endpoint.error().message());
        return;
    }
    m_dockerThread = std::make_unique<WorkerThread>(QStringLiteral("connection-test"));
    auto* client = new DockerClient(*endpoint);
    m_dockerThread->adopt(client);
    client->version().then(this, [this](const Result<DockerVersion>& v) {
        if (!v)
            report(Part::Docker, Outcome::Failed, v.error().message());
        else if (isApiVersionTooOld(v->apiVersion))
            report(Part::Docker, Outcome::Failed,
                   tr("Docker %1 speaks API %2; the panel needs API %3 or newer (Docker 19.03).")
                       .arg(v->version, v->apiVersion, QString::fromLatin1(kMinimumApiVersion)));
        else
            report(Part::Docker, Outcome::Passed,
                   tr("Docker %1, API %2").arg(v->version, v->apiVersion));
    });
}

void ConnectionTest::startServices(const std::shared_ptr<Secrets>& secrets)
{
    startPostgres(secrets);
    startRedis(secrets);
    startApi(secrets);
}

void ConnectionTest::startPostgres(const std::shared_ptr<Secrets>& secrets)
{
    if (!secrets->postgres) {
        report(Part::Postgres, Outcome::Failed, secrets->postgres.error().message());
        return;
    }
    PgConnectionInfo info = *secrets->postgres;
    if (info.port == 0) {
        report(Part::Postgres, Outcome::Skipped,
               tr("reached through the container %1: not tested here.").arg(info.container));
        return;
    }
    info.applicationName = QStringLiteral("artgen-connection-test");
    m_pg = new PgAsyncConnection(info, this);
    const QString where = info.describe();
    m_pg->open(kDeadlineMs, [this, where](const PgReply& reply) {
        if (reply)
            report(Part::Postgres, Outcome::Passed, tr("signed in at %1").arg(where));
        else
            report(Part::Postgres, Outcome::Failed, faultText(reply.error()));
    });
}

void ConnectionTest::startRedis(const std::shared_ptr<Secrets>& secrets)
{
    if (!secrets->redis) {
        report(Part::Redis, Outcome::Failed, secrets->redis.error().message());
        return;
    }
    const RedisConnectionInfo info = *secrets->redis;
    m_redis = new RedisAsyncConnection(this);
    m_redis->setDeadline(kDeadlineMs);
    connect(m_redis, &RedisAsyncConnection::ready, this, [this, info] {
        report(Part::Redis, Outcome::Passed, tr("signed in at %1").arg(info.address()));
    });
    connect(m_redis, &RedisAsyncConnection::faulted, this, [this](const SourceFault& fault) {
        report(Part::Redis, Outcome::Failed, faultText(fault));
    });
    m_redis->open(info, QByteArrayLiteral("artgen-connection-test"));
}

void ConnectionTest::startApi(const std::shared_ptr<Secrets>& secrets)
{
    // A route that wants the token and changes nothing: an unknown task is 404 with a good
    // token and 401 with a bad one.
    QUrl url = m_profile.apiBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/v1/tasks/artgen-connection-test"));
    QNetworkRequest request(url);
    request.setTransferTimeout(kDeadlineMs);
    if (!secrets->apiToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + secrets->apiToken);
    m_nam = new QNetworkAccessManager(this);
    QNetworkReply* reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 || status == 403)
            report(Part::Api, Outcome::Failed,
                   tr("the API token was rejected (HTTP %1 from %2). Check API_TOKEN in the "
                      "stack's .env.")
                       .arg(status)
                       .arg(url.toString()));
        else if (status == 0)
            report(Part::Api, Outcome::Failed,
                   tr("%1 does not answer: %2").arg(url.host(), reply->errorString()));
        else if (status >= 500)
            report(Part::Api, Outcome::Failed,
                   tr("the API answered HTTP %1 at %2.").arg(status).arg(url.toString()));
        else
            report(Part::Api, Outcome::Passed, tr("token accepted at %1").arg(url.host()));
    });
}

QString ConnectionTest::faultText(const SourceFault& fault)
{
    if (fault.kind == SourceFault::Kind::AuthenticationFailed)
        return tr("authentication failed: %1").arg(fault.message);
    return fault.message;
}

void ConnectionTest::report(Part part, Outcome outcome, const QString& detail)
{
    const auto same = [part](const Check& c) {
        return c.part == part;
    };
    if (std::any_of(m_checks.cbegin(), m_checks.cend(), same))
        return; // a late second answer of the same part (a fault after ready)
    const Check check{part, outcome, detail};
    m_checks << check;
    std::sort(m_checks.begin(), m_checks.end(),
              [](const Check& a, const Check& b) { return a.part < b.part; });
    Q_EMIT checked(check);
    if (m_checks.size() == 4)
        Q_EMIT finished();
}

} // namespace artgen::core
