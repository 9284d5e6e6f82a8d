#pragma once

#include "dockerendpoint.h"
#include "dockerstatus.h"
#include "http/httpresponseparser.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QIODevice;
class QTimer;

namespace artgen::core {

// Asks the daemon `GET /version` now and then and says when the answer changes: the status
// bar's "Docker answers" light. Lives on a worker thread; never blocks. Each probe has a
// deadline, so a daemon that accepts and never answers reads as unreachable, not as a hang.
class DockerProbe : public QObject
{
    Q_OBJECT

public:
    explicit DockerProbe(DockerEndpoint endpoint, int intervalMs = 5000, QObject* parent = nullptr);
    ~DockerProbe() override;

    DockerStatus lastStatus() const { return m_last; }

public Q_SLOTS:
    void start();
    void checkNow();
    void setEndpoint(const artgen::core::DockerEndpoint& endpoint);

Q_SIGNALS:
    void statusChanged(const artgen::core::DockerStatus& status);
    void checked(const artgen::core::DockerStatus& status);

private:
    void onConnected();
    void onReadyRead();
    void onClosed();
    void onSocketFailed(const QString& reason, bool permissionDenied, bool refused);
    void finishWith(DockerStatus status);
    void abortProbe();

    DockerEndpoint m_endpoint;
    int m_intervalMs;
    QTimer* m_timer = nullptr;
    QTimer* m_deadline = nullptr;
    QPointer<QIODevice> m_socket;
    std::unique_ptr<HttpResponseParser> m_parser;
    QByteArray m_body;
    bool m_closed = false;
    DockerStatus m_last;
    bool m_hasLast = false;
};

} // namespace artgen::core
