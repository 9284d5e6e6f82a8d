#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace artgen::core {

// Where the Docker Engine API answers: a unix socket (default /var/run/docker.sock), tcp://
// (optionally TLS per DOCKER_TLS_VERIFY/DOCKER_CERT_PATH) or ssh://. Parsed from a profile's
// docker host or DOCKER_HOST, the way the docker CLI reads them.
class DockerEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::DockerEndpoint)

public:
    enum class Kind { Unix, Tcp, Ssh };

    static constexpr const char* kDefaultSocket = "/var/run/docker.sock";

    // Empty spec: $DOCKER_HOST, else the default unix socket.
    static Result<DockerEndpoint> parse(const QString& spec);
    static DockerEndpoint fromEnvironment();

    Kind kind() const { return m_kind; }
    QString socketPath() const { return m_path; } // Unix
    QString host() const { return m_host; }       // Tcp, Ssh
    quint16 port() const { return m_port; }       // Tcp, Ssh (0: ssh default)
    QString user() const { return m_user; }       // Ssh
    bool useTls() const { return m_tls; }
    QString certPath() const { return m_certPath; }
    // The TLS files: set explicitly (a profile's, a Docker context's), else ca.pem, cert.pem and
    // key.pem in certPath().
    QString caFile() const;
    QString certFile() const;
    QString keyFile() const;
    // A tcp:// endpoint talks TLS with these files.
    void setTlsFiles(const QString& ca, const QString& cert, const QString& key);
    QString toString() const;

private:
    static Error invalid(const QString& spec, const QString& why);

    Kind m_kind = Kind::Unix;
    QString m_path = QString::fromLatin1(kDefaultSocket);
    QString m_host;
    quint16 m_port = 0;
    QString m_user;
    bool m_tls = false;
    QString m_certPath;
    QString m_caFile;
    QString m_certFile;
    QString m_keyFile;
};

} // namespace artgen::core
