#include "apiprobe.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace artgen::core {

ApiProbe::ApiProbe(QUrl apiBaseUrl, int intervalMs, int deadlineMs, QObject* parent)
    : QObject(parent), m_url(healthUrl(apiBaseUrl)), m_intervalMs(intervalMs),
      m_deadlineMs(deadlineMs)
{}

ApiProbe::~ApiProbe() = default;

QUrl ApiProbe::healthUrl(const QUrl& apiBaseUrl)
{
    QUrl url = apiBaseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/health"));
    return url;
}

void ApiProbe::start()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ApiProbe::probeNow);
    }
    m_timer->start(m_intervalMs);
    probeNow();
}

void ApiProbe::stop()
{
    if (m_timer)
        m_timer->stop();
    if (QNetworkReply* reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiProbe::probeNow()
{
    if (!m_nam || m_reply)
        return; // the previous probe is still within its deadline
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_deadlineMs);
    // Every probe measures the API, not a cached answer or a reused half-dead connection.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control", "no-cache");
    m_sentAt = QDateTime::currentMSecsSinceEpoch();
    m_sent.start();
    m_reply = m_nam->get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    // transferTimeout only notices silence; an answer that trickles in slower than the deadline
    // is cut here too (an abort, reported as a timeout).
    QTimer::singleShot(m_deadlineMs, reply, [reply] { reply->abort(); });
}

void ApiProbe::finish(QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    ApiProbeResult r;
    r.t = m_sentAt;
    r.url = m_url;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.fault = faultOf(reply, r.status);
    if (r.status > 0)
        r.latencyMs = double(m_sent.nsecsElapsed()) / 1e6;
    Q_EMIT probed(r);
}

SourceFault ApiProbe::faultOf(QNetworkReply* reply, int status) const
{
    using Kind = SourceFault::Kind;
    const QString url = m_url.toDisplayString();
    if (status >= 200 && status < 300)
        return {};
    if (status > 0)
        return {Kind::Other, tr("The API at %1 answered HTTP %2 instead of 200: the backend or a "
                                "service it needs is failing; see its logs.")
                                 .arg(url)
                                 .arg(status)};
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the deadline aborts this way
    case QNetworkReply::TimeoutError:
        return {Kind::Timeout, tr("The API at %1 did not answer within %n ms: it may be "
                                  "overloaded or stuck.",
                                  nullptr, m_deadlineMs)
                                   .arg(url)};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return {Kind::Unreachable, tr("The API at %1 cannot be reached (%2): check that the "
                                      "frontend container runs and publishes its port.")
                                       .arg(url, reply->errorString())};
    default:
        return {Kind::Other,
                tr("The API at %1 could not be asked: %2.").arg(url, reply->errorString())};
    }
}

} // namespace artgen::core
