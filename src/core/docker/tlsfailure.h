#pragma once

#include "dockerendpoint.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace artgen::core {

// Why a TLS handshake with a Docker daemon failed, said with the file to look at: the daemon's
// certificate is not signed by the CA in the profile's CA file, it expired (or is not valid yet),
// it names another host, or — when our side found nothing wrong — the daemon refused the client
// certificate (expired, or not signed by the CA the daemon trusts).
class TlsFailure
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::TlsFailure)

public:
    // `errors`: what our side found in the daemon's certificate; `peerChain`: the certificates
    // the daemon sent, when the handshake got that far; `socketError`: the socket's own words.
    static Error explain(const DockerEndpoint& endpoint, const QList<QSslError>& errors,
                         const QList<QSslCertificate>& peerChain, const QString& socketError);

private:
    static Error clientSide(const DockerEndpoint& endpoint, const QString& socketError);
    // The daemon's certificate was issued by none of the certificates in our CA file.
    static bool issuedByOtherCa(const DockerEndpoint& endpoint,
                                const QList<QSslCertificate>& peerChain);
};

} // namespace artgen::core
