#include "pgsession.h"

namespace artgen::core {

namespace {

constexpr int kColumns = 9; // PgQueries' session columns

QDateTime fromMs(const QString& text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QJsonValue iso(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

Result<QList<PgSession>> PgSession::listFromResult(const PgResult& result)
{
    QList<PgSession> sessions;
    for (const QStringList& row : result.rows) {
        bool ok = false;
        PgSession s;
        if (row.size() >= kColumns)
            s.pid = row[0].toInt(&ok);
        if (!ok)
            return fail(Error(Error::Code::Protocol,
                              tr("PostgreSQL's session list cannot be read."),
                              tr("Unexpected row: %1").arg(row.join(u'|')),
                              tr("Report this together with the server's version.")));
        s.user = row[1];
        s.application = row[2];
        s.client = row[3];
        s.state = row[4];
        s.backendStart = fromMs(row[5]);
        s.stateChange = fromMs(row[6]);
        s.queryStart = fromMs(row[7]);
        s.query = row[8];
        sessions << s;
    }
    return sessions;
}

QJsonObject PgSession::toJson() const
{
    return QJsonObject{{QStringLiteral("pid"), pid},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("application"), application},
                       {QStringLiteral("client"), client},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("backend_start"), iso(backendStart)},
                       {QStringLiteral("state_change"), iso(stateChange)},
                       {QStringLiteral("query_start"), iso(queryStart)},
                       {QStringLiteral("query"), query}};
}

} // namespace artgen::core
