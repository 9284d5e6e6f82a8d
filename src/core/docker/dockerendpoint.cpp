#include "dockerendpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace artgen::core {

Error DockerEndpoint::invalid(const QString& spec, const QString& why)
{
    return Error(Error::Code::InvalidInput, tr("The Docker host “%1” is not valid.").arg(spec), why,
                 tr("Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://USER@HOST."));
}

DockerEndpoint DockerEndpoint::fromEnvironment()
{
    auto parsed = parse(QString());
    return parsed ? *parsed : DockerEndpoint();
}

Result<DockerEndpoint> DockerEndpoint::parse(const QString& specIn)
{
    QString spec = specIn.trimmed();
    if (spec.isEmpty())
        spec = qEnvironmentVariable("DOCKER_HOST").trimmed();
    DockerEndpoint ep;
    if (spec.isEmpty())
        return ep;
    if (spec.startsWith(QStringLiteral("unix://"))) {
        ep.m_path = spec.mid(7);
        if (ep.m_path.isEmpty() || !ep.m_path.startsWith(u'/'))
            return fail(invalid(spec, tr("A unix socket path must be absolute.")));
        return ep;
    }
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(invalid(spec, tr("It has no host name.")));
    if (url.scheme() == QStringLiteral("tcp")) {
        ep.m_kind = Kind::Tcp;
        ep.m_host = url.host();
        ep.m_tls = !qEnvironmentVariable("DOCKER_TLS_VERIFY").isEmpty() &&
                   qEnvironmentVariable("DOCKER_TLS_VERIFY") != QStringLiteral("0");
        ep.m_certPath = qEnvironmentVariable("DOCKER_CERT_PATH");
        if (ep.m_tls && ep.m_certPath.isEmpty())
            ep.m_certPath = QDir::homePath() + QStringLiteral("/.docker");
        ep.m_port = quint16(url.port(ep.m_tls ? 2376 : 2375));
        return ep;
    }
    if (url.scheme() == QStringLiteral("ssh")) {
        ep.m_kind = Kind::Ssh;
        ep.m_host = url.host();
        ep.m_user = url.userName();
        ep.m_port = quint16(qMax(0, url.port(0)));
        return ep;
    }
    return fail(invalid(spec, tr("The scheme “%1” is not supported.").arg(url.scheme())));
}

QString DockerEndpoint::caFile() const
{
    return m_caFile.isEmpty() ? QDir(m_certPath).filePath(QStringLiteral("ca.pem")) : m_caFile;
}

QString DockerEndpoint::certFile() const
{
    return m_certFile.isEmpty() ? QDir(m_certPath).filePath(QStringLiteral("cert.pem"))
                                : m_certFile;
}

QString DockerEndpoint::keyFile() const
{
    return m_keyFile.isEmpty() ? QDir(m_certPath).filePath(QStringLiteral("key.pem")) : m_keyFile;
}

void DockerEndpoint::setTlsFiles(const QString& ca, const QString& cert, const QString& key)
{
    m_tls = true;
    m_caFile = ca;
    m_certFile = cert;
    m_keyFile = key;
}

QString DockerEndpoint::toString() const
{
    switch (m_kind) {
    case Kind::Unix:
        return QStringLiteral("unix://") + m_path;
    case Kind::Tcp:
        return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
    case Kind::Ssh:
        return QStringLiteral("ssh://%1%2%3")
            .arg(m_user.isEmpty() ? QString() : m_user + u'@', m_host,
                 m_port ? QStringLiteral(":%1").arg(m_port) : QString());
    }
    return {};
}

} // namespace artgen::core
