<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotateActions</name>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="38"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="39"/>
        <source>Annotate</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="47"/>
        <source>&amp;Select and move annotations</source>
        <translation>Markierungen &amp;auswählen und verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="48"/>
        <source>&amp;Count: a point a click</source>
        <translation>&amp;Zählen: ein Punkt pro Klick</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="49"/>
        <source>&amp;Box</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="50"/>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygon</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="51"/>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="52"/>
        <source>Call&amp;out</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="62"/>
        <source>&amp;Copy selected annotations</source>
        <translation>Gewählte Markierungen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="65"/>
        <source>&amp;Paste annotations onto the selected scene</source>
        <translation>Markierungen in die gewählte Szene &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="72"/>
        <source>&amp;Delete selected annotations</source>
        <translation>Gewählte Markierungen lösc&amp;hen</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="74"/>
        <source>Annotation &amp;details…</source>
        <translation>Markierungs&amp;details…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="83"/>
        <source>Object &amp;kinds…</source>
        <translation>&amp;Objektarten…</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="94"/>
        <source>The object kind new annotations mark</source>
        <translation>Die Objektart, die neue Markierungen kennzeichnen</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="98"/>
        <source>How many objects a new box or polygon holds</source>
        <translation>Wie viele Objekte ein neues Rechteck oder Polygon umfasst</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="103"/>
        <source>How sure the count or identification is</source>
        <translation>Wie sicher die Zählung oder Identifizierung ist</translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="104"/>
        <source> Kind </source>
        <translation> Art </translation>
    </message>
    <message>
        <location filename="../app/sightline/annotateactions.cpp" line="106"/>
        <source> Count </source>
        <translation> Anzahl </translation>
    </message>
</context>
<context>
    <name>BasemapActions</name>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="58"/>
        <location filename="../app/sightline/basemapactions.cpp" line="100"/>
        <source>Natural Earth (offline)</source>
        <translation>Natural Earth (offline)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="104"/>
        <source>&amp;Add basemap source…</source>
        <translation>Grundkartenquelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="106"/>
        <source>&amp;Remove this source</source>
        <translation>Diese Quelle &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="110"/>
        <source>Make this area available &amp;offline…</source>
        <translation>Dieses Gebiet &amp;offline verfügbar machen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="114"/>
        <source>&amp;Clear tile cache (%1 MiB)</source>
        <translation>&amp;Kachel-Cache leeren (%1 MiB)</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="129"/>
        <source>Cannot use this basemap</source>
        <translation>Diese Grundkarte kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show Natural Earth</source>
        <translation>Natural Earth zeigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="134"/>
        <source>Show basemap %1</source>
        <translation>Grundkarte %1 zeigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="157"/>
        <source>Add basemap %1</source>
        <translation>Grundkarte %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="168"/>
        <source>Remove basemap %1</source>
        <translation>Grundkarte %1 entfernen</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="146"/>
        <location filename="../app/sightline/basemapactions.cpp" line="152"/>
        <source>Cannot add the source</source>
        <translation>Die Quelle kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="147"/>
        <source>A basemap source is already named %1.</source>
        <translation>Es gibt bereits eine Grundkartenquelle namens %1.</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="200"/>
        <source>%1 tiles kept for offline use</source>
        <translation>Für die Offline-Nutzung gespeicherte Kacheln: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="210"/>
        <source>Cannot clear the tile cache</source>
        <translation>Der Kachel-Cache kann nicht geleert werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/basemapactions.cpp" line="212"/>
        <source>Tile cache cleared</source>
        <translation>Kachel-Cache geleert</translation>
    </message>
</context>
<context>
    <name>CaptureExport</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="18"/>
        <source>Exported %1 (%2, SHA-256 %3)</source>
        <translation>%1 exportiert (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="34"/>
        <source>Export capture</source>
        <translation>Archivkopie exportieren</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureexportdialog.cpp" line="39"/>
        <source>Cannot export capture</source>
        <translation>Archivkopie kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>ClaimWords</name>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="17"/>
        <source>citing %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="80"/>
        <source>dismissed: linked as not contradicting</source>
        <translation>verworfen: als nicht widersprüchlich verknüpft</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="81"/>
        <source>dismissed: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="83"/>
        <source>the figures alone could not both be true</source>
        <translation>die Zahlen allein könnten nicht beide stimmen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="90"/>
        <source>the figures cannot both be true</source>
        <translation>die Zahlen können nicht beide stimmen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/claimwords.cpp" line="92"/>
        <source>linked as contradicting</source>
        <translation>als widersprüchlich verknüpft</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="60"/>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="61"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="62"/>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="63"/>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="64"/>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="113"/>
        <source>Links: %1 (%2)</source>
        <translation>Verknüpfungen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="31"/>
        <source>&amp;Flicker between the selected scene and the one before it</source>
        <translation>&amp;Wechseln zwischen der gewählten Szene und der vorherigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="33"/>
        <source>&amp;End flicker</source>
        <translation>Wechseln &amp;beenden</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="34"/>
        <source>&amp;Compare side by side…</source>
        <translation>&amp;Nebeneinander vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="38"/>
        <source>Scenes of this site</source>
        <translation>Szenen dieses Orts</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="76"/>
        <source>Flicker needs two scenes of one place: select a scene that has an earlier one, or show two scenes</source>
        <translation>Zum Wechseln braucht es zwei Szenen eines Orts: Wählen Sie eine Szene, zu der es eine frühere gibt, oder zeigen Sie zwei Szenen</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="86"/>
        <source>Flicker: %1 (%2)   F swaps, Shift+F ends</source>
        <translation>Wechseln: %1 (%2)   F wechselt, Umschalt+F beendet</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="87"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../app/sightline/compareactions.cpp" line="105"/>
        <source>Compare scenes — Sightline</source>
        <translation>Szenen vergleichen — Sightline</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="39"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="40"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="41"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Widerspruch</numerusform>
            <numerusform>%n Widersprüche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="42"/>
        <source>%n judgment(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="43"/>
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n ist zu prüfen</numerusform>
            <numerusform>%n sind zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="44"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="45"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="46"/>
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n Archivkopie</numerusform>
            <numerusform>%n Archivkopien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="47"/>
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n Aufnahme</numerusform>
            <numerusform>%n Aufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="48"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Ort</numerusform>
            <numerusform>%n Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="49"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="50"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n Beobachtung</numerusform>
            <numerusform>%n Beobachtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="51"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/countwords.cpp" line="52"/>
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n anderer Eintrag</numerusform>
            <numerusform>%n andere Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="11"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="20"/>
        <source>Custody: no entries</source>
        <translation>Beweiskette: keine Einträge</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/custodywords.cpp" line="21"/>
        <source>Custody: %1 (%2 in the log)</source>
        <translation>Beweiskette: %1 (%2 im Protokoll)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="25"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="33"/>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="39"/>
        <source>&amp;Grading scheme</source>
        <translation>&amp;Bewertungsschema</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="41"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="53"/>
        <source>Grading scheme: %1</source>
        <translation>Bewertungsschema: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/editactions.cpp" line="55"/>
        <source>Grading scheme</source>
        <translation>Bewertungsschema</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="18"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="36"/>
        <source>Edit event %1</source>
        <translation>Ereignis %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="19"/>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="37"/>
        <source>Add event %1</source>
        <translation>Ereignis %1 anlegen</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/eventcommands.cpp" line="57"/>
        <source>Move event %1</source>
        <translation>Ereignis %1 verschieben</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="22"/>
        <source>Evi&amp;dence</source>
        <translation>Bele&amp;ge</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="23"/>
        <source>&amp;Link claims…</source>
        <translation>Aussagen &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="26"/>
        <source>Link the two selected claims, or the selected claim to another one</source>
        <translation>Die beiden gewählten Aussagen verknüpfen, oder die gewählte Aussage mit einer anderen</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="29"/>
        <source>&amp;Record as observation</source>
        <translation>Als &amp;Beobachtung erfassen</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="44"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="47"/>
        <source>Choose one claim</source>
        <translation>Eine Aussage auswählen</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="49"/>
        <source>The claim names no site</source>
        <translation>Die Aussage nennt keinen Ort</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="53"/>
        <source>Put the claim&apos;s figure into its site&apos;s count series</source>
        <translation>Die Zahl der Aussage in die Zählreihe ihres Ortes aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="79"/>
        <location filename="../app/sightline/evidenceactions.cpp" line="87"/>
        <source>Record as observation</source>
        <translation>Als Beobachtung erfassen</translation>
    </message>
    <message>
        <location filename="../app/sightline/evidenceactions.cpp" line="80"/>
        <source>The claim names several sites. Record its figure at:</source>
        <translation>Die Aussage nennt mehrere Orte. Ihre Zahl erfassen bei:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="39"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="40"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="68"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="69"/>
        <location filename="../app/sightline/fileactions.cpp" line="98"/>
        <location filename="../app/sightline/fileactions.cpp" line="116"/>
        <location filename="../app/sightline/fileactions.cpp" line="123"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="41"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="43"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="44"/>
        <source>&amp;Merge another copy…</source>
        <translation>Mit anderer Kopie zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="45"/>
        <source>Merge co&amp;nflicts…</source>
        <translation>Zusammenführungskonf&amp;likte…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="46"/>
        <source>Write a &amp;brief…</source>
        <translation>Be&amp;richt schreiben…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="53"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="54"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="55"/>
        <source>Add &amp;vector layer…</source>
        <translation>&amp;Vektorebene hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="57"/>
        <source>Add vector layer</source>
        <translation>Vektorebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="58"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>Vektordateien (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="86"/>
        <source>Cannot make the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="97"/>
        <source>Save a copy of the project</source>
        <translation>Kopie des Projekts speichern</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="103"/>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="105"/>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="115"/>
        <source>Merge another copy of this project</source>
        <translation>Mit einer anderen Kopie dieses Projekts zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="121"/>
        <source>Save the merged project as</source>
        <translation>Zusammengeführtes Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="133"/>
        <source>Cannot merge</source>
        <translation>Die Kopien können nicht zusammengeführt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="137"/>
        <source>Merged into %1: %n conflict(s) to resolve</source>
        <translation>
            <numerusform>In %1 zusammengeführt: %n Konflikt zu lösen</numerusform>
            <numerusform>In %1 zusammengeführt: %n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="157"/>
        <source>STIX 2.1 bundle (*.json)</source>
        <translation>STIX-2.1-Bundle (*.json)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="158"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="159"/>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="160"/>
        <source>KMZ (*.kmz)</source>
        <translation>KMZ (*.kmz)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="161"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="162"/>
        <source>GeoPackage layers (*.gpkg)</source>
        <translation>GeoPackage-Ebenen (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="163"/>
        <source>QGIS project and its GeoPackage (*.qgs)</source>
        <translation>QGIS-Projekt mit zugehörigem GeoPackage (*.qgs)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="168"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <location filename="../app/sightline/fileactions.cpp" line="203"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="180"/>
        <source>%1 is the project itself.</source>
        <translation>%1 ist das Projekt selbst.</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="185"/>
        <source>Export restricted material?</source>
        <translation>Material mit Weitergabebeschränkung exportieren?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="186"/>
        <source>This project is marked %1: %2

Export it to %3 anyway?</source>
        <translation>Dieses Projekt ist als %1 gekennzeichnet: %2

Trotzdem nach %3 exportieren?</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="201"/>
        <source>Exported to %1 (%2)</source>
        <translation>Nach %1 exportiert (%2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="211"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="212"/>
        <source>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;All files (*)</source>
        <translation>STIX 2.1, GeoJSON, KML, KMZ, CSV (*.json *.stix *.geojson *.kml *.kmz *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="216"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="225"/>
        <source>Imported %1 (%2): %n new record(s)</source>
        <translation>
            <numerusform>%1 importiert (%2): %n neuer Eintrag</numerusform>
            <numerusform>%1 importiert (%2): %n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/fileactions.cpp" line="228"/>
        <source>, %n already in the project</source>
        <translation>
            <numerusform>, %n bereits im Projekt</numerusform>
            <numerusform>, %n bereits im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/fileactions.cpp" line="230"/>
        <source>; not understood: %1</source>
        <translation>; nicht verstanden: %1</translation>
    </message>
</context>
<context>
    <name>GradeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>completely reliable</source>
        <translation>völlig zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="10"/>
        <source>usually reliable</source>
        <translation>meist zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>fairly reliable</source>
        <translation>ziemlich zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="11"/>
        <source>not usually reliable</source>
        <translation>meist nicht zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="12"/>
        <source>reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>always reliable</source>
        <translation>immer zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="13"/>
        <source>mostly reliable</source>
        <translation>meist zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>sometimes reliable</source>
        <translation>manchmal zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="14"/>
        <source>untested source</source>
        <translation>ungeprüfte Quelle</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="49"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="50"/>
        <source>Source %1 (%2)</source>
        <translation>Quelle %1 (%2)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="53"/>
        <source>information %1</source>
        <translation>Information %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/gradewords.cpp" line="54"/>
        <source>information %1 (%2)</source>
        <translation>Information %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="15"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="16"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/sightline/helpactions.cpp" line="18"/>
        <source>&amp;About Sightline</source>
        <translation>Ü&amp;ber Sightline</translation>
    </message>
</context>
<context>
    <name>ImageryActions</name>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="29"/>
        <source>&amp;Import images…</source>
        <translation>Bilder &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="30"/>
        <source>&amp;Display of the selected scene…</source>
        <translation>&amp;Darstellung der gewählten Szene…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="32"/>
        <source>&amp;Find moved image files…</source>
        <translation>Verschobene Bilddateien &amp;finden…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="33"/>
        <source>&amp;Georeference image…</source>
        <translation>Bild &amp;georeferenzieren…</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="36"/>
        <source>&amp;Swipe: the map without imagery left of a line</source>
        <translation>&amp;Wischen: die Karte ohne Bildmaterial links einer Linie</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="47"/>
        <source>Import images</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="48"/>
        <source>Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)</source>
        <translation>Bilder (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="65"/>
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>%n Bild importieren</numerusform>
            <numerusform>%n Bilder importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="70"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="73"/>
        <source>Embed %1</source>
        <translation>%1 einbetten</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="95"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Zuerst eine Szene wählen: in ihre Abdeckung klicken</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="104"/>
        <source>Display of %1</source>
        <translation>Darstellung von %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="112"/>
        <source>Folder with the moved image files</source>
        <translation>Ordner mit den verschobenen Bilddateien</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="117"/>
        <source>Find moved image files</source>
        <translation>Verschobene Bilddateien finden</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="119"/>
        <source>Find %1</source>
        <translation>%1 finden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/imageryactions.cpp" line="121"/>
        <source>Found %n moved image file(s)</source>
        <translation>
            <numerusform>%n verschobene Bilddatei gefunden</numerusform>
            <numerusform>%n verschobene Bilddateien gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="123"/>
        <source>Cannot search the folder</source>
        <translation>Der Ordner kann nicht durchsucht werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="134"/>
        <source>Georeference image</source>
        <translation>Bild georeferenzieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="135"/>
        <source>Images (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translation>Bilder (*.tif *.tiff *.png *.jpg *.jpeg *.gif *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="141"/>
        <source>Cannot georeference the image</source>
        <translation>Das Bild kann nicht georeferenziert werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="147"/>
        <source>Added the georeferenced %1 as a scene</source>
        <translation>Das georeferenzierte %1 wurde als Szene hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="152"/>
        <source>Some images were not imported</source>
        <translation>Einige Bilder wurden nicht importiert</translation>
    </message>
    <message>
        <location filename="../app/sightline/imageryactions.cpp" line="156"/>
        <source>Georeference %1…</source>
        <translation>%1 georeferenzieren…</translation>
    </message>
</context>
<context>
    <name>JudgmentWords</name>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="27"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/judgmentwords.cpp" line="36"/>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="84"/>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="112"/>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="138"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="139"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="142"/>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="144"/>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="148"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="151"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="159"/>
        <source>Tally</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="160"/>
        <source>Series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture: %1</source>
        <translation>Archivkopie: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="241"/>
        <source>&amp;Basemap</source>
        <translation>Grund&amp;karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="445"/>
        <source>Writing the demo project…</source>
        <translation>Demoprojekt wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="453"/>
        <source>Cannot write the demo project: %1</source>
        <translation>Das Demoprojekt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="456"/>
        <source>Cannot open the demo</source>
        <translation>Die Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="155"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="156"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="274"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="333"/>
        <source>Cannot add layer</source>
        <translation>Ebene kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="414"/>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="424"/>
        <source>%1 (read-only) — Sightline</source>
        <translation>%1 (schreibgeschützt) — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="425"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="434"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="153"/>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>Capture</source>
        <translation>Archivkopie</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="242"/>
        <source>&amp;Imagery</source>
        <translation>B&amp;ildmaterial</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="146"/>
        <source>Judgments</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>MapContextMenu</name>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="43"/>
        <source>&amp;Identify</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="44"/>
        <source>&amp;Measure from here</source>
        <translation>Von hier &amp;messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="48"/>
        <source>Add &amp;site here…</source>
        <translation>&amp;Ort hier hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="56"/>
        <source>Copy as &amp;decimal degrees</source>
        <translation>Als &amp;Dezimalgrad kopieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="57"/>
        <source>Copy as degrees, minutes, &amp;seconds</source>
        <translation>Als Grad, Minuten, &amp;Sekunden kopieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="58"/>
        <source>Copy as M&amp;GRS</source>
        <translation>Als M&amp;GRS kopieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/mapcontextmenu.cpp" line="63"/>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
</context>
<context>
    <name>ObservationCommands</name>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="16"/>
        <source>the claim has no figure</source>
        <translation>die Aussage enthält keine Zahl</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="18"/>
        <source>the claim&apos;s figure does not say what it counts</source>
        <translation>die Zahl der Aussage sagt nicht, was sie zählt</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="20"/>
        <source>an observation is made at a site</source>
        <translation>eine Beobachtung wird an einem Ort erfasst</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="22"/>
        <source>the claim is not about that site</source>
        <translation>die Aussage betrifft diesen Ort nicht</translation>
    </message>
    <message>
        <location filename="../libs/edit/sightline/edit/observationcommands.cpp" line="38"/>
        <source>Recorded from the claim “%1”</source>
        <translation>Aus der Aussage „%1“ erfasst</translation>
    </message>
</context>
<context>
    <name>ProjectAccess</name>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="31"/>
        <source>someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="34"/>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="35"/>
        <source>another computer</source>
        <translation>einem anderen Rechner</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="36"/>
        <source>Project in use</source>
        <translation>Projekt in Benutzung</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="37"/>
        <source>%1 has had this project open since %2 on %3.

%4

Open it read-only?</source>
        <translation>%1 hat dieses Projekt seit %2 auf %3 geöffnet.

%4

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="41"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="46"/>
        <source>%1 is open elsewhere (%2 since %3).</source>
        <translation>%1 ist anderswo geöffnet (%2 seit %3).</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="55"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/sightline/projectaccess.cpp" line="56"/>
        <source>%1 cannot be written to (its folder or the file itself), so it opens read-only: you can read and export it, but not change it.</source>
        <translation>%1 ist nicht beschreibbar (der Ordner oder die Datei selbst) und wird daher schreibgeschützt geöffnet: Sie können das Projekt lesen und exportieren, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="17"/>
        <source>Project refused</source>
        <translation>Projekt abgelehnt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="18"/>
        <source>This project holds something Sightline does not make, and is not opened as it is.</source>
        <translation>Dieses Projekt enthält etwas, das Sightline nicht anlegt, und wird nicht so geöffnet, wie es ist.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="21"/>
        <source>A cleaned copy keeps the records and leaves out everything else; the original is not changed.</source>
        <translation>Eine bereinigte Kopie behält die Datensätze und lässt alles andere weg; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="23"/>
        <source>Open a cleaned copy</source>
        <translation>Bereinigte Kopie öffnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="31"/>
        <source>Save the cleaned copy as</source>
        <translation>Bereinigte Kopie speichern unter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="32"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="36"/>
        <source>Cleaned copy</source>
        <translation>Bereinigte Kopie</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="37"/>
        <source>Wrote %1 with %n change(s) from the original.</source>
        <translation>
            <numerusform>%1 geschrieben, mit %n Änderung gegenüber dem Original.</numerusform>
            <numerusform>%1 geschrieben, mit %n Änderungen gegenüber dem Original.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/cleancopyoffer.cpp" line="45"/>
        <source>Cannot clean the project</source>
        <translation>Das Projekt kann nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>RecordTitle</name>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="17"/>
        <source>(untitled source)</source>
        <translation>(Quelle ohne Titel)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="29"/>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="30"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="31"/>
        <source>Capture</source>
        <translation>Archivkopie</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="32"/>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="33"/>
        <source>Scene</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="34"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="35"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="36"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="37"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="38"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="39"/>
        <source>Judgment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="47"/>
        <source>corroborates</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="48"/>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="49"/>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="50"/>
        <source>depicts</source>
        <translation>zeigt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="51"/>
        <source>refers to</source>
        <translation>verweist auf</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/recordwords.cpp" line="52"/>
        <source>depends on</source>
        <translation>beruht auf</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="34"/>
        <source>Scene &amp;details…</source>
        <translation>Szenen&amp;details…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="37"/>
        <source>&amp;Remove the selected scene…</source>
        <translation>Gewählte &amp;Szene entfernen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="40"/>
        <source>Remove scene</source>
        <translation>Szene entfernen</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="43"/>
        <source>Build &amp;overviews for the selected scene</source>
        <translation>&amp;Übersichten für die gewählte Szene erstellen</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="45"/>
        <source>&amp;Embed the selected scene&apos;s file in the project</source>
        <translation>Datei der gewählten Szene ins Projekt &amp;einbetten</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="47"/>
        <source>Embed imported files in the project</source>
        <translation>Importierte Dateien ins Projekt einbetten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="57"/>
        <source>%1 has %n overview(s) now</source>
        <translation>
            <numerusform>%1 hat jetzt %n Übersicht</numerusform>
            <numerusform>%1 hat jetzt %n Übersichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="61"/>
        <source>Building overviews cancelled; no overview file was left</source>
        <translation>Erstellen der Übersichten abgebrochen; keine Übersichtsdatei blieb zurück</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="92"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Zuerst eine Szene wählen: in ihre Abdeckung klicken</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="105"/>
        <source>Details of %1</source>
        <translation>Details von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="118"/>
        <source>%1 has %n annotation(s). Remove the scene and its annotations? Undo brings them back.</source>
        <translation>
            <numerusform>%1 hat %n Markierung. Die Szene und ihre Markierung entfernen? Rückgängig stellt sie wieder her.</numerusform>
            <numerusform>%1 hat %n Markierungen. Die Szene und ihre Markierungen entfernen? Rückgängig stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="122"/>
        <source>The file embedded in the project is deleted with the scene, and undo does not bring it back.</source>
        <translation>Die ins Projekt eingebettete Datei wird mit der Szene gelöscht, und Rückgängig stellt sie nicht wieder her.</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="125"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="138"/>
        <source>%1 is already embedded in the project</source>
        <translation>%1 ist bereits ins Projekt eingebettet</translation>
    </message>
    <message>
        <location filename="../app/sightline/sceneactions.cpp" line="141"/>
        <source>Embed %1</source>
        <translation>%1 einbetten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/sceneactions.cpp" line="157"/>
        <source>%1 already has %n overview(s)</source>
        <translation>
            <numerusform>%1 hat bereits %n Übersicht</numerusform>
            <numerusform>%1 hat bereits %n Übersichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesWords</name>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="24"/>
        <source>%1 vs a baseline maximum of %2</source>
        <translation>%1 gegenüber einem Maximum von %2 im Basiszeitraum</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="29"/>
        <source>%1 vs a baseline maximum of %2: %3×</source>
        <translation>%1 gegenüber einem Maximum von %2 im Basiszeitraum: %3×</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="43"/>
        <source>baseline %1: median %2, maximum %3 (from %4)</source>
        <translation>Basiszeitraum %1: Median %2, Maximum %3 (aus %4)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="50"/>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieswords.cpp" line="51"/>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="44"/>
        <source>yyyy</source>
        <comment>a year</comment>
        <translation>yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="45"/>
        <source>MMM yyyy</source>
        <comment>a month</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="46"/>
        <source>d MMM yyyy</source>
        <comment>a day</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="48"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>a minute</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="50"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>a second</comment>
        <translation>d. MMM yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="66"/>
        <source>MMM</source>
        <comment>the first month of a range within one year</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="67"/>
        <source>MMM yyyy</source>
        <comment>the last month of a range within one year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="71"/>
        <source>d</source>
        <comment>the first day of a range within one month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="72"/>
        <source>d MMM yyyy</source>
        <comment>the last day of a range within one month</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="74"/>
        <source>d MMM</source>
        <comment>the first day of a range within one year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="75"/>
        <source>d MMM yyyy</source>
        <comment>the last day of a range within one year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="81"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>the first minute of a range within one day</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="82"/>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>the first second of a range within one day</comment>
        <translation>d. MMM yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="99"/>
        <source>unknown time</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="102"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 Ortszeit, Zeitzone unbekannt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="109"/>
        <source>no later than %1</source>
        <translation>spätestens %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="113"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="131"/>
        <source>to the year</source>
        <translation>auf das Jahr genau</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="132"/>
        <source>to the month</source>
        <translation>auf den Monat genau</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="133"/>
        <source>to the day</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="134"/>
        <source>to the minute</source>
        <translation>auf die Minute genau</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="135"/>
        <source>to the second</source>
        <translation>auf die Sekunde genau</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="143"/>
        <source>No time given</source>
        <translation>Keine Zeitangabe</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="144"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timewords.cpp" line="145"/>
        <source>%1, %2
earliest %3
latest %4</source>
        <translation>%1, %2
frühestens %3
spätestens %4</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../libs/present/sightline/present/timelineitems.cpp" line="79"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="191"/>
        <source>No site</source>
        <translation>Kein Ort</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="192"/>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="775"/>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="777"/>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/timelinepainter.cpp" line="872"/>
        <source>%1 (up to %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="28"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="35"/>
        <source>&amp;Pan and identify</source>
        <translation>&amp;Verschieben und abfragen</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="36"/>
        <source>&amp;Zoom to a box</source>
        <translation>Auf &amp;Rechteck zoomen</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="37"/>
        <source>Measure &amp;distance</source>
        <translation>&amp;Strecke messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="38"/>
        <source>Measure &amp;area</source>
        <translation>&amp;Fläche messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/toolactions.cpp" line="39"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>&amp;Orte anlegen, bearbeiten, verschieben</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="27"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="30"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="37"/>
        <source>Zoom to &amp;all sites</source>
        <translation>&amp;Alle Orte zeigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="41"/>
        <source>Zoom to &amp;selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="42"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="45"/>
        <source>Map &amp;CRS</source>
        <translation>&amp;Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="46"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="47"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 Länge/Breite (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="48"/>
        <source>Local UTM zone</source>
        <translation>Lokale UTM-Zone</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="52"/>
        <source>Other EPSG code…</source>
        <translation>Anderer EPSG-Code…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="72"/>
        <source>Cannot use this CRS</source>
        <translation>Dieses Koordinatensystem ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>Map CRS</source>
        <translation>Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="78"/>
        <source>EPSG code (for example 32652):</source>
        <translation>EPSG-Code (zum Beispiel 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="88"/>
        <source>&amp;Add bookmark…</source>
        <translation>Lesezeichen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="97"/>
        <source>Cannot show bookmark</source>
        <translation>Lesezeichen kann nicht gezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="108"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../app/sightline/viewactions.cpp" line="120"/>
        <source>Add bookmark %1</source>
        <translation>Lesezeichen %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/sightline/workspace.cpp" line="30"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
</context>
<context>
    <name>sightline::Annotations</name>
    <message>
        <location filename="../libs/core/sightline/core/annotationlabel.cpp" line="27"/>
        <source>%1 %2</source>
        <extracomment>A count of one object kind: &quot;12 railcars&quot; (%1 the count, %2 the kind&apos;s name, plural when not 1)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sightline::Judgments</name>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="11"/>
        <source>low confidence</source>
        <translation>geringes Vertrauen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="12"/>
        <source>moderate confidence</source>
        <translation>mittleres Vertrauen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/confidence.cpp" line="13"/>
        <source>high confidence</source>
        <translation>hohes Vertrauen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>almost no chance</source>
        <translation>nahezu ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="21"/>
        <source>remote</source>
        <translation>äußerst gering</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>very unlikely</source>
        <translation>sehr unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="22"/>
        <source>highly improbable</source>
        <translation>höchst unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="23"/>
        <source>improbable</source>
        <translation>nicht wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even chance</source>
        <translation>etwa gleiche Chancen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="24"/>
        <source>roughly even odds</source>
        <translation>etwa gleiche Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="25"/>
        <source>probable</source>
        <translation>vermutlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>very likely</source>
        <translation>sehr wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="26"/>
        <source>highly probable</source>
        <translation>höchst wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>almost certain</source>
        <translation>nahezu sicher</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="27"/>
        <source>nearly certain</source>
        <translation>fast sicher</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="31"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="32"/>
        <source>Issued</source>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/judgment.cpp" line="33"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>sightline::Kinds</name>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="41"/>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="42"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="43"/>
        <source>Capture</source>
        <translation>Archivkopie</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="44"/>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="45"/>
        <source>Imagery scene</source>
        <translation>Bildaufnahme</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="46"/>
        <source>Annotation</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="47"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="48"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="49"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="50"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="51"/>
        <source>Judgment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="55"/>
        <source>Port</source>
        <translation>Hafen</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="56"/>
        <source>Rail crossing</source>
        <translation>Bahnquerung</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="57"/>
        <source>Rail yard</source>
        <translation>Rangierbahnhof</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="58"/>
        <source>Depot</source>
        <translation>Depot</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="59"/>
        <source>Factory</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="60"/>
        <source>Airfield</source>
        <translation>Flugplatz</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="61"/>
        <source>Border crossing</source>
        <translation>Grenzübergang</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="62"/>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="71"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="66"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="67"/>
        <source>News article</source>
        <translation>Nachrichtenartikel</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="68"/>
        <source>Official statement</source>
        <translation>Offizielle Erklärung</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="69"/>
        <source>Imagery provider</source>
        <translation>Bildanbieter</translation>
    </message>
    <message>
        <location filename="../libs/core/sightline/core/kinds.cpp" line="70"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
</context>
<context>
    <name>sightline::edit::Annotations</name>
    <message>
        <location filename="../libs/edit/sightline/edit/annotationcommands.cpp" line="68"/>
        <source>The copied annotations lie outside the scene %1</source>
        <translation>Die kopierten Markierungen liegen außerhalb der Szene %1</translation>
    </message>
</context>
<context>
    <name>sightline::present</name>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="82"/>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="85"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="87"/>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="88"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="96"/>
        <source>located to about %1</source>
        <translation>auf etwa %1 genau bestimmt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="98"/>
        <source>located only to the town (a few kilometres)</source>
        <translation>nur auf den Ort genau bestimmt (einige Kilometer)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="99"/>
        <source>located to about %1 (rounded coordinates)</source>
        <translation>auf etwa %1 genau bestimmt (gerundete Koordinaten)</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="101"/>
        <source>located within its area of interest, at most about %1 off</source>
        <translation>innerhalb seines Interessengebiets bestimmt, höchstens etwa %1 daneben</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/sitewords.cpp" line="106"/>
        <source>how precisely it is located is not known</source>
        <translation>wie genau der Ort bestimmt ist, ist nicht bekannt</translation>
    </message>
</context>
<context>
    <name>sightline::present::SeriesChart</name>
    <message numerus="yes">
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="182"/>
        <source>baseline: max %1, median %2 (%n value(s))</source>
        <extracomment>Over the baseline band of a series chart (%1 its maximum, %2 its median, %n how many values)</extracomment>
        <translation>
            <numerusform>Basiszeitraum: Max. %1, Median %2 (%n Wert)</numerusform>
            <numerusform>Basiszeitraum: Max. %1, Median %2 (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>counted on imagery</source>
        <translation>auf Bildmaterial gezählt</translation>
    </message>
    <message>
        <location filename="../libs/present/sightline/present/serieschart.cpp" line="263"/>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
</context>
<context>
    <name>sightline::render::MapModel</name>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="52"/>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (Natural Earth)</source>
        <translation>Grundkarte (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="53"/>
        <source>Imagery</source>
        <translation>Bildmaterial</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="54"/>
        <source>Imagery footprints</source>
        <translation>Bildabdeckungen</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="55"/>
        <source>Areas of interest</source>
        <translation>Interessengebiete</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="56"/>
        <source>Annotations</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="57"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="58"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="59"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../libs/render/sightline/render/mapmodel.cpp" line="253"/>
        <source>Basemap (%1)</source>
        <translation>Grundkarte (%1)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AboutDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="15"/>
        <source>About Sightline</source>
        <translation>Über Sightline</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="29"/>
        <source>LGPL 3</source>
        <translation>LGPL 3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="31"/>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="41"/>
        <source>A desktop workstation for open-source geospatial investigation: sources, claims, sites, imagery and judgments in one project file.</source>
        <translation>Ein Arbeitsplatz für raumbezogene Recherche aus offenen Quellen: Quellen, Aussagen, Orte, Bildmaterial und Bewertungen in einer Projektdatei.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="43"/>
        <source>Data credits</source>
        <translation>Datennachweise</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="44"/>
        <source>Basemap: Made with Natural Earth, free vector and raster map data (naturalearthdata.com), public domain.</source>
        <translation>Grundkarte: Made with Natural Earth, freie Vektor- und Rasterkartendaten (naturalearthdata.com), gemeinfrei.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="46"/>
        <source>Imagery: each scene keeps its provider, acquisition date and licence; they are shown in the scene&apos;s details and printed under every figure of a brief. The demo&apos;s scenes are synthetic.</source>
        <translation>Bildmaterial: Jede Szene bewahrt ihren Anbieter, ihr Aufnahmedatum und ihre Lizenz; sie werden in den Details der Szene gezeigt und unter jeder Abbildung eines Berichts gedruckt. Die Szenen der Demo sind synthetisch.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/aboutdialog.cpp" line="48"/>
        <source>Coordinate reference systems: the EPSG dataset as shipped with PROJ.</source>
        <translation>Koordinatenbezugssysteme: der EPSG-Datensatz, wie er mit PROJ ausgeliefert wird.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="28"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="29"/>
        <source>box</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="30"/>
        <source>polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="31"/>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="32"/>
        <source>callout</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="43"/>
        <source>Annotation details</source>
        <translation>Markierungsdetails</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="55"/>
        <source>A point marks one object; draw a box or polygon to count several</source>
        <translation>Ein Punkt kennzeichnet ein Objekt; zeichnen Sie ein Rechteck oder Polygon, um mehrere zu zählen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="61"/>
        <source>The callout&apos;s text</source>
        <translation>Text der Beschriftung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="62"/>
        <source>Drawn instead of count and kind</source>
        <translation>Wird anstelle von Anzahl und Objektart gezeichnet</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="65"/>
        <source>What you saw, and why you counted it so</source>
        <translation>Was Sie gesehen haben und warum Sie so gezählt haben</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="68"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="69"/>
        <source>Drawn on</source>
        <translation>Gezeichnet auf</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="70"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="71"/>
        <source>&amp;Kind</source>
        <translation>&amp;Objektart</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="72"/>
        <source>C&amp;ount</source>
        <translation>An&amp;zahl</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="73"/>
        <source>&amp;Confidence</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="74"/>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="75"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationdialog.cpp" line="77"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>sightline::ui::AnnotationEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="170"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="181"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="198"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="215"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung löschen</numerusform>
            <numerusform>%n Markierungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="230"/>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="278"/>
        <source>Select annotations first: click one, or drag a box around several</source>
        <translation>Zuerst Markierungen wählen: eine anklicken oder ein Rechteck um mehrere aufziehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="257"/>
        <source>Change %n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung ändern</numerusform>
            <numerusform>%n Markierungen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="279"/>
        <source>%n annotation(s) copied</source>
        <translation>
            <numerusform>%n Markierung kopiert</numerusform>
            <numerusform>%n Markierungen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="286"/>
        <source>Nothing to paste: copy annotations first</source>
        <translation>Nichts einzufügen: zuerst Markierungen kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="294"/>
        <source>Paste %n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung einfügen</numerusform>
            <numerusform>%n Markierungen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="296"/>
        <source>Cannot paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationeditor.cpp" line="344"/>
        <source>the map</source>
        <translation>der Karte</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BasemapSourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="21"/>
        <source>Add basemap source</source>
        <translation>Grundkartenquelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="25"/>
        <source>https://tiles.example.org/{z}/{x}/{y}.png, or a file</source>
        <translation>https://tiles.example.org/{z}/{x}/{y}.png oder eine Datei</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="26"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="31"/>
        <source> a second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="32"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="40"/>
        <source>URL or file</source>
        <translation>URL oder Datei</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="41"/>
        <source>Attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="42"/>
        <source>Deepest zoom</source>
        <translation>Höchste Zoomstufe</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="43"/>
        <source>Download rate</source>
        <translation>Downloadrate</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="48"/>
        <source>Basemap file</source>
        <translation>Grundkartendatei</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="49"/>
        <source>Basemaps (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;All files (*)</source>
        <translation>Grundkarten (*.mbtiles *.gpkg *.tif *.tiff *.osm *.pbf *.geojson *.shp *.kml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/basemapsourcedialog.cpp" line="79"/>
        <source>Give a URL or a file.</source>
        <translation>Geben Sie eine URL oder eine Datei an.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BoxAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="217"/>
        <source>Click the other end of the box&apos;s edge; Escape drops it</source>
        <translation>Das andere Ende der Rechteckkante anklicken; Esc verwirft das Rechteck</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="219"/>
        <source>Move to the box&apos;s depth and click; Escape drops it</source>
        <translation>Bis zur Tiefe des Rechtecks bewegen und klicken; Esc verwirft das Rechteck</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="220"/>
        <source>Drag a box around %1, or click three times for a rotated box (edge, then depth)</source>
        <translation>Ein Rechteck um %1 aufziehen, oder dreimal klicken für ein gedrehtes Rechteck (Kante, dann Tiefe)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::BriefDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Making the brief…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="69"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="78"/>
        <source>Write a brief</source>
        <translation>Bericht schreiben</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="91"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="105"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="96"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="99"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="101"/>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="104"/>
        <source>Key judgments</source>
        <translation>Zentrale Bewertungen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="106"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="108"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="113"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="117"/>
        <source>The project&apos;s (%1)</source>
        <translation>Die des Projekts (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="118"/>
        <source>The project&apos;s (none)</source>
        <translation>Die des Projekts (keine)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="122"/>
        <source>Marking</source>
        <translation>Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="125"/>
        <source>For internal use: show imagery whose licence does not allow republication</source>
        <translation>Interne Verwendung: Bildmaterial zeigen, dessen Lizenz keine Weiterveröffentlichung erlaubt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="127"/>
        <source>The brief then stays inside the organisation: its cover says &quot;For internal use only&quot;, and the custody log records each such scene as shown for internal use.</source>
        <translation>Der Bericht bleibt dann innerhalb der Organisation: Auf dem Deckblatt steht „For internal use only“, und die Beweiskette verzeichnet jede solche Szene als für den internen Gebrauch gezeigt.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="129"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="132"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="133"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="134"/>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="136"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="137"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="138"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="142"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="144"/>
        <source>the analysts of the issued judgments</source>
        <translation>die Analysten der herausgegebenen Bewertungen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="145"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="147"/>
        <source>Bottom line up front (optional)</source>
        <translation>Das Wichtigste vorab (optional)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="149"/>
        <source>Bottom line</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="167"/>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="175"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="176"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="214"/>
        <source>Choose at least one site, or leave the Sites section out.</source>
        <translation>Wählen Sie mindestens einen Ort, oder lassen Sie den Abschnitt Orte weg.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="243"/>
        <source>The preview cannot be shown.</source>
        <translation>Die Vorschau kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="247"/>
        <source>%1 pages, %2 map figures.</source>
        <translation>%1 Seiten, %2 Kartenabbildungen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="301"/>
        <source>These sentences mix a likelihood word with a confidence level; ICD 203 keeps them apart:&lt;br&gt;%1</source>
        <translation>Diese Sätze vermischen ein Wahrscheinlichkeitswort mit einem Vertrauensgrad; ICD 203 hält beides getrennt:&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="315"/>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="328"/>
        <source>Save the brief</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/briefdialog.cpp" line="328"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CalloutAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="331"/>
        <source>Callout</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="331"/>
        <source>Text of the callout:</source>
        <translation>Text der Beschriftung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="349"/>
        <source>Click where the callout goes, then type its text</source>
        <translation>Dorthin klicken, wo die Beschriftung stehen soll, dann ihren Text eingeben</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CaptureView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="34"/>
        <source>its content could not be read back</source>
        <translation>ihr Inhalt konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="35"/>
        <source>it is not a valid PDF (damaged or another kind of file)</source>
        <translation>sie ist kein gültiges PDF (beschädigt oder eine andere Art Datei)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="36"/>
        <source>it is protected by a password</source>
        <translation>sie ist mit einem Passwort geschützt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="37"/>
        <source>its encryption is not supported</source>
        <translation>ihre Verschlüsselung wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="38"/>
        <source>the PDF reader could not open it</source>
        <translation>der PDF-Leser konnte sie nicht öffnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="51"/>
        <source>the PDF reader did not finish reading it in time (%1 s)</source>
        <translation>der PDF-Leser ist nicht rechtzeitig damit fertig geworden (%1 s)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="52"/>
        <source>the PDF reader failed on it</source>
        <translation>der PDF-Leser ist daran gescheitert</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="75"/>
        <source>&amp;Claim from selection</source>
        <translation>&amp;Aussage aus Auswahl</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="81"/>
        <source>Make a new claim that quotes the selected text, with its page or paragraph (%1)</source>
        <translation>Eine neue Aussage anlegen, die den ausgewählten Text mit Seite oder Absatz zitiert (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="87"/>
        <source>Export capture…</source>
        <translation>Archivkopie exportieren…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="88"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>Die gespeicherten Bytes der Archivkopie in eine Datei schreiben; die Beweiskette verzeichnet den Export</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="90"/>
        <source>Show HTML source</source>
        <translation>HTML-Quelltext zeigen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="170"/>
        <source>Choose a capture of a source and open it to read it here.</source>
        <translation>Wählen Sie eine Archivkopie einer Quelle und öffnen Sie sie, um sie hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="209"/>
        <source>This capture is no longer in the project.</source>
        <translation>Diese Archivkopie ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="214"/>
        <source>capture %1</source>
        <translation>Archivkopie %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="222"/>
        <source>Cannot read capture “%1”: %2</source>
        <translation>Archivkopie „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="232"/>
        <source>captured %1 by %2</source>
        <translation>archiviert am %1 von %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="237"/>
        <source>The content does not match its SHA-256: it has changed since it was captured.</source>
        <translation>Der Inhalt passt nicht zu seinem SHA-256: Er wurde seit der Archivierung verändert.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="239"/>
        <source>SHA-256: %1
Original URL: %2</source>
        <translation>SHA-256: %1
Ursprüngliche URL: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="241"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="257"/>
        <source>Cannot show capture “%1”: it is not an image this program can read.</source>
        <translation>Archivkopie „%1“ kann nicht gezeigt werden: Sie ist kein Bild, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="264"/>
        <source>Capture “%1” is of a kind this program does not show (%2). It is kept in the project with its hash; export it to open it elsewhere.</source>
        <translation>Archivkopie „%1“ ist von einer Art, die dieses Programm nicht zeigt (%2). Sie bleibt mit ihrem Hash im Projekt; exportieren Sie sie, um sie anderswo zu öffnen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="279"/>
        <source>Cannot show capture “%1”: no temporary file for it (%2).</source>
        <translation>Archivkopie „%1“ kann nicht gezeigt werden: keine temporäre Datei dafür (%2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="290"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="300"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="305"/>
        <source>Cannot show capture “%1” as a PDF: %2.</source>
        <translation>Archivkopie „%1“ kann nicht als PDF gezeigt werden: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="55"/>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="306"/>
        <source>it has no pages</source>
        <translation>sie hat keine Seiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="358"/>
        <source>Claim from %1, %2</source>
        <translation>Aussage aus %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="361"/>
        <source>Cannot make this claim</source>
        <translation>Diese Aussage kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimLedger</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="22"/>
        <source>Show all claims</source>
        <translation>Alle Aussagen zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="151"/>
        <source>%n claim(s) of %1</source>
        <translation>
            <numerusform>%n Aussage von %1</numerusform>
            <numerusform>%n Aussagen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="152"/>
        <source>All %n claim(s)</source>
        <translation>
            <numerusform>%n Aussage insgesamt</numerusform>
            <numerusform>Alle %n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="155"/>
        <source> in the time window %1</source>
        <translation> im Zeitfenster %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="93"/>
        <source>%1
unit: %2; object kind: %3</source>
        <translation>%1
Einheit: %2; Objektart: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="112"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="113"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="114"/>
        <source>Locator</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ComparisonView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="30"/>
        <source>Pan or zoom any map: the others follow. Each map shows one scene, or the map at a date.</source>
        <translation>Verschieben oder zoomen Sie eine Karte: Die anderen folgen. Jede Karte zeigt eine Szene oder die Karte an einem Datum.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="31"/>
        <source>Add a map</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="32"/>
        <source>Remove the last map</source>
        <translation>Letzte Karte entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="69"/>
        <source>The map at a date</source>
        <translation>Die Karte an einem Datum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="70"/>
        <source>A time window of its own</source>
        <translation>Ein eigenes Zeitfenster</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="93"/>
        <source>What this map shows: one scene, or the map at a date</source>
        <translation>Was diese Karte zeigt: eine Szene oder die Karte an einem Datum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="99"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="103"/>
        <source>From: the start of this map&apos;s own time window (2023, 2023-08, 2023-08-15)</source>
        <translation>Von: Beginn des eigenen Zeitfensters dieser Karte (2023, 2023-08, 2023-08-15)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="104"/>
        <source>To: the end of this map&apos;s own time window</source>
        <translation>Bis: Ende des eigenen Zeitfensters dieser Karte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/comparisonview.cpp" line="240"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ConflictsView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Claim A</source>
        <translation>Aussage A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Date A</source>
        <translation>Datum A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="32"/>
        <source>Grade A</source>
        <translation>Bewertung A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Claim B</source>
        <translation>Aussage B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Date B</source>
        <translation>Datum B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Grade B</source>
        <translation>Bewertung B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="33"/>
        <source>Why they conflict</source>
        <translation>Warum sie sich widersprechen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EditSitesTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/editsitestool.cpp" line="87"/>
        <source>Click to add a site or edit the one under the cursor; drag a site to move it</source>
        <translation>Klicken legt einen Ort an oder bearbeitet den Ort unter dem Mauszeiger; einen Ort ziehen verschiebt ihn</translation>
    </message>
</context>
<context>
    <name>sightline::ui::EventDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="65"/>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="68"/>
        <source>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</source>
        <translation>2023-09-13, 2023-09, 2023-09-07/2023-10-01, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="80"/>
        <source>No location</source>
        <translation>Keine Position</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="81"/>
        <source>Typed coordinates</source>
        <translation>Eingegebene Koordinaten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="83"/>
        <source>At %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="84"/>
        <source>latitude, longitude: 42.25, 130.3</source>
        <translation>Breite, Länge: 42.25, 130.3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="111"/>
        <source>Claim: “%1”</source>
        <translation>Aussage: „%1“</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="117"/>
        <source>Observation: %1 %2, %3</source>
        <translation>Beobachtung: %1 %2, %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="127"/>
        <source>T&amp;ime:</source>
        <translation>Ze&amp;it:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="129"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Orte:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="130"/>
        <source>S&amp;ources:</source>
        <translation>Q&amp;uellen:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="134"/>
        <source>&amp;Location:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="136"/>
        <source>&amp;Rests on:</source>
        <translation>&amp;Stützt sich auf:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="137"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="151"/>
        <source>, a range 2023-09-07/2023-10-01, ../2024-12-23 (no later than) or 2024-03/.. (since)</source>
        <translation>, ein Zeitraum 2023-09-07/2023-10-01, ../2024-12-23 (spätestens) oder 2024-03/.. (seit)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/eventdialog.cpp" line="156"/>
        <source>&quot;%1&quot; is not a point: latitude (−90 to 90) and longitude (−180 to 180) in decimal degrees, separated by a comma (42.25, 130.3)</source>
        <translation>„%1“ ist kein Punkt: Breite (−90 bis 90) und Länge (−180 bis 180) in Dezimalgrad mit Dezimalpunkt, durch ein Komma getrennt (42.25, 130.3)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GcpTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="42"/>
        <source>pick on the map</source>
        <translation>auf der Karte wählen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="84"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="85"/>
        <source>Image x</source>
        <translation>Bild x</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="86"/>
        <source>Image y</source>
        <translation>Bild y</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="87"/>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="88"/>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="89"/>
        <source>Residual (px)</source>
        <translation>Restfehler (px)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/gcptablemodel.cpp" line="90"/>
        <source>Residual (m)</source>
        <translation>Restfehler (m)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeorefImageView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georefimageview.cpp" line="68"/>
        <source>The image cannot be shown</source>
        <translation>Das Bild kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GeoreferenceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="91"/>
        <source>&amp;Remove point</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="92"/>
        <source>&amp;Save as scene…</source>
        <translation>Als Szene &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="94"/>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="284"/>
        <source>Georeference %1</source>
        <translation>%1 georeferenzieren</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="114"/>
        <source>Polynomial, order 1 (affine; 3 points or more)</source>
        <translation>Polynom 1. Ordnung (affin; ab 3 Punkten)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="116"/>
        <source>Polynomial, order 2 (6 points or more)</source>
        <translation>Polynom 2. Ordnung (ab 6 Punkten)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="117"/>
        <source>Thin-plate spline (3 points or more; passes through every point)</source>
        <translation>Thin-Plate-Spline (ab 3 Punkten; geht durch jeden Punkt)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="123"/>
        <source>Image: click to add a point</source>
        <translation>Bild: Klicken fügt einen Punkt hinzu</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="124"/>
        <source>Map: click the same place</source>
        <translation>Karte: dieselbe Stelle anklicken</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="135"/>
        <source>Method:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="218"/>
        <source>RMS residual: &lt;b&gt;%1 px&lt;/b&gt;, %2 m on the ground</source>
        <translation>Mittlerer Restfehler (RMS): &lt;b&gt;%1 px&lt;/b&gt;, %2 m am Boden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="232"/>
        <source>Point %1: now click the same place on the map, or type its longitude and latitude in the table.</source>
        <translation>Punkt %1: Klicken Sie jetzt dieselbe Stelle auf der Karte an oder tragen Sie Länge und Breite in die Tabelle ein.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="236"/>
        <source>Click a place on the image you can also find on the map (a road junction, a building corner), then click it on the map. Spread the points over the whole image.</source>
        <translation>Klicken Sie eine Stelle im Bild an, die Sie auch auf der Karte finden (eine Kreuzung, eine Gebäudeecke), dann dieselbe Stelle auf der Karte. Verteilen Sie die Punkte über das ganze Bild.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="239"/>
        <source>Add more points to check the fit: a large residual is a point placed wrongly. Save when the residuals are small.</source>
        <translation>Fügen Sie weitere Punkte hinzu, um die Anpassung zu prüfen: Ein großer Restfehler ist ein falsch gesetzter Punkt. Speichern Sie, wenn die Restfehler klein sind.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="264"/>
        <source>Save the georeferenced image</source>
        <translation>Georeferenziertes Bild speichern</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="265"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/georeferencedialog.cpp" line="271"/>
        <source>Cannot save the georeferenced image</source>
        <translation>Das georeferenzierte Bild kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>sightline::ui::GuideWindow</name>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="12"/>
        <source>Getting started with Sightline</source>
        <translation>Erste Schritte mit Sightline</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/guidewindow.cpp" line="19"/>
        <source>The guide is missing from this build (%1).</source>
        <translation>Die Anleitung fehlt in diesem Build (%1).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>New judgment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="25"/>
        <source>Edit judgment</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="41"/>
        <source>2023-09/2024-12, 2023-10-05, ../2024-12-23</source>
        <translation>2023-09/2024-12, 2023-10-05, ../2024-12-23</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="66"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Feststellung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="67"/>
        <source>&amp;Likelihood:</source>
        <translation>&amp;Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="68"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Vertrauen:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="69"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="73"/>
        <source>&amp;Author:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="74"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="75"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="76"/>
        <source>Rests on &amp;claims:</source>
        <translation>Stützt sich auf &amp;Aussagen:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="92"/>
        <source>not a time</source>
        <translation>keine Zeitangabe</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentdialog.cpp" line="93"/>
        <source>Not a time: write 2023-10-05, 2023-09, 2023-09-07/2023-10-01 or ../2024-12-23</source>
        <translation>Keine Zeitangabe: Schreiben Sie 2023-10-05, 2023-09, 2023-09-07/2023-10-01 oder ../2024-12-23</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="20"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="21"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Add judgment</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="130"/>
        <source>Edit judgment</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmentpanel.cpp" line="145"/>
        <source>Delete judgment &quot;%1&quot;</source>
        <translation>Bewertung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::JudgmentTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="65"/>
        <source>! needs review</source>
        <translation>! zu prüfen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="73"/>
        <source>ICD 203: &quot;%1&quot; (also &quot;%2&quot;) means %3</source>
        <translation>ICD 203: „%1“ (auch „%2“) bedeutet %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="88"/>
        <source>Judgment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="89"/>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="90"/>
        <source>Confidence</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="91"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="92"/>
        <source>Rests on</source>
        <translation>Stützt sich auf</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/judgmenttablemodel.cpp" line="93"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LayerPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="27"/>
        <source>Opacity of the selected layer</source>
        <translation>Deckkraft der ausgewählten Ebene</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="29"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="30"/>
        <source>Draw the selected layer higher</source>
        <translation>Ausgewählte Ebene weiter oben zeichnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="32"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="33"/>
        <source>Draw the selected layer lower</source>
        <translation>Ausgewählte Ebene weiter unten zeichnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="35"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="36"/>
        <source>Remove the selected reference layer</source>
        <translation>Ausgewählte Referenzebene entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="38"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="39"/>
        <source>Zoom to the selected layer</source>
        <translation>Auf die ausgewählte Ebene zoomen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="48"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="136"/>
        <source>Which source this layer draws</source>
        <translation>Welche Quelle diese Ebene zeichnet</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LinkDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="60"/>
        <source>&lt;i&gt;No claim chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Aussage gewählt&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="76"/>
        <source>&amp;Swap direction</source>
        <translation>Richtung &amp;tauschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="77"/>
        <source>&amp;Remove link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="101"/>
        <source>(choose a claim)</source>
        <translation>(Aussage wählen)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="120"/>
        <source>Which claim supports, or depends on, the other</source>
        <translation>Welche Aussage die andere stützt oder auf ihr beruht</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="123"/>
        <source>Why they are linked: what agrees, what does not</source>
        <translation>Warum sie verknüpft sind: was übereinstimmt, was nicht</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="126"/>
        <source>Claim 1</source>
        <translation>Aussage 1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="128"/>
        <source>Claim 2</source>
        <translation>Aussage 2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="133"/>
        <source>R&amp;elation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="142"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Edit link between claims</source>
        <translation>Verknüpfung zwischen Aussagen bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="208"/>
        <source>Link claims</source>
        <translation>Aussagen verknüpfen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="218"/>
        <source>Claim 2 %1 claim 1.</source>
        <translation>Aussage 2 %1 Aussage 1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="219"/>
        <source>Claim 1 %1 claim 2.</source>
        <translation>Aussage 1 %1 Aussage 2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="228"/>
        <source>A claim cannot be linked to itself</source>
        <translation>Eine Aussage kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="246"/>
        <source>Remove link: %1</source>
        <translation>Verknüpfung entfernen: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="253"/>
        <source>Edit link: %1</source>
        <translation>Verknüpfung bearbeiten: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/linkdialog.cpp" line="254"/>
        <source>Link claims: %1</source>
        <translation>Aussagen verknüpfen: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::MeasureTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="133"/>
        <source>Click to start measuring; right click or double click ends</source>
        <translation>Klicken beginnt die Messung; Rechtsklick oder Doppelklick beendet sie</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="136"/>
        <source>%1 ft · %2 mi · %3 nmi</source>
        <translation>%1 ft · %2 mi · %3 sm</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="140"/>
        <source>%1 m · %2 km · %3 nmi</source>
        <translation>%1 m · %2 km · %3 sm</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="147"/>
        <source>area %1 mi² (%2 acres), perimeter </source>
        <translation>Fläche %1 mi² (%2 Acres), Umfang </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/measuretool.cpp" line="152"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>Fläche %1 km² (%2 ha), Umfang </translation>
    </message>
</context>
<context>
    <name>sightline::ui::MergeConflictDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="24"/>
        <source>(none: deleted or not set)</source>
        <translation>(kein Wert: gelöscht oder nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="27"/>
        <source>(a geometry)</source>
        <translation>(eine Geometrie)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="41"/>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="50"/>
        <source>Merge conflicts</source>
        <translation>Zusammenführungskonflikte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="68"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine Fassung behalten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="70"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Andere Fassung behalten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="72"/>
        <source>&amp;Use this value</source>
        <translation>Diesen &amp;Wert verwenden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="76"/>
        <source>Conflict:</source>
        <translation>Konflikt:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="77"/>
        <source>Ancestor:</source>
        <translation>Gemeinsamer Ursprung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="78"/>
        <source>Mine:</source>
        <translation>Meine Fassung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="79"/>
        <source>Theirs:</source>
        <translation>Andere Fassung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="80"/>
        <source>Edited:</source>
        <translation>Bearbeiteter Wert:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="138"/>
        <source>No unresolved conflicts.</source>
        <translation>Keine ungelösten Konflikte.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="169"/>
        <source>Keep mine in a merge conflict</source>
        <translation>In einem Zusammenführungskonflikt meine Fassung behalten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="174"/>
        <source>Keep theirs in a merge conflict</source>
        <translation>In einem Zusammenführungskonflikt die andere Fassung behalten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="186"/>
        <source>Not a value: type a number, true, false or null.</source>
        <translation>Kein gültiger Wert: Geben Sie eine Zahl, true, false oder null ein.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/mergeconflictdialog.cpp" line="191"/>
        <source>Edit a merge conflict&apos;s value</source>
        <translation>Wert eines Zusammenführungskonflikts bearbeiten</translation>
    </message>
</context>
<context>
    <name>sightline::ui::NewProjectDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="18"/>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="83"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="21"/>
        <source>Where the project file goes (.gpkg)</source>
        <translation>Wo die Projektdatei abgelegt wird (.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="23"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="27"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="29"/>
        <source>The file&apos;s name</source>
        <translation>Der Name der Datei</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="30"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="34"/>
        <source>&amp;Grading:</source>
        <translation>&amp;Bewertungsschema:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="36"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="39"/>
        <source>&amp;Marking:</source>
        <translation>&amp;Kennzeichnung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="47"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="84"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="95"/>
        <source>%1 already exists; a new project is never written over a file.</source>
        <translation>%1 existiert bereits; ein neues Projekt überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/newprojectdialog.cpp" line="99"/>
        <source>No handling marking: briefs and exports carry none.</source>
        <translation>Keine Weitergabekennzeichnung: Berichte und Exporte tragen keine.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindForm</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Edit object kind</source>
        <translation>Objektart bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="40"/>
        <source>Add object kind</source>
        <translation>Objektart hinzufügen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="43"/>
        <source>Fuel wagon</source>
        <translation>Kesselwagen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="46"/>
        <source>How files and the command line name the kind: lower-case words joined by underscores</source>
        <translation>Wie Dateien und die Kommandozeile die Objektart nennen: kleingeschriebene Wörter, durch Unterstriche verbunden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="52"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="53"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="55"/>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="73"/>
        <source>Colour of the kind</source>
        <translation>Farbe der Objektart</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="98"/>
        <source>The kind needs a name.</source>
        <translation>Die Objektart braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="100"/>
        <source>The key is not sound: use lower-case words joined by underscores, such as “fuel_wagon”.</source>
        <translation>Der Schlüssel ist ungültig: Verwenden Sie kleingeschriebene Wörter, durch Unterstriche verbunden, etwa „fuel_wagon“.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>“%1” is a built-in kind.</source>
        <translation>„%1“ ist eine eingebaute Objektart.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="102"/>
        <source>The project has a kind “%1”.</source>
        <translation>Das Projekt hat bereits eine Objektart „%1“.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ObjectKindsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="111"/>
        <source>Object kinds</source>
        <translation>Objektarten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Kind</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="113"/>
        <source>Annotations</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="121"/>
        <source>&amp;Add kind…</source>
        <translation>Objektart &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="122"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="130"/>
        <source>Built-in kinds are shared by every project; kinds of this project&apos;s own can be added, renamed and recoloured.</source>
        <translation>Eingebaute Objektarten gelten in jedem Projekt; eigene Objektarten dieses Projekts lassen sich hinzufügen, umbenennen und umfärben.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="169"/>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Edit kind %1</source>
        <translation>Objektart %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="187"/>
        <source>Add kind %1</source>
        <translation>Objektart %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/objectkindsdialog.cpp" line="189"/>
        <source>Cannot save the kind</source>
        <translation>Die Objektart kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OfflineAreaDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="23"/>
        <source>Make this area available offline</source>
        <translation>Dieses Gebiet offline verfügbar machen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="31"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="32"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="38"/>
        <source>From zoom</source>
        <translation>Von Zoomstufe</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="39"/>
        <source>To zoom</source>
        <translation>Bis Zoomstufe</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="43"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="65"/>
        <source>%1 tiles: more than the %2 a download may ask of a service. Choose fewer zoom levels or a smaller area.</source>
        <translation>Kacheln: %1 – mehr als die %2, die ein Download bei einem Dienst anfordern darf. Wählen Sie weniger Zoomstufen oder ein kleineres Gebiet.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="69"/>
        <source>%1 tiles, at most %2 a second.</source>
        <translation>Kacheln: %1, höchstens %2 pro Sekunde.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="100"/>
        <source>Cancelled after %1 tiles.</source>
        <translation>Abgebrochen. Bereits geladene Kacheln: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="101"/>
        <source>%1 tiles kept for offline use.</source>
        <translation>Für die Offline-Nutzung gespeicherte Kacheln: %1.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/offlineareadialog.cpp" line="107"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::OverviewBar</name>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Build overviews</source>
        <translation>Übersichten erstellen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="15"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="81"/>
        <source>%1 has no overviews: it draws slowly when zoomed out</source>
        <translation>%1 hat keine Übersichten: Herausgezoomt wird es langsam gezeichnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="82"/>
        <source>%n image(s) have no overviews: they draw slowly when zoomed out</source>
        <translation>
            <numerusform>%n Bild hat keine Übersichten: Herausgezoomt wird es langsam gezeichnet</numerusform>
            <numerusform>%n Bilder haben keine Übersichten: Herausgezoomt werden sie langsam gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="130"/>
        <source>Building overviews of %1 (%2 of %3)</source>
        <translation>Übersichten von %1 werden erstellt (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/overviewbar.cpp" line="131"/>
        <source>Building overviews of %1</source>
        <translation>Übersichten von %1 werden erstellt</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PathAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="318"/>
        <source>Click the outline&apos;s corners around %1; double-click or Enter ends it</source>
        <translation>Die Ecken des Umrisses um %1 anklicken; Doppelklick oder Eingabetaste beendet ihn</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="320"/>
        <source>Click the line&apos;s points; double-click or Enter ends it</source>
        <translation>Die Punkte der Linie anklicken; Doppelklick oder Eingabetaste beendet sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="321"/>
        <source>%n point(s); double-click or Enter ends, Backspace takes the last back, Escape drops it</source>
        <translation>
            <numerusform>%n Punkt; Doppelklick oder Eingabetaste beendet, Rücktaste nimmt den letzten zurück, Esc verwirft alles</numerusform>
            <numerusform>%n Punkte; Doppelklick oder Eingabetaste beendet, Rücktaste nimmt den letzten zurück, Esc verwirft alles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::PointAnnotationTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/annotationtool.cpp" line="112"/>
        <source>Counting (%1): click each one; Backspace takes the last back</source>
        <extracomment>%1: the kind being counted, &quot;railcar&quot;</extracomment>
        <translation>Zählen (%1): jedes einzeln anklicken; Rücktaste nimmt den letzten Punkt zurück</translation>
    </message>
</context>
<context>
    <name>sightline::ui::Preferences</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferences.cpp" line="37"/>
        <source>The settings file %1 could not be read, so Sightline starts with its default settings. The unreadable file is kept as %2.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; Sightline startet daher mit den Standardeinstellungen. Die unlesbare Datei wird als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::PreferencesDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="24"/>
        <source>Written as the author of every record and custody entry you make.</source>
        <translation>Wird als Autor jedes Datensatzes und jedes Eintrags der Beweiskette eingetragen, den Sie anlegen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="25"/>
        <source>&amp;Analyst&apos;s name:</source>
        <translation>Name des &amp;Analysten:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="28"/>
        <source>The map&apos;s CRS when a project opens: EPSG:3857, EPSG:4326, EPSG:32652, ...</source>
        <translation>Das Koordinatensystem der Karte beim Öffnen eines Projekts: EPSG:3857, EPSG:4326, EPSG:32652, ...</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="29"/>
        <source>Default &amp;CRS:</source>
        <translation>Standard-&amp;Koordinatensystem:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="35"/>
        <source>Decimal degrees (42.42170, 130.60260)</source>
        <translation>Dezimalgrad (42.42170, 130.60260)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="36"/>
        <source>Degrees, minutes, seconds (42°25′18.1″N)</source>
        <translation>Grad, Minuten, Sekunden (42°25′18.1″N)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="37"/>
        <source>MGRS (52TGN 08553 96738)</source>
        <translation>MGRS (52TGN 08553 96738)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="39"/>
        <source>C&amp;oordinates:</source>
        <translation>K&amp;oordinaten:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="42"/>
        <source>Metric (m, km)</source>
        <translation>Metrisch (m, km)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="43"/>
        <source>Imperial (ft, mi)</source>
        <translation>Angloamerikanisch (ft, mi)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="45"/>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="49"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="51"/>
        <source>&amp;Tile cache:</source>
        <translation>Kachel-&amp;Cache:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="53"/>
        <source>Fetch basemap tiles from the &amp;network</source>
        <translation>Kacheln der Grundkarte aus dem &amp;Netz laden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="58"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="62"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="68"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="72"/>
        <source>New projects&apos; &amp;marking:</source>
        <translation>Kennzeichnung neuer &amp;Projekte:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/preferencesdialog.cpp" line="112"/>
        <source>The language changes when Sightline starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Sightline.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ReviewView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="146"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="32"/>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="42"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="148"/>
        <source>Could not mark the record reviewed: %1</source>
        <translation>Der Eintrag konnte nicht als geprüft markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneChoice</name>
    <message>
        <location filename="../libs/core/sightline/core/scene.cpp" line="124"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneDetailsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="43"/>
        <source>Maxar, Airbus, Planet …</source>
        <translation>Maxar, Airbus, Planet …</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="44"/>
        <source>2023-10-05T02:14Z</source>
        <translation>2023-10-05T02:14Z</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="45"/>
        <source>empty for an instant</source>
        <translation>leer für einen Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="46"/>
        <source>WorldView-3, Pléiades Neo …</source>
        <translation>WorldView-3, Pléiades Neo …</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="47"/>
        <source>degrees, 0–90</source>
        <translation>Grad, 0–90</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="48"/>
        <source>per cent, 0–100</source>
        <translation>Prozent, 0–100</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="51"/>
        <source>Details of %1</source>
        <translation>Details von %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="63"/>
        <source>A time, a day, a month or a year (2023-10-05T02:14Z, 2023-10-05, 2023-10); &quot;..&quot; for an open start</source>
        <translation>Eine Uhrzeit, ein Tag, ein Monat oder ein Jahr (2023-10-05T02:14Z, 2023-10-05, 2023-10); „..“ für einen offenen Beginn</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="65"/>
        <source>The end of the range the provider gives; empty for one instant, &quot;..&quot; for an open end</source>
        <translation>Das Ende des vom Anbieter genannten Zeitraums; leer für einen Zeitpunkt, „..“ für ein offenes Ende</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="77"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="78"/>
        <source>Provider&apos;s scene id</source>
        <translation>Szenen-ID des Anbieters</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="79"/>
        <source>Acquired (start or instant)</source>
        <translation>Aufgenommen (Beginn oder Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="80"/>
        <source>Acquired until (end of range)</source>
        <translation>Aufgenommen bis (Ende des Zeitraums)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="81"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="82"/>
        <source>Off-nadir angle (°)</source>
        <translation>Off-Nadir-Winkel (°)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="83"/>
        <source>Cloud cover (%)</source>
        <translation>Bewölkung (%)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="84"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="85"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="123"/>
        <source>Give the start, or &quot;..&quot; when only the end is known</source>
        <translation>Geben Sie den Beginn an, oder „..“, wenn nur das Ende bekannt ist</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="130"/>
        <source>The end of the range must come after its start</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="136"/>
        <source>Not a time: %1</source>
        <translation>Keine Zeitangabe: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="160"/>
        <source>An angle from 0 to 90 degrees, or empty when unknown</source>
        <translation>Ein Winkel von 0 bis 90 Grad, oder leer, wenn unbekannt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedetailsdialog.cpp" line="162"/>
        <source>A percentage from 0 to 100, or empty when unknown</source>
        <translation>Ein Prozentwert von 0 bis 100, oder leer, wenn unbekannt</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SceneDisplayDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="42"/>
        <source>Display of %1</source>
        <translation>Darstellung von %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="46"/>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="50"/>
        <source>Automatic (8-bit as it is, others 2–98 %)</source>
        <translation>Automatisch (8 Bit unverändert, sonst 2–98 %)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="51"/>
        <source>None (the pixel type&apos;s range)</source>
        <translation>Keine (Wertebereich des Pixeltyps)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="52"/>
        <source>Darkest to brightest value</source>
        <translation>Dunkelster bis hellster Wert</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="53"/>
        <source>Percentiles</source>
        <translation>Perzentile</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="54"/>
        <source>Fixed values</source>
        <translation>Feste Werte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="58"/>
        <source>Bands (red, green, blue)</source>
        <translation>Kanäle (Rot, Grün, Blau)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="59"/>
        <source>Stretch</source>
        <translation>Streckung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="60"/>
        <source>Percentiles (low, high)</source>
        <translation>Perzentile (unten, oben)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="61"/>
        <source>Lowest values (red, green, blue)</source>
        <translation>Niedrigste Werte (Rot, Grün, Blau)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="62"/>
        <source>Highest values (red, green, blue)</source>
        <translation>Höchste Werte (Rot, Grün, Blau)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="63"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="64"/>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="65"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/scenedisplaydialog.cpp" line="66"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SearchPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="26"/>
        <source>Search sources, claims, sites, events, captures</source>
        <translation>Quellen, Aussagen, Orte, Ereignisse, Archivkopien durchsuchen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="29"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="72"/>
        <source>Cannot search for this: %1</source>
        <translation>Danach kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="80"/>
        <source>%1 (captured text)</source>
        <translation>%1 (archivierter Text)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="87"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="88"/>
        <source>The first %1 hits.</source>
        <translation>Die ersten %1 Treffer.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SelectAnnotationsTool</name>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="259"/>
        <source>Move %n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung verschieben</numerusform>
            <numerusform>%n Markierungen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="339"/>
        <source>Click an annotation to select it, or drag a band around several (Shift adds)</source>
        <translation>Eine Markierung anklicken, um sie zu wählen, oder einen Rahmen um mehrere aufziehen (Umschalt fügt hinzu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/selectannotationstool.cpp" line="340"/>
        <source>%n annotation(s) selected: drag to move, drag a corner to reshape or the round handle to turn, double-click for details, Delete removes</source>
        <translation>
            <numerusform>%n Markierung gewählt: Ziehen verschiebt, Ziehen an einer Ecke formt um, am runden Griff dreht, Doppelklick zeigt Details, Entf entfernt</numerusform>
            <numerusform>%n Markierungen gewählt: Ziehen verschiebt, Ziehen an einer Ecke formt um, am runden Griff dreht, Doppelklick zeigt Details, Entf entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::SeriesView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="27"/>
        <source>Site:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="29"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="31"/>
        <source>Baseline to:</source>
        <translation>Basiszeitraum bis:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="33"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="34"/>
        <source>The values from the series&apos; start to this date make the baseline (median and maximum); newer values above its maximum are flagged.</source>
        <translation>Die Werte vom Beginn der Zeitreihe bis zu diesem Datum bilden den Basiszeitraum (Median und Maximum); neuere Werte über seinem Maximum werden markiert.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="132"/>
        <source>Baseline to &quot;%1&quot; is not a date (%2)</source>
        <translation>Basiszeitraum bis &quot;%1&quot; ist kein Datum (%2)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="136"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/seriesview.cpp" line="177"/>
        <source>No counts or reported figures of this kind at this site yet: count on a scene, or record a claim&apos;s figure as an observation</source>
        <translation>An diesem Ort gibt es noch keine Zählungen oder gemeldeten Zahlen dieser Art: Zählen Sie auf einer Szene, oder erfassen Sie die Zahl einer Aussage als Beobachtung</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ShortcutsDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/shortcutsdialog.cpp" line="44"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>New site</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="21"/>
        <source>Edit site</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="27"/>
        <source>ISO code, e.g. KP</source>
        <translation>ISO-Code, z. B. KP</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="34"/>
        <source>Where the position comes from, and how precise it is</source>
        <translation>Woher die Position stammt und wie genau sie ist</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="37"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="38"/>
        <source>Aliases</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="39"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="40"/>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="41"/>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="42"/>
        <source>Position source</source>
        <translation>Herkunft der Position</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="54"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteEditor</name>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="27"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="39"/>
        <source>placed on the map by %1</source>
        <translation>von %1 auf der Karte gesetzt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="44"/>
        <source>Add site %1</source>
        <translation>Ort %1 anlegen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="55"/>
        <source>Edit site %1</source>
        <translation>Ort %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="64"/>
        <source>Move site %1</source>
        <translation>Ort %1 verschieben</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/siteeditor.cpp" line="74"/>
        <source>Delete site %1</source>
        <translation>Ort %1 löschen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SitePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="23"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="24"/>
        <source>Zoom to</source>
        <translation>Hinzoomen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="29"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitepanel.cpp" line="30"/>
        <source>Add a site in the middle of the map (or click on the map with the edit-sites tool)</source>
        <translation>Einen Ort in der Kartenmitte anlegen (oder mit dem Werkzeug zum Bearbeiten von Orten in die Karte klicken)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteScenesPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="24"/>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="29"/>
        <source>Double-click a scene to compare it with the one before it</source>
        <translation>Doppelklick auf eine Szene vergleicht sie mit der vorherigen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="82"/>
        <source>Select a site to list the scenes that cover it.</source>
        <translation>Wählen Sie einen Ort, um die Szenen aufzulisten, die ihn abdecken.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="84"/>
        <source>No scene covers %1.</source>
        <translation>Keine Szene deckt %1 ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="86"/>
        <source>%n scene(s) cover %1, oldest first:</source>
        <translation>
            <numerusform>%n Szene deckt %1 ab, älteste zuerst:</numerusform>
            <numerusform>%n Szenen decken %1 ab, älteste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="90"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="91"/>
        <source>%1 local time, zone unknown</source>
        <translation>%1 Ortszeit, Zeitzone unbekannt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitescenespanel.cpp" line="95"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="30"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="40"/>
        <source>%1: how reliable the source has been, judged apart from this piece of information</source>
        <translation>%1: wie zuverlässig die Quelle bisher war, unabhängig von dieser Information beurteilt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="42"/>
        <source>Separated by semicolons</source>
        <translation>Durch Semikolons getrennt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="45"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="54"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="55"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="56"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="57"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="58"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="78"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="59"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="78"/>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="60"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="61"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="62"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="77"/>
        <source>A source needs a title or a publisher.</source>
        <translation>Eine Quelle braucht einen Titel oder einen Herausgeber.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="80"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourcePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="44"/>
        <source>Search sources</source>
        <translation>Quellen durchsuchen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="78"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="79"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="80"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="81"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="82"/>
        <source>Store a file (PDF, web page, image, any file) in the project as a capture of this source</source>
        <translation>Eine Datei (PDF, Webseite, Bild, jede Datei) als Archivkopie dieser Quelle im Projekt speichern</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="83"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="84"/>
        <source>Export capture…</source>
        <translation>Archivkopie exportieren…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="85"/>
        <source>Write the capture&apos;s stored bytes to a file; the custody log records the export</source>
        <translation>Die gespeicherten Bytes der Archivkopie in eine Datei schreiben; die Beweiskette verzeichnet den Export</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="233"/>
        <source>Captures: choose a source above</source>
        <translation>Archivkopien: Wählen Sie oben eine Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="242"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="245"/>
        <source>captured %1 by %2</source>
        <translation>archiviert am %1 von %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="249"/>
        <source>Media type: %1
SHA-256: %2
Size: %3 bytes
Original URL: %4</source>
        <translation>Medientyp: %1
SHA-256: %2
Größe: %3 Byte
Ursprüngliche URL: %4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="252"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="255"/>
        <source>Captures of %1: %2</source>
        <translation>Archivkopien von %1: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="267"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="284"/>
        <source>Add source %1</source>
        <translation>Quelle %1 anlegen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="300"/>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="318"/>
        <source>“%1” still has %2 claims, %3 captures and %4 links or attributions. Delete or move them first.</source>
        <translation>„%1“ hat noch %2 Aussagen, %3 Archivkopien und %4 Verknüpfungen oder Zuschreibungen. Löschen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="331"/>
        <source>Cannot delete source</source>
        <translation>Quelle kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="335"/>
        <source>Delete source %1</source>
        <translation>Quelle %1 löschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="352"/>
        <source>Attach a capture</source>
        <translation>Archivkopie anhängen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="353"/>
        <source>Captures (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Archivkopien (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="367"/>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="77"/>
        <source>Grading history:</source>
        <translation>Verlauf der Bewertung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="79"/>
        <source>%1 on %2 by %3</source>
        <translation>%1 am %2 von %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="87"/>
        <source>no changes recorded</source>
        <translation>keine Änderungen verzeichnet</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="110"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Captures</source>
        <translation>Archivkopien</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="111"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="112"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>sightline::ui::StartPage</name>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>Open the &amp;demo case</source>
        <translation>&amp;Demo-Fall öffnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="14"/>
        <source>&amp;Open a project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="15"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="18"/>
        <source>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Open a project to begin, or try the demo case.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Sightline&lt;/h1&gt;&lt;p&gt;Öffnen Sie ein Projekt, um zu beginnen, oder probieren Sie den Demo-Fall aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="25"/>
        <source>No recent projects.</source>
        <translation>Keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="26"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="52"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/startpage.cpp" line="53"/>
        <source>%1 — missing (%2)</source>
        <translation>%1 — fehlt (%2)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TallyPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>Object kind</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>On the scene</source>
        <translation>In der Szene</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="17"/>
        <source>At the site</source>
        <translation>Am Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="56"/>
        <source>Count on a scene: select one, or click inside one with the point tool</source>
        <translation>Auf einer Szene zählen: eine wählen oder mit dem Punktwerkzeug in eine hineinklicken</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="57"/>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/tallypanel.cpp" line="58"/>
        <source>Scene %1 at %2</source>
        <translation>Szene %1 bei %2</translation>
    </message>
</context>
<context>
    <name>sightline::ui::TimelineView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="72"/>
        <source>Lanes by site</source>
        <translation>Bahnen nach Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="73"/>
        <source>Lanes by source</source>
        <translation>Bahnen nach Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="74"/>
        <source>Lanes by kind</source>
        <translation>Bahnen nach Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 day</source>
        <translation>Schritt: 1 Tag</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="80"/>
        <source>Step: 1 week</source>
        <translation>Schritt: 1 Woche</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 month</source>
        <translation>Schritt: 1 Monat</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="81"/>
        <source>Step: 1 year</source>
        <translation>Schritt: 1 Jahr</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="87"/>
        <source>Step the time window back (Left)</source>
        <translation>Zeitfenster zurückschieben (Links)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="90"/>
        <source>Play or pause: step the window forward (Space)</source>
        <translation>Abspielen oder anhalten: Zeitfenster schrittweise vorschieben (Leertaste)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="92"/>
        <source>Step the time window forward (Right)</source>
        <translation>Zeitfenster vorschieben (Rechts)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="96"/>
        <source>From (2023-10-05)</source>
        <translation>Von (2023-10-05)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="97"/>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="103"/>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="106"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="107"/>
        <source>Clear the time window: the map shows everything (Esc)</source>
        <translation>Zeitfenster aufheben: Die Karte zeigt alles (Esc)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="111"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="112"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="113"/>
        <source>The zone the axis is read in; a date without a time covers its own day in either</source>
        <translation>Die Zeitzone, in der die Achse gelesen wird; ein Datum ohne Uhrzeit umfasst in beiden seinen ganzen Tag</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="119"/>
        <source>New event…</source>
        <translation>Neues Ereignis…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="131"/>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/timelineview.cpp" line="316"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ZoomBoxTool</name>
    <message>
        <location filename="../libs/ui/sightline/ui/zoomboxtool.cpp" line="59"/>
        <source>Drag a box to zoom to it</source>
        <translation>Ein Rechteck aufziehen, um darauf zu zoomen</translation>
    </message>
</context>
</TS>
