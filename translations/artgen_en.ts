<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
