#include "loadtarget.h"

#include <QHostAddress>
#include <cstring>
#include <netdb.h>

namespace artgen::core {

Result<LoadTarget> LoadTarget::fromUrl(const QUrl& url)
{
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty())
        return fail(Error(Error::Code::InvalidInput,
                          tr("“%1” is not an http:// URL.").arg(url.toDisplayString()),
                          tr("The load tester speaks plain HTTP/1.1 to one host."),
                          tr("Give a URL such as http://127.0.0.1:18080/api/v1/health.")));
    LoadTarget t;
    t.m_host = url.host();
    t.m_port = quint16(url.port(80));
    t.m_path = url.path(QUrl::FullyEncoded).toLatin1();
    if (t.m_path.isEmpty())
        t.m_path = "/";
    if (url.hasQuery())
        t.m_path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    t.m_hostHeader = host.contains(':') ? QByteArray('[' + host + ']') : host;
    if (url.port() > 0 && url.port() != 80)
        t.m_hostHeader += ':' + QByteArray::number(url.port());
    return t;
}

bool LoadTarget::isLoopback(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status LoadTarget::checkAllowed(const QStringList& allowedHosts, bool allowAny) const
{
    if (allowAny || isLoopback(m_host) || allowedHosts.contains(m_host, Qt::CaseInsensitive))
        return {};
    return fail(Error(Error::Code::PermissionDenied, tr("Refusing to load-test %1.").arg(m_host),
                      tr("It is neither the profile's API host nor this machine; a load test "
                         "against someone else's server can look like an attack."),
                      tr("Pass --allow-any-host if the server is yours.")));
}

Result<LoadTarget::Address> LoadTarget::resolve() const
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const QByteArray port = QByteArray::number(m_port);
    const int rc = ::getaddrinfo(m_host.toUtf8().constData(), port.constData(), &hints, &found);
    if (rc != 0 || !found)
        return fail(Error(Error::Code::Unreachable, tr("Cannot resolve %1.").arg(m_host),
                          QString::fromLocal8Bit(::gai_strerror(rc)),
                          tr("Check the host name in the URL.")));
    Address a;
    std::memcpy(&a.storage, found->ai_addr, found->ai_addrlen);
    a.length = found->ai_addrlen;
    ::freeaddrinfo(found);
    return a;
}

} // namespace artgen::core
