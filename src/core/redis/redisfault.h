#pragma once

#include "monitor/sourcefault.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Turns what went wrong with Redis into a SourceFault an admin can act on: the server's error
// reply, hiredis' connection error, or our own deadline. Pure; the sentences never hold the
// password (hiredis' and the server's texts do not either: AUTH's argument is not echoed).
class RedisFault
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::RedisFault)

public:
    // An error reply ("-WRONGPASS …", "-NOAUTH …", "-ERR max number of clients reached", …).
    static SourceFault fromServerError(const QByteArray& error, const QString& address);
    // hiredis' errstr when the connection could not be made or broke ("Connection refused",
    // "Server closed the connection", …).
    static SourceFault fromConnectionError(const QString& error, const QString& address);
    static SourceFault timeout(const QString& address, int deadlineMs);
};

} // namespace artgen::core
