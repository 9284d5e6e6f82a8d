#pragma once

#include "monitor/sourcefault.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <tl/expected.hpp>

namespace artgen::core {

// The answer to one query as a plain value, the same whichever way it came (libpq on the
// monitor's thread, or psql inside the container): rows of text fields, NULL as an empty
// string. A PGresult never leaves the connection that made it.
struct PgResult
{
    QStringList columns; // empty on the exec path (psql -t prints none)
    QList<QStringList> rows;
    qint64 roundTripUs = 0; // client side: sent to last row read

    // psql's unaligned, tuples-only output with kFieldSeparator between fields and
    // kRecordSeparator between rows (see PgExecRunner). Fields hold no control characters: the
    // queries replace them (PgQueries), so neither separator can appear inside a value.
    static PgResult fromPsql(const QByteArray& output);

    static constexpr char kFieldSeparator = '\x1f';  // ASCII unit separator
    static constexpr char kRecordSeparator = '\x1e'; // ASCII record separator
};

// A query's result, or why the source gave none.
using PgReply = tl::expected<PgResult, SourceFault>;

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::PgResult)
