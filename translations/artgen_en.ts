<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>artgen::core::BackupJob</name>
    <message numerus="yes">
        <source>PostgreSQL %1, database size %2 MB, %n table(s) counted</source>
        <translation>
            <numerusform>PostgreSQL %1, database size %2 MB, %n table counted</numerusform>
            <numerusform>PostgreSQL %1, database size %2 MB, %n tables counted</numerusform>
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
    <name>artgen::gui::LogsDialog</name>
    <message numerus="yes">
        <source>last %n line(s)</source>
        <translation>
            <numerusform>last %n line</numerusform>
            <numerusform>last %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 on stderr</source>
        <translation>
            <numerusform>%n line, %1 on stderr</numerusform>
            <numerusform>%n lines, %1 on stderr</numerusform>
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
</TS>
