#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A TLS Docker endpoint on 127.0.0.1 for tests: certificates made with openssl (a CA, a second
// CA, a server certificate, a client one and a "stranger" client signed by the other CA), and
// socat terminating TLS with client verification in front of the real daemon's socket — to a
// client exactly what `dockerd --tlsverify` is.
class TlsDockerProxy
{
public:
    TlsDockerProxy() = default;
    ~TlsDockerProxy();

    // Makes the certificates and starts socat; false with *error set when it cannot.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    // A file made by start(): ca.pem, otherca.pem, client-cert.pem, client-key.pem,
    // stranger-cert.pem, stranger-key.pem, …
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A DOCKER_CERT_PATH folder called `dir`: ca.pem, cert.pem, key.pem.
    bool certDir(const QString& dir, const QString& ca, const QString& client) const;

private:
    static bool openssl(const QStringList& args);
    bool makeCert(const QString& name, const QString& ca, const QString& usage) const;
    bool makeCa(const QString& name) const;

    QTemporaryDir m_dir;
    QProcess m_socat;
    quint16 m_port = 0;
};
