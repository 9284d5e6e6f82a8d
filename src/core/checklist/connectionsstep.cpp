#include "connectionsstep.h"

#include "monitor/connectionssampler.h"
#include "session/activeservices.h"
#include "stackconfig/capacitycheck.h"
#include "stackconfig/configloader.h"
#include "stepcontext.h"

namespace artgen::core {

ConnectionsStep::ConnectionsStep()
    : ChecklistStep(
          9, QStringLiteral("connections"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "DB and Redis connections checked"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Counts PostgreSQL connections (must be < 100: `SELECT count(*) FROM "
              "pg_stat_activity`) and Redis clients (must be < 50: `INFO clients`) against the "
              "profile's thresholds, and works out the worst case the pool settings allow."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "End idle PostgreSQL sessions (terminate idle > 5 min), or lower the workers or the "
              "pool sizes in the configuration so the worst case fits max_connections."))
{}

StepRecord ConnectionsStep::run(StepContext& context) const
{
    // The panel's own monitors, as `artgenctl connections` runs them: one rule for both.
    ActiveServices services;
    services.activate(context.profile());
    MonitorHub& hub = *services.monitors();
    hub.setThresholds(context.options().thresholds);
    hub.start({MonitorHub::Source::Postgres, MonitorHub::Source::Redis});
    ConnectionsSampler::waitForConnections(hub);
    const ConnectionsReport report = ConnectionsSampler::report(hub);
    hub.stop();
    QStringList evidence = report.toLines();
    if (report.exit() == ConnectionsReport::Exit::Unreachable)
        return StepRecord::failed(tr("PostgreSQL or Redis gave no figures."), evidence);
    if (report.exit() == ConnectionsReport::Exit::Crossed)
        return StepRecord::failed(tr("Connections are over the profile's thresholds."), evidence);
    const auto docs = ConfigLoader::load(context.profile().stackDir);
    if (!docs) {
        evidence << docs.error().message();
        return StepRecord::warned(tr("Connections are under the thresholds; the pool settings "
                                     "could not be read for the worst case."),
                                  evidence);
    }
    const PgSnapshot& pg = *report.postgres;
    const auto capacity =
        CapacityCheck::fromDocuments(*docs, pg.maxConnections, pg.superuserReserved + pg.reserved);
    if (!capacity) {
        evidence << tr("The workers or the pool sizes are not set in the files.");
        return StepRecord::passed(tr("Connections are under the thresholds."), evidence);
    }
    evidence << capacity->report();
    if (!capacity->ok())
        return StepRecord::warned(tr("Connections are under the thresholds, but the pools could "
                                     "open more than the limits allow: %1.")
                                      .arg(capacity->arithmetic()),
                                  evidence);
    return StepRecord::passed(tr("Connections are under the thresholds; the worst case %1 fits.")
                                  .arg(capacity->arithmetic()),
                              evidence);
}

} // namespace artgen::core
