#include "workerssummary.h"

#include "containersmodel.h"
#include "docker/containermap.h"
#include "docker/workerinspector.h"
#include "session/profileservices.h"

#include <QLocale>
#include <QTimer>

namespace artgen::gui {

WorkersSummary::WorkersSummary(const ContainersModel& containers, QWidget* parent)
    : QLabel(parent), m_containers(containers)
{
    setObjectName(QStringLiteral("workersSummary"));
    m_remeasure = new QTimer(this);
    m_remeasure->setSingleShot(true);
    m_remeasure->setInterval(core::WorkerCountTracker::remeasureMs);
    connect(m_remeasure, &QTimer::timeout, this, &WorkersSummary::refresh);
}

const core::Profile& WorkersSummary::profile() const
{
    static const core::Profile none;
    return m_services ? m_services->profile() : none;
}

void WorkersSummary::follow(std::shared_ptr<core::ProfileServices> services)
{
    m_services = std::move(services);
    clear();
    setToolTip(QString());
    m_tracker = {};
    m_remeasure->stop();
    m_measuring = m_measureAgain = false; // the old profile's answer is dropped
    m_workerContainers = core::ContainerMap(profile()).containers(core::StackRoles::workers());
    refresh();
}

void WorkersSummary::containerEvent(const QString& container, const QString& action)
{
    // Only the worker roles' starts, stops, deaths and health changes change the summary,
    // whatever other services the stack has.
    if (!m_workerContainers.contains(container))
        return;
    m_tracker.containerEvent(container, action);
    if (action == QStringLiteral("kill") || action == QStringLiteral("stop")) {
        showCount();
        return;
    }
    if (!(action == QStringLiteral("start") || action == QStringLiteral("die") ||
          action == QStringLiteral("restart") ||
          action.startsWith(QStringLiteral("health_status"))))
        return;
    m_tracker.changed(QDateTime::currentDateTimeUtc());
    refresh();
}

void WorkersSummary::refresh()
{
    if (profile().name.isEmpty())
        return;
    if (m_measuring) {
        // One measurement at a time: "two consecutive agree" means two moments apart.
        m_measureAgain = true;
        return;
    }
    m_measuring = true;
    m_remeasure->stop();
    // The services are held until the answer: the inspector reads the client on the way.
    core::WorkerInspector(m_services->docker())
        .inspect(profile())
        .then(this, [this, services = m_services](const core::Result<core::WorkerReport>& r) {
            if (services == m_services) // else the other profile's count
                onMeasured(r);
        });
}

void WorkersSummary::onMeasured(const core::Result<core::WorkerReport>& r)
{
    m_measuring = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r) {
        // Not counted: never leave an old count standing as if it were current.
        m_tracker.failed();
        setText(tr("Workers: unknown"));
        setToolTip(r.error().message());
    } else {
        m_tracker.record(*r, now);
        showCount();
    }
    if (m_measureAgain) {
        m_measureAgain = false;
        refresh();
    } else if (m_tracker.wantsAnother(now)) {
        m_remeasure->start();
    }
}

QString WorkersSummary::part(const QString& counted, bool countOk, core::StackRole role) const
{
    const QString container = core::ContainerMap(profile()).container(role);
    const core::ServiceStatus* status = nullptr;
    for (const core::ServiceStatus& s : m_containers.status().services)
        if (s.container == container)
            status = &s;
    using M = core::WorkerCountTracker::Mark;
    switch (m_tracker.markFor(countOk, status, QDateTime::currentDateTimeUtc())) {
    case M::Ok:
        return counted + QStringLiteral(" ✔");
    case M::Starting:
        return counted + QLatin1Char(' ') + tr("starting…");
    case M::Stopping:
        return tr("stopping…");
    case M::Stopped:
        return tr("stopped");
    case M::Failed:
        break;
    }
    return counted + QStringLiteral(" ✘");
}

void WorkersSummary::showCount()
{
    const std::optional<core::WorkerReport>& r = m_tracker.last();
    if (!r)
        return;
    const QLocale locale;
    const auto expected = [&locale](int n) {
        return n < 0 ? tr("?") : locale.toString(n);
    };
    const QString gunicorn =
        tr("1 + %L1 of %2").arg(r->gunicornWorkers).arg(expected(r->expectedGunicornWorkers));
    const QString celery =
        tr("%L1 of %2").arg(r->celeryWorkers).arg(expected(r->expectedCeleryConcurrency));
    setText(tr("gunicorn: %1   Celery: %2")
                .arg(part(gunicorn, r->gunicornOk(), core::StackRole::Backend),
                     part(celery, r->celeryOk(), core::StackRole::Celery)));
    setToolTip(tr("gunicorn masters: %L1. Measured from the containers' process tables.")
                   .arg(r->gunicornMasters));
    setAccessibleDescription(toolTip());
}

} // namespace artgen::gui
