#include "monitorseries.h"

#include "postgres/pgsnapshot.h"

namespace artgen::core {

QStringList MonitorSeries::postgresStates()
{
    QStringList ids;
    for (const QString& state : PgSnapshot::states())
        ids << postgresState(state);
    return ids;
}

} // namespace artgen::core
