<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="66"/>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="81"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="86"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="95"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="118"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="119"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="121"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="124"/>
        <source>Save a copy of the project</source>
        <translation>Kopie des Projekts speichern</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="130"/>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="132"/>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="135"/>
        <source>Add &amp;vector layer…</source>
        <translation>&amp;Vektorebene hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="140"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="142"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="147"/>
        <source>&amp;Delete selected site</source>
        <translation>Ausgewählten Ort &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="153"/>
        <source>Zoom to &amp;all sites</source>
        <translation>&amp;Alle Orte zeigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="157"/>
        <source>Zoom to &amp;selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="165"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="168"/>
        <source>Map &amp;CRS</source>
        <translation>&amp;Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="169"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="170"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 Länge/Breite (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="171"/>
        <source>Local UTM zone</source>
        <translation>Lokale UTM-Zone</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="175"/>
        <source>Other EPSG code…</source>
        <translation>Anderer EPSG-Code…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="177"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="184"/>
        <source>&amp;Pan and identify</source>
        <translation>&amp;Verschieben und abfragen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="185"/>
        <source>Measure &amp;distance</source>
        <translation>&amp;Strecke messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="186"/>
        <source>Measure &amp;area</source>
        <translation>&amp;Fläche messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="187"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>&amp;Orte anlegen, bearbeiten, verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="259"/>
        <source>Add vector layer</source>
        <translation>Vektorebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="260"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>Vektordateien (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="272"/>
        <source>Cannot add layer</source>
        <translation>Ebene kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="320"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="340"/>
        <source>Cannot use this CRS</source>
        <translation>Dieses Koordinatensystem ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="346"/>
        <source>Map CRS</source>
        <translation>Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="346"/>
        <source>EPSG code (for example 32652):</source>
        <translation>EPSG-Code (zum Beispiel 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="392"/>
        <source>%1 m · %2 km · %3 nmi</source>
        <translation>%1 m · %2 km · %3 sm</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="397"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>Fläche %1 km² (%2 ha), Umfang </translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="432"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="443"/>
        <source>placed on the map by %1</source>
        <translation>von %1 auf der Karte gesetzt</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="448"/>
        <source>Edit site %1</source>
        <translation>Ort %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="449"/>
        <source>Add site %1</source>
        <translation>Ort %1 anlegen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="459"/>
        <source>Move site %1</source>
        <translation>Ort %1 verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="471"/>
        <source>Delete site %1</source>
        <translation>Ort %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="488"/>
        <source>&amp;Add bookmark…</source>
        <translation>Lesezeichen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="497"/>
        <source>Cannot show bookmark</source>
        <translation>Lesezeichen kann nicht gezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="507"/>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="507"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="517"/>
        <source>Add bookmark %1</source>
        <translation>Lesezeichen %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="573"/>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="323"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="331"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="125"/>
        <location filename="../app/sightline/mainwindow.cpp" line="331"/>
        <source>Sightline projects (*.gpkg)</source>
        <translation>Sightline-Projekte (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>sightline::ui::ClaimTableModel</name>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="76"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="76"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="76"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="77"/>
        <source>Sites</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="77"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="77"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../libs/ui/sightline/ui/claimtablemodel.cpp" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
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
</TS>
