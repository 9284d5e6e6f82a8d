#include "runbooks.h"

namespace artgen::core {

namespace {

Diagnosis make(Problem problem, bool matched, QString summary, QStringList evidence)
{
    return {problem, matched, std::move(summary), std::move(evidence)};
}

QString apiAnswer(const StackEvidence& e)
{
    if (e.apiStatus == 0)
        return Runbooks::tr("GET /api/v1/health through nginx: no answer (%1)").arg(e.apiError);
    return Runbooks::tr("GET /api/v1/health through nginx: HTTP %1 in %2 ms")
        .arg(e.apiStatus)
        .arg(e.apiMs);
}

} // namespace

QList<Problem> Runbooks::all()
{
    return {Problem::BadGateway, Problem::GatewayTimeout, Problem::TooManyConnections,
            Problem::RedisTimeout, Problem::CeleryDown};
}

QString Runbooks::key(Problem problem)
{
    switch (problem) {
    case Problem::BadGateway:
        return QStringLiteral("502");
    case Problem::GatewayTimeout:
        return QStringLiteral("504");
    case Problem::TooManyConnections:
        return QStringLiteral("pg-connections");
    case Problem::RedisTimeout:
        return QStringLiteral("redis-timeout");
    case Problem::CeleryDown:
        return QStringLiteral("celery");
    }
    return {};
}

std::optional<Problem> Runbooks::fromKey(const QString& k)
{
    for (const Problem p : all())
        if (key(p) == k)
            return p;
    return std::nullopt;
}

QString Runbooks::title(Problem problem)
{
    switch (problem) {
    case Problem::BadGateway:
        return tr("502 Bad Gateway: the backend does not answer");
    case Problem::GatewayTimeout:
        return tr("504 Gateway Timeout: an operation took longer than nginx waits");
    case Problem::TooManyConnections:
        return tr("Too many PostgreSQL connections");
    case Problem::RedisTimeout:
        return tr("Redis connection timeout: Redis is overloaded");
    case Problem::CeleryDown:
        return tr("Celery workers do not start");
    }
    return {};
}

QStringList Runbooks::fixes(Problem problem)
{
    switch (problem) {
    case Problem::BadGateway:
        return {tr("Restart the backend and wait until it is healthy.")};
    case Problem::GatewayTimeout:
        return {tr("Raise proxy_read_timeout, proxy_connect_timeout and proxy_send_timeout in "
                   "nginx-docker.conf (configuration editor), then reload nginx.")};
    case Problem::TooManyConnections:
        return {tr("End sessions idle for more than 5 minutes (pg_terminate_backend)."),
                tr("Lower the workers or the pool sizes so the worst case fits max_connections.")};
    case Problem::RedisTimeout:
        return {tr("Clear the cache with FLUSHDB (careful: only after typing the database "
                   "number; audited)."),
                tr("Restart Celery after Redis restarts (Celery 5.2 stops consuming after a "
                   "Redis restart).")};
    case Problem::CeleryDown:
        return {tr("Restart Celery and wait until `celery inspect ping` answers.")};
    }
    return {};
}

QString Runbooks::describe(const QString& name, const StackEvidence::Service& s)
{
    if (!s.known)
        return tr("%1: state unknown").arg(name);
    return tr("%1 (%2): %3%4, %n restart(s)", nullptr, s.restartCount)
        .arg(name, s.container, s.state,
             s.health.isEmpty() ? QString() : QStringLiteral(", ") + s.health);
}

Diagnosis Runbooks::diagnose(Problem problem, const StackEvidence& e)
{
    switch (problem) {
    case Problem::BadGateway:
        return badGateway(e);
    case Problem::GatewayTimeout:
        return gatewayTimeout(e);
    case Problem::TooManyConnections:
        return tooManyConnections(e);
    case Problem::RedisTimeout:
        return redisTimeout(e);
    case Problem::CeleryDown:
        return celeryDown(e);
    }
    return {};
}

QList<Diagnosis> Runbooks::diagnoseAll(const StackEvidence& e)
{
    QList<Diagnosis> out;
    for (const Problem p : all())
        out << diagnose(p, e);
    return out;
}

std::optional<Diagnosis> Runbooks::pick(const QList<Diagnosis>& diagnoses)
{
    const QList<Problem> order = {Problem::RedisTimeout, Problem::TooManyConnections,
                                  Problem::BadGateway, Problem::CeleryDown,
                                  Problem::GatewayTimeout};
    for (const Problem p : order)
        for (const Diagnosis& d : diagnoses)
            if (d.problem == p && d.matched)
                return d;
    return std::nullopt;
}

Diagnosis Runbooks::badGateway(const StackEvidence& e)
{
    const StackEvidence::Service backend = e.service(QStringLiteral("backend"));
    QStringList ev = {describe(QStringLiteral("backend"), backend), apiAnswer(e)};
    if (!e.backendLog.isEmpty()) {
        ev << tr("Last %n line(s) of the backend's log:", nullptr, int(e.backendLog.size()));
        ev << e.backendLog;
    }
    if (backend.known && !backend.isRunning())
        return make(Problem::BadGateway, true,
                    tr("The backend container is %1: nginx has nothing to pass requests to.")
                        .arg(backend.state),
                    ev);
    if (e.apiStatus == 502)
        return make(Problem::BadGateway, true,
                    tr("nginx answers 502: the backend does not answer it."), ev);
    if (backend.known && !backend.isGood() && e.apiStatus != 200)
        return make(Problem::BadGateway, true,
                    tr("The backend is %1 and the API does not answer 200.").arg(backend.health),
                    ev);
    return make(Problem::BadGateway, false, tr("The backend runs and answers."), ev);
}

Diagnosis Runbooks::gatewayTimeout(const StackEvidence& e)
{
    QStringList ev;
    QStringList timeouts;
    for (auto it = e.nginxTimeouts.cbegin(); it != e.nginxTimeouts.cend(); ++it)
        timeouts << QStringLiteral("%1 %2").arg(it.key(), it.value());
    ev << tr("nginx timeouts: %1")
              .arg(timeouts.isEmpty() ? tr("not set (nginx's default 60 s)")
                                      : timeouts.join(QStringLiteral(", ")));
    ev << tr("Access log: %1 recent line(s) read, %2 answered 504, %3 answered 502")
              .arg(e.accessLinesRead)
              .arg(e.gatewayTimeouts)
              .arg(e.badGateways);
    if (e.accessLogHasRequestTime) {
        ev << tr("Slowest recent requests:");
        ev << e.slowestRequests;
    } else {
        ev << tr("nginx's access log has no request time (the combined format has no "
                 "$request_time), so the slowest requests cannot be read from it; the 504 "
                 "answers and nginx's \"upstream timed out\" errors stand in for them.");
    }
    if (!e.timeoutLines.isEmpty()) {
        ev << tr("nginx errors:");
        ev << e.timeoutLines;
    }
    if (e.gatewayTimeouts > 0 || !e.timeoutLines.isEmpty())
        return make(Problem::GatewayTimeout, true,
                    tr("nginx gave up waiting for the backend: %n answer(s) 504.", nullptr,
                       std::max(e.gatewayTimeouts, int(e.timeoutLines.size()))),
                    ev);
    return make(Problem::GatewayTimeout, false, tr("No answer timed out in nginx's recent log."),
                ev);
}

Diagnosis Runbooks::tooManyConnections(const StackEvidence& e)
{
    if (!e.pgConnections)
        return make(Problem::TooManyConnections, false,
                    tr("PostgreSQL's connections could not be counted."),
                    {e.pgError.isEmpty() ? tr("No answer from PostgreSQL.") : e.pgError});
    const int n = *e.pgConnections;
    QStringList ev = {
        tr("%1 connections of max_connections %2; the profile warns at %3")
            .arg(n)
            .arg(e.pgMaxConnections)
            .arg(e.pgWarn),
        tr("%n session(s) idle for more than 5 minutes", nullptr, e.pgIdleOverFiveMinutes),
        tr("Who holds them (count, user, application, client, state):")};
    ev << e.pgHolders;
    const bool overWarn = e.pgWarn > 0 && n >= e.pgWarn;
    const bool nearMax =
        e.pgMaxConnections > 0 && n * 100 >= e.pgMaxConnections * kPostgresCriticalPercent;
    if (overWarn || nearMax)
        return make(Problem::TooManyConnections, true,
                    tr("PostgreSQL holds %1 connections of %2.").arg(n).arg(e.pgMaxConnections),
                    ev);
    return make(Problem::TooManyConnections, false,
                tr("PostgreSQL holds %1 connections of %2: under the limits.")
                    .arg(n)
                    .arg(e.pgMaxConnections),
                ev);
}

Diagnosis Runbooks::redisTimeout(const StackEvidence& e)
{
    QStringList ev = {e.redisPing ? tr("PING: PONG") : tr("PING: no PONG (%1)").arg(e.redisError)};
    if (e.redisLatencyAvgMs)
        ev << tr("Latency over 1 s: average %1 ms, max %2 ms")
                  .arg(*e.redisLatencyAvgMs, 0, 'f', 2)
                  .arg(e.redisLatencyMaxMs.value_or(0), 0, 'f', 0);
    ev << tr("Rejected connections: %1").arg(e.redisRejectedConnections);
    ev << e.redisStats << e.redisMemory;
    if (!e.redisPing)
        return make(Problem::RedisTimeout, true, tr("Redis does not answer PING."), ev);
    if (e.redisLatencyAvgMs.value_or(0) > kRedisSlowAvgMs ||
        e.redisLatencyMaxMs.value_or(0) > kRedisSlowMaxMs)
        return make(Problem::RedisTimeout, true,
                    tr("Redis answers slowly: %1 ms on average.")
                        .arg(e.redisLatencyAvgMs.value_or(0), 0, 'f', 1),
                    ev);
    return make(Problem::RedisTimeout, false, tr("Redis answers PING quickly."), ev);
}

Diagnosis Runbooks::celeryDown(const StackEvidence& e)
{
    const StackEvidence::Service celery = e.service(QStringLiteral("celery"));
    QStringList ev = {describe(QStringLiteral("celery"), celery),
                      e.celeryPing ? tr("celery inspect ping: answered")
                                   : tr("celery inspect ping: no answer")};
    if (!e.celeryPingOutput.isEmpty())
        ev << e.celeryPingOutput.split(u'\n', Qt::SkipEmptyParts);
    if (!e.celeryLog.isEmpty()) {
        ev << tr("Last %n line(s) of Celery's log:", nullptr, int(e.celeryLog.size()));
        ev << e.celeryLog;
    }
    if (celery.known && !celery.isRunning())
        return make(Problem::CeleryDown, true, tr("The Celery container is %1.").arg(celery.state),
                    ev);
    if (!e.celeryPing)
        return make(Problem::CeleryDown, true, tr("No Celery worker answers ping."), ev);
    return make(Problem::CeleryDown, false, tr("The Celery workers answer ping."), ev);
}

} // namespace artgen::core
