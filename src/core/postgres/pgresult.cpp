#include "pgresult.h"

namespace artgen::core {

PgResult PgResult::fromPsql(const QByteArray& output)
{
    PgResult result;
    QByteArray text = output;
    // psql ends its output with a newline whatever the record separator.
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty())
        return result;
    for (const QByteArray& record : text.split(kRecordSeparator)) {
        QStringList fields;
        for (const QByteArray& field : record.split(kFieldSeparator))
            fields << QString::fromUtf8(field);
        result.rows << fields;
    }
    return result;
}

} // namespace artgen::core
