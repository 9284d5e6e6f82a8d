#include "pgfaultclassifier.h"

#include <QRegularExpression>

namespace artgen::core {

namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* n : needles)
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

SourceFault::Kind PgFaultClassifier::kindOf(const QString& sqlState, const QString& message)
{
    using Kind = SourceFault::Kind;
    if (sqlState == u"28P01" || sqlState == u"28000")
        return Kind::AuthenticationFailed;
    if (sqlState == u"53300")
        return Kind::LimitReached;
    if (sqlState.startsWith(u"08") || sqlState == u"57P01" || sqlState == u"57P03")
        return Kind::Unreachable;
    if (!sqlState.isEmpty())
        return Kind::Other;
    // Connection-time texts (no SQLSTATE reaches the client before the session exists).
    if (containsAny(message,
                    {"password authentication failed", "no pg_hba.conf entry",
                     "authentication failed", "no password supplied", "role \"", "28P01", "28000"}))
        return Kind::AuthenticationFailed;
    if (containsAny(message, {"too many clients", "remaining connection slots are reserved",
                              "too many connections", "53300"}))
        return Kind::LimitReached;
    if (containsAny(message, {"does not exist"}))
        return Kind::Other; // a database that is not there (3D000): the server answered
    if (containsAny(message,
                    {"connection refused", "could not connect", "no route to host",
                     "network is unreachable", "could not translate host name",
                     "server closed the connection", "connection timed out", "timeout expired",
                     "no such file or directory", "the database system is", "is not running",
                     "no such container", "terminating connection", "connection to server lost"}))
        return Kind::Unreachable;
    return Kind::Other;
}

QString PgFaultClassifier::reason(const QString& message)
{
    static const QRegularExpression noise(
        QStringLiteral("^(psql: error: |connection to server .*? failed: |FATAL:\\s+|ERROR:\\s+|"
                       "[0-9A-Z]{5}: )+"));
    for (QString line : message.split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        for (;;) {
            const QString cut = QString(line).remove(noise).trimmed();
            if (cut == line)
                break;
            line = cut;
        }
        if (!line.isEmpty())
            return line;
    }
    return message.trimmed();
}

SourceFault PgFaultClassifier::classify(const QString& sqlState, const QString& message,
                                        const QString& source)
{
    const SourceFault::Kind kind = kindOf(sqlState, message);
    const QString why = reason(message);
    QString text;
    switch (kind) {
    case SourceFault::Kind::AuthenticationFailed:
        text = tr("PostgreSQL (%1) refused the login: %2. Check POSTGRES_USER and "
                  "POSTGRES_PASSWORD in Docker_all/.env against the database.")
                   .arg(source, why);
        break;
    case SourceFault::Kind::LimitReached:
        text = tr("PostgreSQL (%1) refuses new connections: the connection limit is reached "
                  "(SQLSTATE 53300, %2). End idle sessions or raise max_connections.")
                   .arg(source, why);
        break;
    case SourceFault::Kind::Unreachable:
        text = tr("PostgreSQL (%1) cannot be reached: %2. Start the stack, or check "
                  "POSTGRES_PORT in Docker_all/.env.")
                   .arg(source, why);
        break;
    default:
        text = tr("PostgreSQL (%1) failed: %2.").arg(source, why);
        break;
    }
    return SourceFault{kind, text};
}

SourceFault PgFaultClassifier::timeout(const QString& source, const QString& step, int deadlineMs)
{
    return SourceFault{
        SourceFault::Kind::Timeout,
        tr("PostgreSQL (%1) did not answer (%2) within %3 ms. The server may be overloaded or "
           "a lock may hold it; try again, or look at its log.")
            .arg(source, step)
            .arg(deadlineMs)};
}

} // namespace artgen::core
