#include "tlsfailure.h"

#include <QDateTime>
#include <QSslCertificate>
#include <algorithm>

namespace artgen::core {

namespace {

bool isWrongCa(QSslError::SslError e)
{
    switch (e) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
        return true;
    default:
        return false;
    }
}

bool has(const QList<QSslError>& errors, QSslError::SslError which)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [which](const QSslError& e) { return e.error() == which; });
}

} // namespace

bool TlsFailure::issuedByOtherCa(const DockerEndpoint& ep, const QList<QSslCertificate>& peerChain)
{
    if (peerChain.isEmpty())
        return false;
    const QString issuer = peerChain.first().issuerDisplayName();
    const auto cas = QSslCertificate::fromPath(ep.caFile());
    return !cas.isEmpty() && std::none_of(cas.cbegin(), cas.cend(), [&issuer](const auto& ca) {
        return ca.subjectDisplayName() == issuer;
    });
}

Error TlsFailure::explain(const DockerEndpoint& ep, const QList<QSslError>& errors,
                          const QList<QSslCertificate>& peerChain, const QString& socketError)
{
    const QString what = tr("The TLS handshake with Docker at %1 failed.").arg(ep.toString());
    if (has(errors, QSslError::CertificateExpired))
        return Error(
            Error::Code::PermissionDenied, what, tr("The daemon's certificate has expired."),
            tr("Renew the daemon's certificate (signed by the CA in %1).").arg(ep.caFile()));
    if (has(errors, QSslError::CertificateNotYetValid))
        return Error(Error::Code::PermissionDenied, what,
                     tr("The daemon's certificate is not valid yet."),
                     tr("Check the clocks of this machine and of the Docker host."));
    const bool wrongCa = std::any_of(errors.cbegin(), errors.cend(),
                                     [](const QSslError& e) { return isWrongCa(e.error()); }) ||
                         issuedByOtherCa(ep, peerChain);
    if (wrongCa)
        return Error(Error::Code::PermissionDenied, what,
                     tr("The daemon's certificate is not signed by the CA in %1 (wrong CA).")
                         .arg(ep.caFile()),
                     tr("Choose the CA file that signed the daemon's certificate."));
    if (has(errors, QSslError::HostNameMismatch))
        return Error(Error::Code::PermissionDenied, what,
                     tr("The daemon's certificate is not made out to %1.").arg(ep.host()),
                     tr("Connect by a name the certificate lists, or reissue it."));
    if (!errors.isEmpty())
        return Error(Error::Code::PermissionDenied, what, errors.first().errorString(),
                     tr("Check the CA file %1.").arg(ep.caFile()));
    if (peerChain.isEmpty())
        // The handshake ended before the daemon's certificate could be looked at: either side
        // may be the one that refused.
        return Error(Error::Code::PermissionDenied,
                     tr("The TLS handshake with Docker at %1 failed.").arg(ep.toString()),
                     tr("Either the daemon's certificate is not signed by the CA in %1, or the "
                        "daemon refused the client certificate %2 (%3).")
                         .arg(ep.caFile(), ep.certFile(), socketError),
                     tr("Check that %1 signed the daemon's certificate and that the daemon "
                        "trusts the CA of %2.")
                         .arg(ep.caFile(), ep.certFile()));
    return clientSide(ep, socketError);
}

Error TlsFailure::clientSide(const DockerEndpoint& ep, const QString& socketError)
{
    const QString what = tr("The TLS handshake with Docker at %1 failed.").arg(ep.toString());
    const auto certs = QSslCertificate::fromPath(ep.certFile());
    if (!certs.isEmpty() && certs.first().expiryDate() < QDateTime::currentDateTimeUtc())
        return Error(Error::Code::PermissionDenied, what,
                     tr("The client certificate %1 expired on %2.")
                         .arg(ep.certFile(), certs.first().expiryDate().toString(Qt::ISODate)),
                     tr("Renew the client certificate."));
    // Our side accepted the daemon: the daemon refused us.
    return Error(
        Error::Code::PermissionDenied, what,
        tr("The daemon refused the client certificate %1 (%2).").arg(ep.certFile(), socketError),
        tr("Use a client certificate signed by the CA the daemon trusts, with its key "
           "%1.")
            .arg(ep.keyFile()));
}

} // namespace artgen::core
