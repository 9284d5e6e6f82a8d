<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>artgen::gui::LogsModel</name>
    <message numerus="yes">
        <source>(+%n line(s))</source>
        <translation>
            <numerusform>(+%n line)</numerusform>
            <numerusform>(+%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>artgen::gui::LogsPage</name>
    <message numerus="yes">
        <source>%n line(s) shown</source>
        <translation>
            <numerusform>%n line shown</numerusform>
            <numerusform>%n lines shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <translation>
            <numerusform>%n stored</numerusform>
            <numerusform>%n stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest dropped (limit %1)</source>
        <translation>
            <numerusform>%n oldest dropped (limit %1)</numerusform>
            <numerusform>%n oldest dropped (limit %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused: %n line(s) waiting</source>
        <translation>
            <numerusform>paused: %n line waiting</numerusform>
            <numerusform>paused: %n lines waiting</numerusform>
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
