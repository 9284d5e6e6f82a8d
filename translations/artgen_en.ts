<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>artgen::cli::AuditCommand</name>
    <message numerus="yes">
        <source>%n line(s) of the audit log could not be read and were skipped.</source>
        <translation>
            <numerusform>%n line of the audit log could not be read and was skipped.</numerusform>
            <numerusform>%n lines of the audit log could not be read and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::ConfigCommand</name>
    <message numerus="yes">
        <source>Saved the preset “%1” (%n setting(s)).</source>
        <translation>
            <numerusform>Saved the preset “%1” (%n setting).</numerusform>
            <numerusform>Saved the preset “%1” (%n settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::LoadProgressLine</name>
    <message numerus="yes">
        <source>%1 s: %2 requests, %3 r/s, p50 %4 ms, p99 %5 ms, %n error(s)</source>
        <translation>
            <numerusform>%1 s: %2 requests, %3 r/s, p50 %4 ms, p99 %5 ms, %n error</numerusform>
            <numerusform>%1 s: %2 requests, %3 r/s, p50 %4 ms, p99 %5 ms, %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::RestoreCommand</name>
    <message numerus="yes">
        <source>Restored; row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Restored; row counts match the manifest in the %n table.</numerusform>
            <numerusform>Restored; row counts match the manifest in all %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored, but row counts differ in %n table(s).</source>
        <translation>
            <numerusform>Restored, but row counts differ in %n table.</numerusform>
            <numerusform>Restored, but row counts differ in %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::SecretCommand</name>
    <message numerus="yes">
        <source>Copied %n secret(s) of profile %1 from its .env into the keychain.</source>
        <translation>
            <numerusform>Copied %n secret of profile %1 from its .env into the keychain.</numerusform>
            <numerusform>Copied %n secrets of profile %1 from its .env into the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::SessionsCommand</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::cli::TerminateIdleCommand</name>
    <message numerus="yes">
        <source>End %n session(s)? Their clients lose the connection and must reconnect. [y/N] </source>
        <translation>
            <numerusform>End %n session? Their clients lose the connection and must reconnect. [y/N] </numerusform>
            <numerusform>End %n sessions? Their clients lose the connection and must reconnect. [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s):</source>
        <translation>
            <numerusform>Ended %n session:</numerusform>
            <numerusform>Ended %n sessions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::AlertCenter</name>
    <message numerus="yes">
        <source>%1 is %2, past the critical level of %3 for %n second(s).</source>
        <translation>
            <numerusform>%1 is %2, past the critical level of %3 for %n second.</numerusform>
            <numerusform>%1 is %2, past the critical level of %3 for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2, past the warning level of %3 for %n second(s).</source>
        <translation>
            <numerusform>%1 is %2, past the warning level of %3 for %n second.</numerusform>
            <numerusform>%1 is %2, past the warning level of %3 for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API at %1 stopped answering: %n probe(s) in a row failed. %2</source>
        <translation>
            <numerusform>The API at %1 stopped answering: %n probe in a row failed. %2</numerusform>
            <numerusform>The API at %1 stopped answering: %n probes in a row failed. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::ApiProbe</name>
    <message numerus="yes">
        <source>The API at %1 did not answer within %n ms: it may be overloaded or stuck.</source>
        <translation>
            <numerusform>The API at %1 did not answer within %n ms: it may be overloaded or stuck.</numerusform>
            <numerusform>The API at %1 did not answer within %n ms: it may be overloaded or stuck.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::ApiStep</name>
    <message numerus="yes">
        <source>The API answers 200 OK in %n ms.</source>
        <translation>
            <numerusform>The API answers 200 OK in %n ms.</numerusform>
            <numerusform>The API answers 200 OK in %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupJob</name>
    <message numerus="yes">
        <source>PostgreSQL %1, database size %2, %n table(s) counted</source>
        <translation>
            <numerusform>PostgreSQL %1, database size %2, %n table counted</numerusform>
            <numerusform>PostgreSQL %1, database size %2, %n tables counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::BackupStep</name>
    <message numerus="yes">
        <source>Chosen: %1 (%2, made %n minute(s) ago)</source>
        <translation>
            <numerusform>Chosen: %1 (%2, made %n minute ago)</numerusform>
            <numerusform>Chosen: %1 (%2, made %n minutes ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::CeleryInspector</name>
    <message numerus="yes">
        <source>No Celery worker answered &quot;celery inspect&quot; in %1 within %n second(s). The workers are down, or too busy to answer. Check the container&apos;s log.</source>
        <translation>
            <numerusform>No Celery worker answered &quot;celery inspect&quot; in %1 within %n second. The workers are down, or too busy to answer. Check the container&apos;s log.</numerusform>
            <numerusform>No Celery worker answered &quot;celery inspect&quot; in %1 within %n seconds. The workers are down, or too busy to answer. Check the container&apos;s log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::ConfigApplyJob</name>
    <message numerus="yes">
        <source>Not made to take effect, as asked: %n action(s) still to do.</source>
        <translation>
            <numerusform>Not made to take effect, as asked: %n action still to do.</numerusform>
            <numerusform>Not made to take effect, as asked: %n actions still to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::ConnectionTest</name>
    <message numerus="yes">
        <source>no answer within %n second(s).</source>
        <translation>
            <numerusform>no answer within %n second.</numerusform>
            <numerusform>no answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::ConnectionsReport</name>
    <message numerus="yes">
        <source>PostgreSQL  %Ln connection(s) (%1) of max_connections %2, %3 free; warning at %4  %5</source>
        <translation>
            <numerusform>PostgreSQL  %Ln connection (%1) of max_connections %2, %3 free; warning at %4  %5</numerusform>
            <numerusform>PostgreSQL  %Ln connections (%1) of max_connections %2, %3 free; warning at %4  %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis       %Ln client(s) (%1 blocked), %2 ops/s, %3 used, %4 queued for Celery; warning at %5  %6</source>
        <translation>
            <numerusform>Redis       %Ln client (%1 blocked), %2 ops/s, %3 used, %4 queued for Celery; warning at %5  %6</numerusform>
            <numerusform>Redis       %Ln clients (%1 blocked), %2 ops/s, %3 used, %4 queued for Celery; warning at %5  %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::LoadTestJob</name>
    <message numerus="yes">
        <source>%1 requests/s: p99 %2 ms, %n error(s)</source>
        <translation>
            <numerusform>%1 requests/s: p99 %2 ms, %n error</numerusform>
            <numerusform>%1 requests/s: p99 %2 ms, %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::LogScan</name>
    <message numerus="yes">
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n line</numerusform>
            <numerusform>%1: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s).</source>
        <translation>
            <numerusform>… and %n more group.</numerusform>
            <numerusform>… and %n more groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::LogsStep</name>
    <message numerus="yes">
        <source>%n log(s) could not be read.</source>
        <translation>
            <numerusform>%n log could not be read.</numerusform>
            <numerusform>%n logs could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n traceback(s) or critical line(s) in the logs.</source>
        <translation>
            <numerusform>%n traceback or critical line in the logs.</numerusform>
            <numerusform>%n tracebacks or critical lines in the logs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error line(s) in the logs.</source>
        <translation>
            <numerusform>%n error line in the logs.</numerusform>
            <numerusform>%n error lines in the logs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::MonitoringStep</name>
    <message numerus="yes">
        <source>API: alert after %n failed probe(s) in a row</source>
        <translation>
            <numerusform>API: alert after %n failed probe in a row</numerusform>
            <numerusform>API: alert after %n failed probes in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::RestoreJob</name>
    <message numerus="yes">
        <source>Row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Row counts match the manifest in the %n table.</numerusform>
            <numerusform>Row counts match the manifest in all %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts differ from the manifest in %n table(s).</source>
        <translation>
            <numerusform>Row counts differ from the manifest in %n table.</numerusform>
            <numerusform>Row counts differ from the manifest in %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No manifest: %n table(s) restored, counts not compared.</source>
        <translation>
            <numerusform>No manifest: %n table restored, counts not compared.</numerusform>
            <numerusform>No manifest: %n tables restored, counts not compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::RollbackJob</name>
    <message numerus="yes">
        <source>%n image reference(s) tagged back to the previous image id (no build).</source>
        <translation>
            <numerusform>%n image reference tagged back to the previous image id (no build).</numerusform>
            <numerusform>%n image references tagged back to the previous image id (no build).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::Runbooks</name>
    <message numerus="yes">
        <source>%1 (%2): %3%4, %n restart(s)</source>
        <translation>
            <numerusform>%1 (%2): %3%4, %n restart</numerusform>
            <numerusform>%1 (%2): %3%4, %n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n line(s) of the backend&apos;s log:</source>
        <translation>
            <numerusform>Last %n line of the backend&apos;s log:</numerusform>
            <numerusform>Last %n lines of the backend&apos;s log:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nginx gave up waiting for the backend: %n answer(s) 504.</source>
        <translation>
            <numerusform>nginx gave up waiting for the backend: %n answer 504.</numerusform>
            <numerusform>nginx gave up waiting for the backend: %n answers 504.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) idle for more than 5 minutes</source>
        <translation>
            <numerusform>%n session idle for more than 5 minutes</numerusform>
            <numerusform>%n sessions idle for more than 5 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n line(s) of Celery&apos;s log:</source>
        <translation>
            <numerusform>Last %n line of Celery&apos;s log:</numerusform>
            <numerusform>Last %n lines of Celery&apos;s log:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::StackVerdict</name>
    <message numerus="yes">
        <source>%n of %1 services down</source>
        <translation>
            <numerusform>%n of %1 services down</numerusform>
            <numerusform>%n of %1 services down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services unhealthy</source>
        <translation>
            <numerusform>%n of %1 services unhealthy</numerusform>
            <numerusform>%n of %1 services unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services starting</source>
        <translation>
            <numerusform>%n of %1 services starting</numerusform>
            <numerusform>%n of %1 services starting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %n healthy</source>
        <translation>
            <numerusform>%n of %n healthy</numerusform>
            <numerusform>%n of %n healthy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::StartStep</name>
    <message numerus="yes">
        <source>All %n service(s) are running and healthy.</source>
        <translation>
            <numerusform>The %n service is running and healthy.</numerusform>
            <numerusform>All %n services are running and healthy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is crashing: it exited with code %2 and was restarted %n time(s) since compose up.</source>
        <translation>
            <numerusform>%1 is crashing: it exited with code %2 and was restarted %n time since compose up.</numerusform>
            <numerusform>%1 is crashing: it exited with code %2 and was restarted %n times since compose up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::core::StdinExec</name>
    <message numerus="yes">
        <source>%1 in %2 did not finish in %n second(s).</source>
        <translation>
            <numerusform>%1 in %2 did not finish in %n second.</numerusform>
            <numerusform>%1 in %2 did not finish in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read.</source>
        <translation>
            <numerusform>%n line could not be read.</numerusform>
            <numerusform>%n lines could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupCatalogModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupsController</name>
    <message numerus="yes">
        <source>Verified: %n table(s), checksum in the manifest.</source>
        <translation>
            <numerusform>Verified: %n table, checksum in the manifest.</numerusform>
            <numerusform>Verified: %n tables, checksum in the manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older backup(s).</source>
        <translation>
            <numerusform>Retention removed %n older backup.</numerusform>
            <numerusform>Retention removed %n older backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts match the manifest in all %n table(s).</source>
        <translation>
            <numerusform>Row counts match the manifest in the %n table.</numerusform>
            <numerusform>Row counts match the manifest in all %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>But row counts differ from the manifest in %n table(s):</source>
        <translation>
            <numerusform>But row counts differ from the manifest in %n table:</numerusform>
            <numerusform>But row counts differ from the manifest in %n tables:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::BackupsPage</name>
    <message numerus="yes">
        <source>%n backup(s) in %1, %2 in all.</source>
        <translation>
            <numerusform>%n backup in %1, %2 in all.</numerusform>
            <numerusform>%n backups in %1, %2 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ChartsController</name>
    <message numerus="yes">
        <source>busy · %Ln worker(s) · %1 queued</source>
        <translation>
            <numerusform>busy · %Ln worker · %1 queued</numerusform>
            <numerusform>busy · %Ln workers · %1 queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigConfirmations</name>
    <message numerus="yes">
        <source>Apply %n setting(s) to profile %1?</source>
        <translation>
            <numerusform>Apply %n setting to profile %1?</numerusform>
            <numerusform>Apply %n settings to profile %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigForm</name>
    <message numerus="yes">
        <source>Change all %n places</source>
        <translation>
            <numerusform>Change all %n places</numerusform>
            <numerusform>Change all %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ConfigurationPage</name>
    <message numerus="yes">
        <source>%n file(s) to change: %1.</source>
        <translation>
            <numerusform>%n file to change: %1.</numerusform>
            <numerusform>%n files to change: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of profile %1 were edited on the Configuration page and not applied. Quitting discards the edits.</source>
        <translation>
            <numerusform>%n setting of profile %1 was edited on the Configuration page and not applied. Quitting discards the edits.</numerusform>
            <numerusform>%n settings of profile %1 were edited on the Configuration page and not applied. Quitting discards the edits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of profile %1 were edited on the Configuration page and not applied. Switching the profile discards the edits.</source>
        <translation>
            <numerusform>%n setting of profile %1 was edited on the Configuration page and not applied. Switching the profile discards the edits.</numerusform>
            <numerusform>%n settings of profile %1 were edited on the Configuration page and not applied. Switching the profile discards the edits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A name for the form&apos;s %n value(s):</source>
        <translation>
            <numerusform>A name for the form&apos;s %n value:</numerusform>
            <numerusform>A name for the form&apos;s %n values:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::DeploymentPage</name>
    <message numerus="yes">
        <source>%n run(s), </source>
        <translation>
            <numerusform>%n run, </numerusform>
            <numerusform>%n runs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished</source>
        <translation>
            <numerusform>%n unfinished</numerusform>
            <numerusform>%n unfinished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadResultView</name>
    <message numerus="yes">
        <source>%1 %2 — %n request(s) in %3 s, %4 requests/s.</source>
        <translation>
            <numerusform>%1 %2 — %n request in %3 s, %4 requests/s.</numerusform>
            <numerusform>%1 %2 — %n requests in %3 s, %4 requests/s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LoadTestPage</name>
    <message numerus="yes">
        <source>%1 requests/s, p99 %2 ms, %n error(s).</source>
        <translation>
            <numerusform>%1 requests/s, p99 %2 ms, %n error.</numerusform>
            <numerusform>%1 requests/s, p99 %2 ms, %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n run(s) of this profile, kept on this computer; select one to see its results again.</source>
        <translation>
            <numerusform>The last run of this profile, kept on this computer; select it to see its results again.</numerusform>
            <numerusform>The last %n runs of this profile, kept on this computer; select one to see its results again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsModel</name>
    <message numerus="yes">
        <source>(%Ln line(s))</source>
        <translation>
            <numerusform>(%Ln line)</numerusform>
            <numerusform>(%Ln lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A traceback grouped into one row, %Ln more line(s).</source>
        <translation>
            <numerusform>A traceback grouped into one row, %Ln more line.</numerusform>
            <numerusform>A traceback grouped into one row, %Ln more lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsPage</name>
    <message numerus="yes">
        <source>%Ln line(s) shown</source>
        <translation>
            <numerusform>%Ln line shown</numerusform>
            <numerusform>%Ln lines shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln stored</numerusform>
            <numerusform>%Ln stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln oldest dropped (limit %1)</source>
        <translation>
            <numerusform>%Ln oldest dropped (limit %1)</numerusform>
            <numerusform>%Ln oldest dropped (limit %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dropped while paused (limit %1)</source>
        <translation>
            <numerusform>%Ln dropped while paused (limit %1)</numerusform>
            <numerusform>%Ln dropped while paused (limit %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln line(s)</source>
        <translation>
            <numerusform>%1 · %Ln line</numerusform>
            <numerusform>%1 · %Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused: %Ln line(s) waiting</source>
        <translation>
            <numerusform>paused: %Ln line waiting</numerusform>
            <numerusform>paused: %Ln lines waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProcessesDialog</name>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::ProfileEditor</name>
    <message numerus="yes">
        <source>After each backup: only the newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>After each backup: only the newest backup is kept.</numerusform>
            <numerusform>After each backup: only the newest %n backups are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After each backup: backups older than %n day(s) are deleted.</source>
        <translation>
            <numerusform>After each backup: backups older than %n day are deleted.</numerusform>
            <numerusform>After each backup: backups older than %n days are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After each backup: the newest %1 and those younger than %n day(s) are kept.</source>
        <translation>
            <numerusform>After each backup: the newest %1 and those younger than %n day are kept.</numerusform>
            <numerusform>After each backup: the newest %1 and those younger than %n days are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::RestoreDialog</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in all</source>
        <translation>
            <numerusform>%n row in all</numerusform>
            <numerusform>%n rows in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::SecretsNotice</name>
    <message numerus="yes">
        <source>Profile %1 keeps %n secret(s) in plain text in its .env.</source>
        <translation>
            <numerusform>Profile %1 keeps %n secret in plain text in its .env.</numerusform>
            <numerusform>Profile %1 keeps %n secrets in plain text in its .env.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of profile %1 are now kept in the keychain.</source>
        <translation>
            <numerusform>%n secret of profile %1 is now kept in the keychain.</numerusform>
            <numerusform>%n secrets of profile %1 are now kept in the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::TerminateIdleDialog</name>
    <message numerus="yes">
        <source>End %Ln session(s)</source>
        <translation>
            <numerusform>End %Ln session</numerusform>
            <numerusform>End %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln session(s).</source>
        <translation>
            <numerusform>Ended %Ln session.</numerusform>
            <numerusform>Ended %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %n listed session(s) of “%1”? Their clients are disconnected.</source>
        <translation>
            <numerusform>End %n listed session of “%1”? Its client is disconnected.</numerusform>
            <numerusform>End %n listed sessions of “%1”? Their clients are disconnected.</numerusform>
        </translation>
    </message>
</context>
</TS>
