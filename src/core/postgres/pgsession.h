#pragma once

#include "pgresult.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace artgen::core {

// One client session of pg_stat_activity, as the sessions table and `artgenctl sessions` show
// it (rows of PgQueries::sessions(), terminate() and terminateIdle()).
struct PgSession
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PgSession)

public:
    int pid = 0;
    QString user;
    QString application;
    QString client; // host address, or "local" for a Unix socket
    QString state;
    QDateTime backendStart;
    QDateTime stateChange; // "since": when it entered `state`
    QDateTime queryStart;
    QString query; // cut to 200 characters

    static Result<QList<PgSession>> listFromResult(const PgResult& result);
    QJsonObject toJson() const;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::PgSession)
