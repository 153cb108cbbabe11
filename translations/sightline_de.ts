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
        <location filename="../app/sightline/mainwindow.cpp" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="154"/>
        <source>Zoom to &amp;all sites</source>
        <translation>&amp;Alle Orte zeigen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="158"/>
        <source>Zoom to &amp;selection</source>
        <translation>Auf Au&amp;swahl zoomen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="166"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="169"/>
        <source>Map &amp;CRS</source>
        <translation>&amp;Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="170"/>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web Mercator (EPSG:3857)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="171"/>
        <source>WGS 84 longitude/latitude (EPSG:4326)</source>
        <translation>WGS 84 Länge/Breite (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="172"/>
        <source>Local UTM zone</source>
        <translation>Lokale UTM-Zone</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="176"/>
        <source>Other EPSG code…</source>
        <translation>Anderer EPSG-Code…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="178"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="185"/>
        <source>&amp;Pan and identify</source>
        <translation>&amp;Verschieben und abfragen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="186"/>
        <source>Measure &amp;distance</source>
        <translation>&amp;Strecke messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="187"/>
        <source>Measure &amp;area</source>
        <translation>&amp;Fläche messen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="188"/>
        <source>Add, edit and move &amp;sites</source>
        <translation>&amp;Orte anlegen, bearbeiten, verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="260"/>
        <source>Add vector layer</source>
        <translation>Vektorebene hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="261"/>
        <source>Vector files (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;All files (*)</source>
        <translation>Vektordateien (*.gpkg *.geojson *.json *.kml *.kmz *.shp *.csv *.gml *.fgb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="273"/>
        <source>Cannot add layer</source>
        <translation>Ebene kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="321"/>
        <source>%1 — Sightline</source>
        <translation>%1 — Sightline</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="341"/>
        <source>Cannot use this CRS</source>
        <translation>Dieses Koordinatensystem ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="347"/>
        <source>Map CRS</source>
        <translation>Koordinatensystem der Karte</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="347"/>
        <source>EPSG code (for example 32652):</source>
        <translation>EPSG-Code (zum Beispiel 32652):</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="393"/>
        <source>%1 m · %2 km · %3 nmi</source>
        <translation>%1 m · %2 km · %3 sm</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="398"/>
        <source>area %1 km² (%2 ha), perimeter </source>
        <translation>Fläche %1 km² (%2 ha), Umfang </translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="433"/>
        <source>Cannot make this change</source>
        <translation>Diese Änderung ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="444"/>
        <source>placed on the map by %1</source>
        <translation>von %1 auf der Karte gesetzt</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="449"/>
        <source>Edit site %1</source>
        <translation>Ort %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="450"/>
        <source>Add site %1</source>
        <translation>Ort %1 anlegen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="460"/>
        <source>Move site %1</source>
        <translation>Ort %1 verschieben</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="472"/>
        <source>Delete site %1</source>
        <translation>Ort %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="489"/>
        <source>&amp;Add bookmark…</source>
        <translation>Lesezeichen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="498"/>
        <source>Cannot show bookmark</source>
        <translation>Lesezeichen kann nicht gezeigt werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="508"/>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="508"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="518"/>
        <source>Add bookmark %1</source>
        <translation>Lesezeichen %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="574"/>
        <source>1:%L1</source>
        <translation>1:%L1</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="324"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="332"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/sightline/mainwindow.cpp" line="125"/>
        <location filename="../app/sightline/mainwindow.cpp" line="332"/>
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
