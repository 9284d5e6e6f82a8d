#include "monitoringstep.h"

#include "stepcontext.h"

namespace artgen::core {

MonitoringStep::MonitoringStep()
    : ChecklistStep(
          11, QStringLiteral("monitoring"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "Monitoring set up (recommended)"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Checks that the panel's background monitoring raises alerts for this profile: the "
              "connection thresholds are set and no kind of alert is muted."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Open Settings → Alerts for this profile: set the thresholds and unmute the alerts."))
{}

StepRecord MonitoringStep::run(StepContext& context) const
{
    const Thresholds& t = context.options().thresholds;
    const auto onOff = [](bool muted) {
        return muted ? tr("muted") : tr("on");
    };
    const QStringList evidence = {
        tr("PostgreSQL: warn at %1 connections, critical at %2 % of max_connections")
            .arg(t.postgresWarn)
            .arg(t.postgresCriticalPercent),
        tr("Redis: warn at %1 clients, critical at %2").arg(t.redisWarn).arg(t.redisCritical),
        tr("API: alert after %n failed probe(s) in a row", nullptr, t.apiFailures),
        tr("Alerts: all %1, thresholds %2, containers %3, API %4")
            .arg(onOff(t.muted), onOff(t.thresholdAlertsMuted), onOff(t.containerAlertsMuted),
                 onOff(t.apiAlertsMuted))};
    QStringList off;
    if (t.muted)
        off << tr("every alert of the profile is muted");
    if (t.thresholdAlertsMuted)
        off << tr("threshold alerts are muted");
    if (t.containerAlertsMuted)
        off << tr("container alerts are muted");
    if (t.apiAlertsMuted)
        off << tr("API alerts are muted");
    if (t.postgresWarn == 0 && t.postgresCriticalPercent == 0)
        off << tr("no PostgreSQL threshold is set");
    if (t.redisWarn == 0 && t.redisCritical == 0)
        off << tr("no Redis threshold is set");
    if (!off.isEmpty())
        return StepRecord::warned(off.join(QStringLiteral("; ")) + u'.', evidence);
    return StepRecord::passed(tr("Monitoring and every kind of alert are on for this profile."),
                              evidence);
}

} // namespace artgen::core
