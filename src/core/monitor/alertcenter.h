#pragma once

#include "alert.h"
#include "apiproberesult.h"
#include "thresholds.h"
#include "thresholdtracker.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace artgen::core {

class AlertLog;

// Turns what the monitors see into alerts, one per episode and one when it clears:
// - a watched series held beyond its threshold (ThresholdTracker: hold time, escalation, clear);
// - a container that dies while the panel did not ask it to stop (StackMonitor::containerEvent
//   "die"; expectStop() before a planned stop, restart or down). A container in a restart loop
//   stays one episode: it clears only once it has run for the clear hold time;
// - the API probe failing `apiFailures` times in a row; it clears on the first answer.
// Each alert goes to the alert log and out through alertRaised() (the tray shows it). Muting
// (per profile, per kind, through Thresholds) silences alerts but not the tracking, so unmuting
// in the middle of an episode does not replay it. No I/O on the caller's thread: it may live on
// the UI thread.
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    // `log` may be null (no log), else it must outlive the center.
    AlertCenter(QString profile, AlertLog* log, QObject* parent = nullptr);
    ~AlertCenter() override;

    // The profile's settings; the connection thresholds follow (watchConnections()).
    void setThresholds(const Thresholds& thresholds);
    const Thresholds& thresholds() const { return m_thresholds; }
    // Watches `series` against `threshold` (replacing the one it had; its level is kept).
    void watch(const QString& series, const Threshold& threshold);
    void unwatch(const QString& series);
    // Watches PostgreSQL's total and Redis's clients against the profile's thresholds; the
    // PostgreSQL monitor calls it again when it learns max_connections (the critical level).
    void watchConnections(int maxConnections);
    Threshold::Level level(const QString& series) const;

    // How long a planned stop announced by expectStop() is expected.
    static constexpr qint64 kExpectStopMs = 120 * 1000;

public Q_SLOTS:
    void feed(const QString& series, qint64 t, double value);
    void feedGap(const QString& series, qint64 t);
    void onContainerEvent(const QString& service, const QString& container, const QString& action);
    // The panel is about to stop, restart or remove `service`: its next "die" is not an alert.
    void expectStop(const QString& service);
    void onApiProbe(const artgen::core::ApiProbeResult& result);

Q_SIGNALS:
    void alertRaised(const artgen::core::Alert& alert);

private:
    struct ContainerEpisode
    {
        bool down = false;
        QString container;
        QDeadlineTimer expectedStop;
        QTimer* clearTimer = nullptr;
    };

    void onThresholdChange(const QString& series, ThresholdTracker::Change change, double value,
                           const ThresholdTracker& tracker);
    void onDie(const QString& service, ContainerEpisode& e);
    void onStart(const QString& service, ContainerEpisode& e);
    void containerCleared(const QString& service);
    void raiseContainer(const QString& service, Alert::Level level, const QString& message);
    bool muted(Alert::Kind kind) const;
    void raise(Alert alert);
    QString seriesName(const QString& series) const;

    QString m_profile;
    int m_maxConnections = -1; // -1: connections not watched
    AlertLog* m_log;
    Thresholds m_thresholds;
    QHash<QString, ThresholdTracker> m_trackers;
    QHash<QString, ContainerEpisode> m_containers;
    int m_apiFailures = 0;
    bool m_apiDown = false;
};

} // namespace artgen::core
