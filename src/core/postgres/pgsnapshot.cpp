#include "pgsnapshot.h"

#include <QJsonArray>

namespace artgen::core {

namespace {

QJsonObject toObject(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QStringList PgSnapshot::states()
{
    return {QStringLiteral("active"), QStringLiteral("idle"), QStringLiteral("idle in transaction"),
            QStringLiteral("idle in transaction (aborted)"), QStringLiteral("other")};
}

double PgSnapshot::blockHitRatio() const
{
    const qint64 all = blocksHit + blocksRead;
    return all > 0 ? double(blocksHit) / double(all) : -1.0;
}

Result<PgSnapshot> PgSnapshot::fromResult(const PgResult& result)
{
    PgSnapshot s;
    for (const QString& state : states())
        s.byState.insert(state, 0);
    QMap<QString, QMap<QString, int>*> groups{{QStringLiteral("state"), &s.byState},
                                              {QStringLiteral("database"), &s.byDatabase},
                                              {QStringLiteral("user"), &s.byUser},
                                              {QStringLiteral("application"), &s.byApplication},
                                              {QStringLiteral("client"), &s.byClient}};
    const QMap<QString, qint64*> figures{
        {QStringLiteral("age_ms/xact"), &s.oldestTransactionMs},
        {QStringLiteral("age_ms/idle_xact"), &s.oldestIdleInTransactionMs},
        {QStringLiteral("stat/xacts"), &s.transactions},
        {QStringLiteral("stat/blks_hit"), &s.blocksHit},
        {QStringLiteral("stat/blks_read"), &s.blocksRead},
        {QStringLiteral("clock/now_us"), &s.serverClockUs},
        {QStringLiteral("clock/server_us"), &s.serverTimeUs}};
    const QMap<QString, int*> counts{
        {QStringLiteral("count/used"), &s.used},
        {QStringLiteral("count/monitor"), &s.monitorBackends},
        {QStringLiteral("setting/max_connections"), &s.maxConnections},
        {QStringLiteral("setting/superuser_reserved_connections"), &s.superuserReserved},
        {QStringLiteral("setting/reserved_connections"), &s.reserved}};
    const auto bad = [](const QString& row) {
        return fail(Error(Error::Code::Protocol,
                          tr("PostgreSQL's connection figures cannot be read."),
                          tr("Unexpected row: %1").arg(row),
                          tr("Report this together with the server's version.")));
    };
    bool sawClock = false;
    for (const QStringList& row : result.rows) {
        if (row.size() != 3)
            return bad(row.join(u'|'));
        bool ok = false;
        const qint64 value = row[2].toLongLong(&ok);
        if (!ok)
            return bad(row.join(u'|'));
        const QString key = row[0] + u'/' + row[1];
        if (QMap<QString, int>* group = groups.value(row[0])) {
            (*group)[row[1]] += int(value);
        } else if (int* count = counts.value(key)) {
            *count = int(value);
        } else if (qint64* figure = figures.value(key)) {
            *figure = value;
            sawClock = sawClock || key == u"clock/now_us";
        }
    }
    if (!sawClock || s.maxConnections <= 0)
        return bad(tr("the clock or max_connections row is missing"));
    for (int n : s.byState)
        s.total += n;
    s.roundTripUs = result.roundTripUs;
    return s;
}

void PgSnapshot::rateFrom(const PgSnapshot& previous)
{
    const qint64 dtUs = serverClockUs - previous.serverClockUs;
    if (dtUs <= 0 || transactions < previous.transactions)
        return; // a clock step or a stats reset: no rate for this sample
    transactionsPerSecond = double(transactions - previous.transactions) * 1e6 / double(dtUs);
}

QJsonObject PgSnapshot::toJson() const
{
    return QJsonObject{{QStringLiteral("total"), total},
                       {QStringLiteral("used"), used},
                       {QStringLiteral("monitor_backends"), monitorBackends},
                       {QStringLiteral("by_state"), toObject(byState)},
                       {QStringLiteral("by_database"), toObject(byDatabase)},
                       {QStringLiteral("by_user"), toObject(byUser)},
                       {QStringLiteral("by_application"), toObject(byApplication)},
                       {QStringLiteral("by_client"), toObject(byClient)},
                       {QStringLiteral("max_connections"), maxConnections},
                       {QStringLiteral("superuser_reserved_connections"), superuserReserved},
                       {QStringLiteral("reserved_connections"), reserved},
                       {QStringLiteral("headroom"), headroom()},
                       {QStringLiteral("limit_reached"), limitReached()},
                       {QStringLiteral("oldest_transaction_ms"), oldestTransactionMs},
                       {QStringLiteral("oldest_idle_in_transaction_ms"), oldestIdleInTransactionMs},
                       {QStringLiteral("transactions_per_second"), transactionsPerSecond},
                       {QStringLiteral("block_hit_ratio"), blockHitRatio()},
                       {QStringLiteral("server_time_us"), serverTimeUs},
                       {QStringLiteral("round_trip_us"), roundTripUs},
                       {QStringLiteral("via_exec"), viaExec}};
}

} // namespace artgen::core
