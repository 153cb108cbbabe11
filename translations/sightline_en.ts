<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="39"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="40"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="41"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="42"/>
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%n judgment</numerusform>
            <numerusform>%n judgments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="43"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="44"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="45"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="46"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n capture</numerusform>
            <numerusform>%n captures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="47"/>
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n scene</numerusform>
            <numerusform>%n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="48"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="49"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="50"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="51"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="52"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="137"/>
        <source>Merged into %1: %n conflict(s) to resolve</source>
        <translation>
            <numerusform>Merged into %1: %n conflict to resolve</numerusform>
            <numerusform>Merged into %1: %n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="225"/>
        <source>Imported %1 (%2): %n new record(s)</source>
        <translation>
            <numerusform>Imported %1 (%2): %n new record</numerusform>
            <numerusform>Imported %1 (%2): %n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="228"/>
        <source>, %n already in the project</source>
        <translation>
            <numerusform>, %n already in the project</numerusform>
            <numerusform>, %n already in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageryActions</name>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="65"/>
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>Import %n image</numerusform>
            <numerusform>Import %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="121"/>
        <source>Found %n moved image file(s)</source>
        <translation>
            <numerusform>Found %n moved image file</numerusform>
            <numerusform>Found %n moved image files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="37"/>
        <source>Wrote %1 with %n change(s) from the original.</source>
        <translation>
            <numerusform>Wrote %1 with %n change from the original.</numerusform>
            <numerusform>Wrote %1 with %n changes from the original.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="57"/>
        <source>%1 has %n overview(s) now</source>
        <translation>
            <numerusform>%1 has %n overview now</numerusform>
            <numerusform>%1 has %n overviews now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="118"/>
        <source>%1 has %n annotation(s). Remove the scene and its annotations? Undo brings them back.</source>
        <translation>
            <numerusform>%1 has %n annotation. Remove the scene and its annotation? Undo brings them back.</numerusform>
            <numerusform>%1 has %n annotations. Remove the scene and its annotations? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="157"/>
        <source>%1 already has %n overview(s)</source>
        <translation>
            <numerusform>%1 already has %n overview</numerusform>
            <numerusform>%1 already has %n overviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::present::SeriesChart</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="182"/>
        <source>baseline: max %1, median %2 (%n value(s))</source>
        <extracomment>Over the baseline band of a series chart (%1 its maximum, %2 its median, %n how many values)</extracomment>
        <translation>
            <numerusform>baseline: max %1, median %2 (%n value)</numerusform>
            <numerusform>baseline: max %1, median %2 (%n values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationEditor</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="215"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Delete %n annotation</numerusform>
            <numerusform>Delete %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="257"/>
        <source>Change %n annotation(s)</source>
        <translation>
            <numerusform>Change %n annotation</numerusform>
            <numerusform>Change %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="279"/>
        <source>%n annotation(s) copied</source>
        <translation>
            <numerusform>%n annotation copied</numerusform>
            <numerusform>%n annotations copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="294"/>
        <source>Paste %n annotation(s)</source>
        <translation>
            <numerusform>Paste %n annotation</numerusform>
            <numerusform>Paste %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimLedger</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="151"/>
        <source>%n claim(s) of %1</source>
        <translation>
            <numerusform>%n claim of %1</numerusform>
            <numerusform>%n claims of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="152"/>
        <source>All %n claim(s)</source>
        <translation>
            <numerusform>All %n claim</numerusform>
            <numerusform>All %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::OverviewBar</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="82"/>
        <source>%n image(s) have no overviews: they draw slowly when zoomed out</source>
        <translation>
            <numerusform>%n image has no overviews: it draws slowly when zoomed out</numerusform>
            <numerusform>%n images have no overviews: they draw slowly when zoomed out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::PathAnnotationTool</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="321"/>
        <source>%n point(s); double-click or Enter ends, Backspace takes the last back, Escape drops it</source>
        <translation>
            <numerusform>%n point; double-click or Enter ends, Backspace takes the last back, Escape drops it</numerusform>
            <numerusform>%n points; double-click or Enter ends, Backspace takes the last back, Escape drops it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::SelectAnnotationsTool</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="259"/>
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>Move %n annotation</numerusform>
            <numerusform>Move %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="340"/>
        <source>%n annotation(s) selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</source>
        <translation>
            <numerusform>%n annotation selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</numerusform>
            <numerusform>%n annotations selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteScenesPanel</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="86"/>
        <source>%n scene(s) cover %1, oldest first:</source>
        <translation>
            <numerusform>%n scene covers %1, oldest first:</numerusform>
            <numerusform>%n scenes cover %1, oldest first:</numerusform>
        </translation>
    </message>
</context>
</TS>
