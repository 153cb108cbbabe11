<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="77"/>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="80"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="85"/>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="90"/>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="97"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="108"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="126"/>
        <source>Capture: %1</source>
        <translation>Archivkopie: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="131"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="135"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="160"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="161"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="163"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="166"/>
        <source>Save a copy of the project</source>
        <translation>Kopie des Projekts speichern</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="172"/>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="174"/>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="177"/>
        <source>Add &amp;vector layer…</source>
        <translation>&amp;Vektorebene hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="180"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="181"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="182"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="184"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="189"/>
        <source>&amp;Delete selected site</source>
        <translation>Ausgewählten Ort &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="191"/>
        <source>&amp;Grading scheme</source>
        <translation>&amp;Bewertungsschema</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="202"/>
        <source>Grading scheme: %1</source>
        <translation>Bewertungsschema: %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="204"/>
        <source>Grading scheme</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="218"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="225"/>
        <source>Zoom to &amp;all sites</source>
        <translation>&amp;Alle Orte zeigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="229"/>
        <source>Zoom to &amp;selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="237"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="240"/>
        <source>Map &amp;CRS</source>
        <translation>&amp;Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="241"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="242"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 Länge/Breite (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="243"/>
        <source>Local UTM zone</source>
        <translation>Lokale UTM-Zone</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="247"/>
        <source>Other EPSG code…</source>
        <translation>Anderer EPSG-Code…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="249"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="256"/>
        <source>&amp;Pan and identify</source>
        <translation>&amp;Verschieben und abfragen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="257"/>
        <source>Measure &amp;distance</source>
        <translation>&amp;Strecke messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="258"/>
        <source>Measure &amp;area</source>
        <translation>&amp;Fläche messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="259"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>&amp;Orte anlegen, bearbeiten, verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="331"/>
        <source>Add vector layer</source>
        <translation>Vektorebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="332"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>Vektordateien (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="344"/>
        <source>Cannot add layer</source>
        <translation>Ebene kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="396"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="416"/>
        <source>Cannot use this CRS</source>
        <translation>Dieses Koordinatensystem ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="422"/>
        <source>Map CRS</source>
        <translation>Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="422"/>
        <source>EPSG code (for example 32652):</source>
        <translation>EPSG-Code (zum Beispiel 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="468"/>
        <source>%1 m · %2 km · %3 nmi</source>
        <translation>%1 m · %2 km · %3 sm</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="473"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>Fläche %1 km² (%2 ha), Umfang </translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="508"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="519"/>
        <source>placed on the map by %1</source>
        <translation>von %1 auf der Karte gesetzt</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="524"/>
        <source>Edit site %1</source>
        <translation>Ort %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="525"/>
        <source>Add site %1</source>
        <translation>Ort %1 anlegen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="535"/>
        <source>Move site %1</source>
        <translation>Ort %1 verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="547"/>
        <source>Delete site %1</source>
        <translation>Ort %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="564"/>
        <source>&amp;Add bookmark…</source>
        <translation>Lesezeichen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="573"/>
        <source>Cannot show bookmark</source>
        <translation>Lesezeichen kann nicht gezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="583"/>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="583"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="593"/>
        <source>Add bookmark %1</source>
        <translation>Lesezeichen %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="679"/>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="399"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="71"/>
        <location filename="../app/sightline/mainwindow.cpp" line="126"/>
        <source>Capture</source>
        <translation>Archivkopie</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="407"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="167"/>
        <location filename="../app/sightline/mainwindow.cpp" line="407"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="22"/>
        <source>&amp;Imagery</source>
        <translation>&amp;Bildmaterial</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="23"/>
        <source>&amp;Import images…</source>
        <translation>Bilder &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="24"/>
        <source>&amp;Display of the selected scene…</source>
        <translation>&amp;Darstellung der gewählten Szene…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="26"/>
        <source>&amp;Find moved image files…</source>
        <translation>Verschobene Bilddateien &amp;finden…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="28"/>
        <source>&amp;Swipe: the map without imagery left of a line</source>
        <translation>&amp;Wischen: die Karte ohne Bildmaterial links einer Linie</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="39"/>
        <source>Import images</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="40"/>
        <source>Images (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;All files (*)</source>
        <translation>Bilder (*.tif *.tiff *.jp2 *.ntf *.nitf *.png *.jpg *.jpeg *.vrt *.img);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="44"/>
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>%n Bild importieren</numerusform>
            <numerusform>%n Bilder importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="49"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="56"/>
        <source>Some images were not imported</source>
        <translation>Einige Bilder wurden nicht importiert</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="66"/>
        <source>Select a scene first: click inside its footprint</source>
        <translation>Zuerst eine Szene wählen: in ihre Abdeckung klicken</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="75"/>
        <source>Display of %1</source>
        <translation>Darstellung von %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="82"/>
        <source>Folder with the moved image files</source>
        <translation>Ordner mit den verschobenen Bilddateien</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="87"/>
        <source>Find moved image files</source>
        <translation>Verschobene Bilddateien finden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="89"/>
        <source>Find %1</source>
        <translation>%1 finden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="91"/>
        <source>Found %n moved image file(s)</source>
        <translation>
            <numerusform>%n verschobene Bilddatei gefunden</numerusform>
            <numerusform>%n verschobene Bilddateien gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow_imagery.cpp" line="93"/>
        <source>Cannot search the folder</source>
        <translation>Der Ordner kann nicht durchsucht werden</translation>
    </message>
</context>
<context>
    <name>RecordTitle</name>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="12"/>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="13"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="14"/>
        <source>Capture</source>
        <translation>Archivkopie</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="15"/>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="16"/>
        <source>Scene</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="17"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="18"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="19"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="20"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/recordtitle.cpp" line="21"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::CaptureView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="28"/>
        <source>its content could not be read back</source>
        <translation>ihr Inhalt konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="29"/>
        <source>it is not a valid PDF (damaged or another kind of file)</source>
        <translation>sie ist kein gültiges PDF (beschädigt oder eine andere Art Datei)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="30"/>
        <source>it is protected by a password</source>
        <translation>sie ist mit einem Passwort geschützt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="31"/>
        <source>its encryption is not supported</source>
        <translation>ihre Verschlüsselung wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="32"/>
        <source>the PDF reader could not open it</source>
        <translation>der PDF-Leser konnte sie nicht öffnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="44"/>
        <source>&amp;Claim from selection</source>
        <translation>&amp;Aussage aus Auswahl</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="50"/>
        <source>Make a new claim that quotes the selected text, with its page or paragraph (%1)</source>
        <translation>Eine neue Aussage anlegen, die den ausgewählten Text mit Seite oder Absatz zitiert (%1)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="56"/>
        <source>Show HTML source</source>
        <translation>HTML-Quelltext zeigen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="131"/>
        <source>Choose a capture of a source and open it to read it here.</source>
        <translation>Wählen Sie eine Archivkopie einer Quelle und öffnen Sie sie, um sie hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="145"/>
        <source>Custody: no entries</source>
        <translation>Beweiskette: keine Einträge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="151"/>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="157"/>
        <source>Custody: %1 (%2 in the log)</source>
        <translation>Beweiskette: %1 (%2 im Protokoll)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="184"/>
        <source>This capture is no longer in the project.</source>
        <translation>Diese Archivkopie ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="189"/>
        <source>capture %1</source>
        <translation>Archivkopie %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="197"/>
        <source>Cannot read capture “%1”: %2</source>
        <translation>Archivkopie „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="207"/>
        <source>captured %1 by %2</source>
        <translation>archiviert am %1 von %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="212"/>
        <source>The content does not match its SHA-256: it has changed since it was captured.</source>
        <translation>Der Inhalt passt nicht zu seinem SHA-256: Er wurde seit der Archivierung verändert.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="214"/>
        <source>SHA-256: %1
Original URL: %2</source>
        <translation>SHA-256: %1
Ursprüngliche URL: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="216"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="232"/>
        <source>Cannot show capture “%1”: it is not an image this program can read.</source>
        <translation>Archivkopie „%1“ kann nicht gezeigt werden: Sie ist kein Bild, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="239"/>
        <source>Capture “%1” is of a kind this program does not show (%2). It is kept in the project with its hash; export it to open it elsewhere.</source>
        <translation>Archivkopie „%1“ ist von einer Art, die dieses Programm nicht zeigt (%2). Sie bleibt mit ihrem Hash im Projekt; exportieren Sie sie, um sie anderswo zu öffnen.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="254"/>
        <source>Cannot show capture “%1”: no temporary file for it (%2).</source>
        <translation>Archivkopie „%1“ kann nicht gezeigt werden: keine temporäre Datei dafür (%2).</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="258"/>
        <source>Cannot show capture “%1” as a PDF: %2.</source>
        <translation>Archivkopie „%1“ kann nicht als PDF gezeigt werden: %2.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="259"/>
        <source>it has no pages</source>
        <translation>sie hat keine Seiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="297"/>
        <source>Claim from %1, %2</source>
        <translation>Aussage aus %1, %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/captureview.cpp" line="300"/>
        <source>Cannot make this claim</source>
        <translation>Diese Aussage kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimLedger</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="16"/>
        <source>Show all claims</source>
        <translation>Alle Aussagen zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="90"/>
        <source>%n claim(s) of %1</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../libs/ui/sightline/ui/claimledger.cpp" line="91"/>
        <source>All %n claim(s)</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="10"/>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="11"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="12"/>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="13"/>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="14"/>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="32"/>
        <source>to the year</source>
        <translation>auf das Jahr genau</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="33"/>
        <source>to the month</source>
        <translation>auf den Monat genau</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="34"/>
        <source>to the day</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="35"/>
        <source>to the minute</source>
        <translation>auf die Minute genau</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="36"/>
        <source>to the second</source>
        <translation>auf die Sekunde genau</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="122"/>
        <source>%1
citing %2</source>
        <translation>%1
nach %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="131"/>
        <source>Source %1 (%2); information %3 (%4)</source>
        <translation>Quelle %1 (%2); Information %3 (%4)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="137"/>
        <source>No time given</source>
        <translation>Keine Zeitangabe</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="138"/>
        <source>%1, %2
earliest %3
latest %4</source>
        <translation>%1, %2
frühestens %3
spätestens %4</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="140"/>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="141"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="145"/>
        <source>%1
unit: %2; object kind: %3</source>
        <translation>%1
Einheit: %2; Objektart: %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="160"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="160"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="160"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="161"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="161"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="161"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="162"/>
        <source>Locator</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ConflictsView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="30"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="30"/>
        <source>Site</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="30"/>
        <source>Claim A</source>
        <translation>Aussage A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="30"/>
        <source>Date A</source>
        <translation>Datum A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="30"/>
        <source>Grade A</source>
        <translation>Bewertung A</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="31"/>
        <source>Claim B</source>
        <translation>Aussage B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="31"/>
        <source>Date B</source>
        <translation>Datum B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="31"/>
        <source>Grade B</source>
        <translation>Bewertung B</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="31"/>
        <source>Why they conflict</source>
        <translation>Warum sie sich widersprechen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="76"/>
        <source>the figures cannot both be true</source>
        <translation>die Zahlen können nicht beide stimmen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/conflictsview.cpp" line="78"/>
        <source>linked as contradicting</source>
        <translation>als widersprüchlich verknüpft</translation>
    </message>
</context>
<context>
    <name>sightline::ui::LayerPanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="25"/>
        <source>Opacity of the selected layer</source>
        <translation>Deckkraft der ausgewählten Ebene</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="27"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="28"/>
        <source>Draw the selected layer higher</source>
        <translation>Ausgewählte Ebene weiter oben zeichnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="30"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="31"/>
        <source>Draw the selected layer lower</source>
        <translation>Ausgewählte Ebene weiter unten zeichnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="33"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="34"/>
        <source>Remove the selected reference layer</source>
        <translation>Ausgewählte Referenzebene entfernen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="36"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="37"/>
        <source>Zoom to the selected layer</source>
        <translation>Auf die ausgewählte Ebene zoomen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/layerpanel.cpp" line="46"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
</context>
<context>
    <name>sightline::ui::MapLayerSet</name>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="63"/>
        <source>Basemap (Natural Earth)</source>
        <translation>Grundkarte (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="64"/>
        <source>Imagery</source>
        <translation>Bildmaterial</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="65"/>
        <source>Imagery footprints</source>
        <translation>Bildabdeckungen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="66"/>
        <source>Areas of interest</source>
        <translation>Interessengebiete</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="67"/>
        <source>Annotations</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="68"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="69"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/maplayerset.cpp" line="70"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ReviewView</name>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="26"/>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="113"/>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="29"/>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="36"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/reviewview.cpp" line="115"/>
        <source>Could not mark the record reviewed: %1</source>
        <translation>Der Eintrag konnte nicht als geprüft markiert werden: %1</translation>
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
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="25"/>
        <source>Search sources, claims, sites, events, captures</source>
        <translation>Quellen, Aussagen, Orte, Ereignisse, Archivkopien durchsuchen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="28"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="28"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="66"/>
        <source>Cannot search for this: %1</source>
        <translation>Danach kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="74"/>
        <source>%1 (captured text)</source>
        <translation>%1 (archivierter Text)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="81"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/searchpanel.cpp" line="82"/>
        <source>The first %1 hits.</source>
        <translation>Die ersten %1 Treffer.</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SiteDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="18"/>
        <source>New site</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="18"/>
        <source>Edit site</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="23"/>
        <source>ISO code, e.g. KP</source>
        <translation>ISO-Code, z. B. KP</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="30"/>
        <source>Where the position comes from, and how precise it is</source>
        <translation>Woher die Position stammt und wie genau sie ist</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="33"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="34"/>
        <source>Aliases</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="35"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="36"/>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="37"/>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="38"/>
        <source>Position source</source>
        <translation>Herkunft der Position</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sitedialog.cpp" line="39"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceDialog</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="29"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="29"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="36"/>
        <source>Admiralty scale: how reliable the source has been, judged apart from this piece of information</source>
        <translation>Admiralty-Skala: wie zuverlässig die Quelle bisher war, unabhängig von dieser einzelnen Information beurteilt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="38"/>
        <source>Separated by semicolons</source>
        <translation>Durch Semikolons getrennt</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="41"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="50"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="51"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="52"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="53"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="54"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="74"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="55"/>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="74"/>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="56"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="57"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="58"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="73"/>
        <source>A source needs a title or a publisher.</source>
        <translation>Eine Quelle braucht einen Titel oder einen Herausgeber.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcedialog.cpp" line="76"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourcePanel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="35"/>
        <source>Search sources</source>
        <translation>Quellen durchsuchen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="69"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="70"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="71"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="72"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="73"/>
        <source>Store a file (PDF, web page, image, any file) in the project as a capture of this source</source>
        <translation>Eine Datei (PDF, Webseite, Bild, jede Datei) als Archivkopie dieser Quelle im Projekt speichern</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="74"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="201"/>
        <source>Captures: choose a source above</source>
        <translation>Archivkopien: Wählen Sie oben eine Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="210"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="213"/>
        <source>captured %1 by %2</source>
        <translation>archiviert am %1 von %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="218"/>
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
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="221"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="224"/>
        <source>Captures of %1: %2</source>
        <translation>Archivkopien von %1: %2</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="236"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="252"/>
        <source>Add source %1</source>
        <translation>Quelle %1 anlegen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="268"/>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="286"/>
        <source>“%1” still has %2 claims, %3 captures and %4 links or attributions. Delete or move them first.</source>
        <translation>„%1“ hat noch %2 Aussagen, %3 Archivkopien und %4 Verknüpfungen oder Zuschreibungen. Löschen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="299"/>
        <source>Cannot delete source</source>
        <translation>Quelle kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="303"/>
        <source>Delete source %1</source>
        <translation>Quelle %1 löschen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="311"/>
        <source>Attach a capture</source>
        <translation>Archivkopie anhängen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="312"/>
        <source>Captures (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Archivkopien (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcepanel.cpp" line="320"/>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
</context>
<context>
    <name>sightline::ui::SourceTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="10"/>
        <source>completely reliable</source>
        <translation>völlig zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="11"/>
        <source>usually reliable</source>
        <translation>meist zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="12"/>
        <source>fairly reliable</source>
        <translation>ziemlich zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="13"/>
        <source>not usually reliable</source>
        <translation>meist nicht zuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="14"/>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="15"/>
        <source>reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="87"/>
        <source>Grading history:</source>
        <translation>Verlauf der Bewertung:</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="89"/>
        <source>%1 on %2 by %3</source>
        <translation>%1 am %2 von %3</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="97"/>
        <source>no changes recorded</source>
        <translation>keine Änderungen verzeichnet</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="120"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="120"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="120"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="121"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="121"/>
        <source>Captures</source>
        <translation>Archivkopien</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="121"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/sourcetablemodel.cpp" line="122"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
</TS>
