#pragma once

#include "apiproberesult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace artgen::core {

// `GET <apiBaseUrl>/api/v1/health` every 2 s: the status and the latency, or why nothing
// answered (as a SourceFault: refused or unresolvable → Unreachable, no answer within the
// deadline → Timeout, any status outside 2xx → Other with the status named). Lives on a worker
// thread, held by a WorkerHandle (start/stop queued); the network access manager is created in
// start(), on that thread.
//
// Plain QNetworkAccessManager rather than the Docker transport (DockerCall): the API is an
// ordinary HTTP(S) site behind nginx — it may be https with a public certificate, behind a proxy,
// or redirect — which QNAM handles and the Docker endpoint code (unix socket, ssh dial-stdio,
// client-certificate TLS) has no reason to. Its transferTimeout is the per-request deadline.
class ApiProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 2000;
    static constexpr int kDefaultDeadlineMs = 1500;

    explicit ApiProbe(QUrl apiBaseUrl, int intervalMs = kDefaultIntervalMs,
                      int deadlineMs = kDefaultDeadlineMs, QObject* parent = nullptr);
    ~ApiProbe() override;

    static QUrl healthUrl(const QUrl& apiBaseUrl);

public Q_SLOTS:
    void start();
    void stop();
    void probeNow();

Q_SIGNALS:
    void probed(const artgen::core::ApiProbeResult& result);

private:
    void finish(QNetworkReply* reply);
    SourceFault faultOf(QNetworkReply* reply, int status) const;

    QUrl m_url;
    int m_intervalMs;
    int m_deadlineMs;
    QNetworkAccessManager* m_nam = nullptr;
    QTimer* m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_sent;
    qint64 m_sentAt = 0;
};

} // namespace artgen::core
