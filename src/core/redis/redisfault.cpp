#include "redisfault.h"

namespace artgen::core {

namespace {
bool isAuthError(const QByteArray& e)
{
    const QByteArray lower = e.toLower();
    return e.startsWith("WRONGPASS") || e.startsWith("NOAUTH") ||
           lower.contains("invalid password") || lower.contains("invalid username-password") ||
           lower.contains("without any password configured");
}

SourceFault make(SourceFault::Kind kind, const QString& message)
{
    return SourceFault{kind, message};
}
} // namespace

SourceFault RedisFault::fromServerError(const QByteArray& error, const QString& address)
{
    if (isAuthError(error))
        return make(SourceFault::Kind::AuthenticationFailed,
                    tr("Redis at %1 refused the monitor's password. The password in the "
                       "profile's .env (REDIS_PASSWORD) does not match the server's. Correct "
                       "REDIS_PASSWORD or restart Redis with the password the file holds.")
                        .arg(address));
    if (error.toLower().contains("max number of clients reached"))
        return make(SourceFault::Kind::LimitReached,
                    tr("Redis at %1 turned the monitor away: it already serves its maximum "
                       "number of clients (maxclients). Find who holds the connections "
                       "(CLIENT LIST from inside the container) or raise maxclients.")
                        .arg(address));
    if (error.startsWith("LOADING"))
        return make(SourceFault::Kind::Unreachable,
                    tr("Redis at %1 is still loading its data set into memory. Wait until it "
                       "has finished; the monitor retries by itself.")
                        .arg(address));
    return make(SourceFault::Kind::Protocol,
                tr("Redis at %1 answered the monitor with an error: %2. Check the server's log "
                   "(the Logs page, the Redis container).")
                    .arg(address, QString::fromUtf8(error.left(200))));
}

SourceFault RedisFault::fromConnectionError(const QString& error, const QString& address)
{
    const QString lower = error.toLower();
    if (lower.contains(u"refused"))
        return make(SourceFault::Kind::Unreachable,
                    tr("Redis at %1 refused the connection: nothing listens there. Start the "
                       "Redis container (or check REDIS_PORT in the profile's .env); the "
                       "monitor reconnects by itself.")
                        .arg(address));
    if (lower.contains(u"timed out") || lower.contains(u"timeout"))
        return timeout(address, 0);
    return make(SourceFault::Kind::Unreachable,
                tr("The connection to Redis at %1 failed: %2. Check that the Redis container "
                   "runs; the monitor reconnects by itself.")
                    .arg(address, error));
}

SourceFault RedisFault::timeout(const QString& address, int deadlineMs)
{
    if (deadlineMs <= 0)
        return make(SourceFault::Kind::Timeout,
                    tr("Redis at %1 did not answer in time. The server may be overloaded or "
                       "paused; the monitor retries by itself.")
                        .arg(address));
    return make(SourceFault::Kind::Timeout,
                tr("Redis at %1 did not answer within %2 ms. The server may be overloaded or "
                   "paused; the monitor retries by itself.")
                    .arg(address)
                    .arg(deadlineMs));
}

} // namespace artgen::core
