#include "diagnosejob.h"

#include "backup/databasetarget.h"
#include "checklist/httpcheck.h"
#include "checklist/stepcontext.h"
#include "docker/containermap.h"
#include "docker/dockerclient.h"
#include "docker/stackinspector.h"
#include "logs/logtimestamp.h"
#include "monitor/celeryinspector.h"
#include "nginxaccessline.h"
#include "redis/redisinfo.h"
#include "runbooks.h"
#include "stackconfig/configloader.h"
#include "stackconfig/envfile.h"

#include <QJsonArray>

namespace artgen::core {

namespace {

constexpr int kExecTimeoutMs = 15000;
constexpr int kWaitMs = 20000;
constexpr int kTimeoutLines = 5;
constexpr int kSlowest = 5;

QByteArray withoutTimestamp(const QByteArray& text)
{
    qint64 ns = 0;
    const qsizetype n = LogTimestamp::parse(text, &ns);
    return n > 0 ? text.mid(n).trimmed() : text.trimmed();
}

QStringList logText(const std::optional<Result<QList<LogLine>>>& lines)
{
    QStringList out;
    if (!lines || !*lines)
        return out;
    for (const LogLine& l : **lines)
        out << QString::fromUtf8(withoutTimestamp(l.text));
    return out;
}

QString execFailure(const std::optional<Result<ExecResult>>& r)
{
    if (!r)
        return StepContext::noAnswer(QStringLiteral("Docker"));
    if (!*r)
        return r->error().message();
    if ((*r)->exitCode != 0)
        return QString::fromUtf8((*r)->err + (*r)->out).trimmed().left(500);
    return {};
}

} // namespace

DiagnoseJob::DiagnoseJob(Profile profile, DockerClient& docker, Thresholds thresholds,
                         std::shared_ptr<void> keepAlive)
    : Job(tr("What is wrong?")), m_profile(std::move(profile)), m_docker(docker),
      m_thresholds(thresholds), m_keepAlive(std::move(keepAlive))
{}

StackEvidence DiagnoseJob::evidence() const
{
    QMutexLocker lock(&m_mutex);
    return m_evidence;
}

QList<Diagnosis> DiagnoseJob::diagnoses() const
{
    QMutexLocker lock(&m_mutex);
    return m_diagnoses;
}

std::optional<Diagnosis> DiagnoseJob::picked() const
{
    return Runbooks::pick(diagnoses());
}

QJsonObject DiagnoseJob::toJson() const
{
    QJsonArray all;
    for (const Diagnosis& d : diagnoses())
        all << d.toJson();
    const auto p = picked();
    return {{QStringLiteral("problem"), p ? QJsonValue(p->toJson()) : QJsonValue()},
            {QStringLiteral("diagnoses"), all},
            {QStringLiteral("evidence"), evidence().toJson()}};
}

void DiagnoseJob::run()
{
    StackEvidence e;
    StepContext context(m_profile, m_docker, ChecklistOptions{}, nullptr);
    context.setCancelled([this] { return isCancelRequested(); });
    gather(context, &e);
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    const QList<Diagnosis> diagnoses = Runbooks::diagnoseAll(e);
    {
        QMutexLocker lock(&m_mutex);
        m_evidence = e;
        m_diagnoses = diagnoses;
    }
    if (!e.dockerError.isEmpty()) {
        fail(Error(Error::Code::Unreachable, tr("The stack's state could not be read."),
                   e.dockerError));
        return;
    }
    const auto p = picked();
    log(p ? tr("Found: %1 — %2").arg(Runbooks::title(p->problem), p->summary)
          : tr("Nothing is wrong."));
    succeed(toJson());
}

// The Docker calls of one diagnosis, all sent before any is waited for.
struct DiagnoseJob::Calls
{
    QFuture<Result<StackStatus>> stack;
    QFuture<Result<QList<LogLine>>> backendLog, celeryLog, nginxLog;
    QFuture<Result<ExecResult>> redisPing, redisLatency, redisInfo, celeryPing, postgres;
};

void DiagnoseJob::gather(const StepContext& context, StackEvidence* e)
{
    e->pgWarn = m_thresholds.postgresWarn;
    Calls calls = send();
    const HttpCheck::Answer api = HttpCheck::send(
        "GET", HttpCheck::url(m_profile.apiBaseUrl, QStringLiteral("/api/v1/health")), {}, {},
        5000);
    e->apiStatus = api.status;
    e->apiError = api.error;
    e->apiMs = api.elapsedMs;
    if (const auto docs = ConfigLoader::load(m_profile.stackDir)) {
        for (const char* key : {"nginx.proxy_read_timeout", "nginx.proxy_connect_timeout",
                                "nginx.proxy_send_timeout"})
            if (const auto v = docs->value(QString::fromLatin1(key))) // as the file writes it
                e->nginxTimeouts.insert(QString::fromLatin1(key).mid(6), *v);
    }
    readServicesAndLogs(context, calls, e);
    readRedisAndCelery(context, calls, e);
    const auto rows = context.wait(calls.postgres, kWaitMs);
    e->pgError = m_pgTargetError.isEmpty() ? execFailure(rows) : m_pgTargetError;
    if (e->pgError.isEmpty())
        readPostgres((*rows)->out, e);
}

DiagnoseJob::Calls DiagnoseJob::send()
{
    // Every Docker call at once: the slowest (a Python start for celery ping) sets the time.
    const ContainerMap map(m_profile);
    const QString redis = map.container(StackRole::Redis);
    const QString celery = map.container(StackRole::Celery);
    const auto env = EnvFile::load(m_profile.envFile());
    const QString password = env ? env->value(QStringLiteral("REDIS_PASSWORD")) : QString();
    const QStringList redisEnv = password.isEmpty()
                                     ? QStringList()
                                     : QStringList{QStringLiteral("REDISCLI_AUTH=") + password};
    const auto redisCli = [&](const QStringList& args) {
        return m_docker.exec(redis, QStringList{QStringLiteral("redis-cli")} + args, redisEnv,
                             kExecTimeoutMs);
    };
    Calls c;
    c.stack = StackInspector(m_docker).inspect(m_profile);
    c.backendLog = m_docker.logs(map.container(StackRole::Backend), kLogLines);
    c.celeryLog = m_docker.logs(celery, kLogLines);
    c.nginxLog = m_docker.logs(map.container(StackRole::Frontend), kAccessLines);
    c.redisPing = redisCli({QStringLiteral("PING")});
    c.redisLatency =
        redisCli({QStringLiteral("--latency"), QStringLiteral("-i"), QStringLiteral("1")});
    c.redisInfo = redisCli({QStringLiteral("INFO")});
    c.celeryPing =
        m_docker.exec(celery, CeleryInspector::command(QStringLiteral("ping")), {}, kExecTimeoutMs);
    const auto target = DatabaseTarget::fromProfile(m_profile);
    if (!target) {
        m_pgTargetError = target.error().message();
        c.postgres = QtFuture::makeReadyFuture<Result<ExecResult>>(tl::unexpected(target.error()));
        return c;
    }
    c.postgres = m_docker.exec(
        map.container(StackRole::Postgres),
        target->psql(target->database, {QStringLiteral("-A"), QStringLiteral("-t"),
                                        QStringLiteral("-F"), QStringLiteral("\t"),
                                        QStringLiteral("-c"), QString::fromUtf8(holdersQuery())}),
        target->env(QStringLiteral("artgen-diagnose")), kExecTimeoutMs);
    return c;
}

void DiagnoseJob::readServicesAndLogs(const StepContext& context, Calls& calls,
                                      StackEvidence* e) const
{
    const auto status = context.wait(calls.stack, kWaitMs);
    if (!status)
        e->dockerError = StepContext::noAnswer(QStringLiteral("Docker"));
    else if (!*status)
        e->dockerError = status->error().message();
    else
        for (const ServiceStatus& s : (*status)->services)
            e->services.insert(s.service, {s.container, s.state, s.health, s.restartCount, true});
    e->backendLog = logText(context.wait(calls.backendLog, kWaitMs));
    e->celeryLog = logText(context.wait(calls.celeryLog, kWaitMs));
    if (const auto lines = context.wait(calls.nginxLog, kWaitMs); lines && *lines) {
        QList<QByteArray> texts;
        for (const LogLine& l : **lines)
            texts << withoutTimestamp(l.text);
        readNginxLog(texts, e);
    }
}

void DiagnoseJob::readRedisAndCelery(const StepContext& context, Calls& calls,
                                     StackEvidence* e) const
{
    const auto ping = context.wait(calls.redisPing, kWaitMs);
    e->redisError = execFailure(ping);
    e->redisPing = e->redisError.isEmpty() && (*ping)->out.trimmed() == "PONG";
    if (e->redisError.isEmpty() && !e->redisPing)
        e->redisError = QString::fromUtf8((*ping)->out.trimmed());
    const auto latency = context.wait(calls.redisLatency, kWaitMs);
    const auto info = context.wait(calls.redisInfo, kWaitMs);
    readRedis(execFailure(latency).isEmpty() ? (*latency)->out : QByteArray(),
              execFailure(info).isEmpty() ? (*info)->out : QByteArray(), e);

    const auto celery = context.wait(calls.celeryPing, kWaitMs);
    const QString failure = execFailure(celery);
    e->celeryPing = failure.isEmpty() && (*celery)->out.contains("pong");
    e->celeryPingOutput =
        failure.isEmpty() ? QString::fromUtf8((*celery)->out).trimmed().left(1000) : failure;
}

QByteArray DiagnoseJob::holdersQuery()
{
    // First row: the totals; then who holds the client connections, most first.
    return "SELECT 'total', current_setting('max_connections'), count(*)::text, "
           "(count(*) FILTER (WHERE state = 'idle' AND state_change < now() - interval '5 "
           "minutes'))::text, '' FROM pg_stat_activity "
           "UNION ALL (SELECT count(*)::text, coalesce(usename, '-'), "
           "coalesce(nullif(application_name, ''), '-'), coalesce(host(client_addr), 'local'), "
           "coalesce(state, '-') FROM pg_stat_activity WHERE backend_type = 'client backend' "
           "GROUP BY 2, 3, 4, 5 ORDER BY count(*) DESC LIMIT 10)";
}

void DiagnoseJob::readPostgres(const QByteArray& rows, StackEvidence* e)
{
    for (const QByteArray& row : rows.split('\n')) {
        const QList<QByteArray> f = row.split('\t');
        if (f.size() < 5)
            continue;
        if (f.at(0) == "total") {
            e->pgMaxConnections = f.at(1).toInt();
            e->pgConnections = f.at(2).toInt();
            e->pgIdleOverFiveMinutes = f.at(3).toInt();
        } else {
            e->pgHolders << QStringLiteral("%1  %2 / %3 / %4 / %5")
                                .arg(QString::fromUtf8(f.at(0)).rightJustified(4),
                                     QString::fromUtf8(f.at(1)), QString::fromUtf8(f.at(2)),
                                     QString::fromUtf8(f.at(3)), QString::fromUtf8(f.at(4)));
        }
    }
}

void DiagnoseJob::readRedis(const QByteArray& latency, const QByteArray& infoText, StackEvidence* e)
{
    const QList<QByteArray> f = latency.simplified().split(' ');
    if (f.size() >= 3) {
        bool okMax = false, okAvg = false;
        const double max = f.at(1).toDouble(&okMax);
        const double avg = f.at(2).toDouble(&okAvg);
        if (okMax && okAvg) {
            e->redisLatencyMaxMs = max;
            e->redisLatencyAvgMs = avg;
        }
    }
    const RedisInfo info = RedisInfo::parse(infoText);
    e->redisRejectedConnections = info.integer("rejected_connections").value_or(0);
    for (const char* field : {"connected_clients", "blocked_clients", "instantaneous_ops_per_sec",
                              "rejected_connections", "expired_keys", "evicted_keys",
                              "keyspace_hits", "keyspace_misses"})
        if (info.contains(field))
            e->redisStats << QStringLiteral("%1: %2").arg(QString::fromLatin1(field),
                                                          QString::fromUtf8(info.value(field)));
    for (const char* field : {"used_memory_human", "used_memory_peak_human", "maxmemory_human",
                              "maxmemory_policy", "mem_fragmentation_ratio"})
        if (info.contains(field))
            e->redisMemory << QStringLiteral("%1: %2").arg(QString::fromLatin1(field),
                                                           QString::fromUtf8(info.value(field)));
}

void DiagnoseJob::readNginxLog(const QList<QByteArray>& lines, StackEvidence* e)
{
    QList<std::pair<double, QString>> timed;
    for (const QByteArray& line : lines) {
        if (line.contains("upstream timed out")) {
            e->timeoutLines << QString::fromUtf8(line).left(400);
            continue;
        }
        const auto a = NginxAccessLine::parse(line);
        if (!a)
            continue;
        ++e->accessLinesRead;
        e->gatewayTimeouts += a->status == 504 ? 1 : 0;
        e->badGateways += a->status == 502 ? 1 : 0;
        if (a->requestTimeSec)
            timed << std::pair{*a->requestTimeSec, QStringLiteral("%1 s  %2  %3  %4")
                                                       .arg(*a->requestTimeSec, 0, 'f', 3)
                                                       .arg(a->status)
                                                       .arg(a->request, a->time)};
    }
    e->timeoutLines =
        e->timeoutLines.mid(std::max<qsizetype>(0, e->timeoutLines.size() - kTimeoutLines));
    e->accessLogHasRequestTime = !timed.isEmpty();
    std::stable_sort(timed.begin(), timed.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; i < timed.size() && i < kSlowest; ++i)
        e->slowestRequests << timed.at(i).second;
}

} // namespace artgen::core
