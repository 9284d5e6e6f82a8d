#pragma once

#include "monitor/sourcefault.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Turns what PostgreSQL, libpq or psql said into a SourceFault an admin acts on. A query error
// carries its SQLSTATE; a failed connection does not (libpq keeps the server's FATAL only as
// text), so the text is read too: the server's words for 28P01/28000/53300 and the socket's for
// a refused or unreachable address. `source` names where ("127.0.0.1:15432").
class PgFaultClassifier
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::PgFaultClassifier)

public:
    static SourceFault::Kind kindOf(const QString& sqlState, const QString& message);
    static SourceFault classify(const QString& sqlState, const QString& message,
                                const QString& source);
    static SourceFault timeout(const QString& source, const QString& step, int deadlineMs);
    // The first line of a libpq/psql message without "FATAL:" and "psql: error:" noise.
    static QString reason(const QString& message);
};

} // namespace artgen::core
