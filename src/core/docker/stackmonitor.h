#pragma once

#include "dockercall.h"
#include "settings/profile.h"
#include "stackinspector.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace artgen::core {

class DockerClient;

// Keeps a live picture of the stack for the Containers page: state from the daemon's event
// stream (no polling loop for state), CPU and memory from each running container's streaming
// stats endpoint, published as one snapshot at most every `publishMs`. Streams do not survive a
// daemon restart, and Docker drops slow listeners and keeps only 256 events, so after any
// reconnect the monitor lists everything again instead of trusting events. Lives on the Docker
// client's thread.
class StackMonitor : public QObject
{
    Q_OBJECT

public:
    StackMonitor(DockerClient& client, Profile profile, QObject* parent = nullptr);
    ~StackMonitor() override;

    int publishMs() const { return m_publishMs; }
    void setPublishInterval(int ms) { m_publishMs = ms; }

public Q_SLOTS:
    void start();
    void stop();
    // Lists again now (after an action, or when the user asks).
    void refresh();

Q_SIGNALS:
    void snapshot(const artgen::core::StackStatus& status);
    // A container event as Docker named it ("start", "die", "health_status: healthy", …).
    void containerEvent(const QString& service, const QString& container, const QString& action);
    // Docker became unreachable (error set) or reachable again (error empty).
    void connectionChanged(bool connected, const artgen::core::Error& error);

private:
    void openEvents();
    void onEventData(const QByteArray& chunk);
    void onEventsEnded(const Result<DockerResponse>& result);
    void scheduleRefresh();
    void applyStatus(const StackStatus& status);
    void syncStatsStreams();
    void abortStats();
    void markUnknown();
    void onStatsData(const QString& id, const QByteArray& chunk);
    void publish();
    void scheduleReconnect(const Error& error);

    DockerClient& m_client;
    Profile m_profile;
    int m_publishMs = 2000;
    bool m_running = false;
    bool m_connected = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    int m_backoffMs = 500;
    int m_generation = 0; // bumped on every connection loss
    StackStatus m_status;
    QPointer<DockerCall> m_events;
    QByteArray m_eventBuffer;
    struct StatsStream
    {
        QPointer<DockerCall> call;
        QByteArray buffer;
    };
    QHash<QString, StatsStream> m_stats; // container id -> stream
    QTimer* m_publishTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_reconnectTimer = nullptr;
};

} // namespace artgen::core

Q_DECLARE_METATYPE(artgen::core::StackStatus)
