#pragma once

#include "docker/stackinspector.h"
#include "docker/workercounttracker.h"
#include "stackconfig/stackroles.h"

#include <QLabel>
#include <memory>

class QTimer;

namespace artgen::core {
class ProfileServices;
}

namespace artgen::gui {

class ContainersModel;

// "gunicorn: 1 + 8 of 8 ✔   Celery: 12 of 12 ✔" above the Containers table: the worker roles'
// process counts, measured off the UI thread (WorkerInspector) and believed per
// core::WorkerCountTracker's rules — measured again until they settle, "starting…" within a
// start period, "stopping…" / "stopped" while a container goes down.
class WorkersSummary : public QLabel
{
    Q_OBJECT

public:
    // `containers` gives the containers' states (for starting / stopping).
    explicit WorkersSummary(const ContainersModel& containers, QWidget* parent = nullptr);

    // The active profile's services (null or without a profile: nothing is measured).
    void follow(std::shared_ptr<core::ProfileServices> services);
    // A Docker event about one of the stack's containers.
    void containerEvent(const QString& container, const QString& action);
    // Measures now (or right after the measurement under way).
    void refresh();
    // The containers' states changed: the marks may (a start period ended, a stop finished).
    void showCount();

private:
    const core::Profile& profile() const;
    void onMeasured(const core::Result<core::WorkerReport>& r);
    QString part(const QString& counted, bool countOk, core::StackRole role) const;

    const ContainersModel& m_containers;
    std::shared_ptr<core::ProfileServices> m_services;
    core::WorkerCountTracker m_tracker;
    QStringList m_workerContainers; // the worker roles' containers
    QTimer* m_remeasure = nullptr;
    bool m_measuring = false;
    bool m_measureAgain = false;
};

} // namespace artgen::gui
