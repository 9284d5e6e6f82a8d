#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <sys/socket.h>

namespace artgen::core {

// Where a load test sends its requests: an http:// URL split into what the request line and the
// socket need, the rule that keeps a load test on the user's own stack (the profile's hosts and
// loopback, anything else only when explicitly allowed), and the address, resolved once.
class LoadTarget
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::LoadTarget)

public:
    static Result<LoadTarget> fromUrl(const QUrl& url);

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QByteArray pathAndQuery() const { return m_path; }
    QByteArray hostHeader() const { return m_hostHeader; }

    static bool isLoopback(const QString& host);
    // An error unless the host is loopback, one of allowedHosts, or allowAny.
    Status checkAllowed(const QStringList& allowedHosts, bool allowAny) const;

    // Blocking name resolution: call it on a worker thread.
    struct Address
    {
        sockaddr_storage storage = {};
        socklen_t length = 0;
    };
    Result<Address> resolve() const;

private:
    QString m_host;
    quint16 m_port = 80;
    QByteArray m_path;
    QByteArray m_hostHeader;
};

} // namespace artgen::core
