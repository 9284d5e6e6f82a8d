#pragma once

#include "dockerendpoint.h"
#include "dockerstatus.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace artgen::core {

class DockerCall;

// Asks the daemon `GET /version` now and then and says when the answer changes: the status
// bar's "Docker answers" light. Lives on a worker thread; never blocks. Each probe is a
// DockerCall with a deadline, so a daemon that accepts and never answers reads as unreachable,
// not as a hang.
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
    void finishWith(DockerStatus status);

    DockerEndpoint m_endpoint;
    int m_intervalMs;
    QTimer* m_timer = nullptr;
    QPointer<DockerCall> m_call;
    DockerStatus m_last;
    bool m_hasLast = false;
};

} // namespace artgen::core
