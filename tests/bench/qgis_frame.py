#!/usr/bin/python3
"""QGIS as the speed anchor: renders files the way QGIS's map canvas does (a parallel render job,
one thread a layer, GDAL's overviews) and prints one JSON line of timings.

    qgis_frame.py --raster F | --vector F ... --crs EPSG:N --extent minx,miny,maxx,maxy
                  --size WxH [--basemap WORLD_MAP_GPKG] [--repeat N] [--png OUT]

The first frame (QGIS opens and prepares the layers) is timed apart; then N frames of the same
view, each a new render job as a new view would be, with GDAL's block cache warm. Exits 2 when a
frame drew nothing, so a figure never stands for an empty picture. Run with Debian's python3 and
QT_QPA_PLATFORM=offscreen; needs python3-qgis.

--basemap draws what Sightline's default basemap draws from QGIS's own Natural Earth world map,
under the files: countries filled and outlined, provinces outlined (at Sightline's scales for
them), disputed borders dashed, on the same sea colour, all in pixel widths. Country names, which
Sightline also draws, are left out: what differs favours QGIS.
"""
import argparse
import json
import math
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (Qgis, QgsApplication, QgsContrastEnhancement, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsFillSymbol, QgsLineSymbol, QgsMapRendererParallelJob, QgsMapSettings, QgsRasterLayer,
                       QgsRectangle, QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def drawn_fraction(image, background):
    """Share of a 64 x 64 sample grid whose pixels differ from the background."""
    w, h = image.width(), image.height()
    differ = 0
    for j in range(64):
        for i in range(64):
            if image.pixelColor(i * (w - 1) // 63, j * (h - 1) // 63) != background:
                differ += 1
    return differ / 4096.0


SEA = QColor(0xd7, 0xe3, 0xec)  # MapSettings::background


def basemap_layers(path, metres_per_pixel):
    """Sightline's default basemap (libs/render/basemaplayer.cpp), bottom first."""
    def layer(name, symbol):
        lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not lyr.isValid():
            raise SystemExit(f"qgis_frame: {path}: no layer {name}")
        symbol.setOutputUnit(QgsUnitTypes.RenderPixels)
        lyr.setRenderer(QgsSingleSymbolRenderer(symbol))
        return lyr
    out = [layer("countries", QgsFillSymbol.createSimple(
        {"color": "#f4f2ec", "outline_color": "#a39e94", "outline_width": "0.8"}))]
    if 0 < metres_per_pixel < 2500:
        out.append(layer("states_provinces", QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#d2cdc3", "outline_width": "0.6"})))
    out.append(layer("disputed_borders", QgsLineSymbol.createSimple(
        {"line_color": "#8c867c", "line_width": "1.0", "line_style": "dash"})))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--raster", action="append", default=[])
    ap.add_argument("--vector", action="append", default=[])
    ap.add_argument("--crs", required=True)
    ap.add_argument("--extent", required=True)
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--png")
    ap.add_argument("--basemap")
    a = ap.parse_args()
    width, height = (int(v) for v in a.size.lower().split("x"))
    xmin, ymin, xmax, ymax = (float(v) for v in a.extent.split(","))

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()

    t0 = time.perf_counter()
    layers = []
    for path in a.raster:
        layer = QgsRasterLayer(path, os.path.basename(path))
        if not layer.isValid():
            print(f"qgis_frame: {path}: QGIS cannot open it", file=sys.stderr)
            return 2
        # Shown as stored, as Sightline shows 8-bit imagery by default (no statistics to compute).
        layer.setContrastEnhancement(QgsContrastEnhancement.NoEnhancement)
        layers.append(layer)
    for path in a.vector:
        layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
        if not layer.isValid():
            print(f"qgis_frame: {path}: QGIS cannot open it", file=sys.stderr)
            return 2
        layers.append(layer)
    # Canvas order: the first layer named is drawn at the bottom.
    layers.reverse()
    background = QColor(255, 255, 255)
    if a.basemap:
        # Metres on the ground a pixel at the view's centre, as Sightline decides by (Web Mercator).
        centre_lat = math.degrees(2 * math.atan(math.exp((ymin + ymax) / 2 / 6378137.0)) - math.pi / 2)
        mpp = (xmax - xmin) / width * math.cos(math.radians(centre_lat)) if a.crs == "EPSG:3857" else (xmax - xmin) / width
        layers += list(reversed(basemap_layers(a.basemap, mpp)))
        background = SEA

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(a.crs))
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(background)
    settings.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))

    def frame():
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        for error in job.errors():
            print(f"qgis_frame: {error.layerID}: {error.message}", file=sys.stderr)
        return job.renderedImage()

    image = frame()
    first_ms = (time.perf_counter() - t0) * 1000.0
    if drawn_fraction(image, background) < 0.05:
        print("qgis_frame: the first frame drew nothing: check the files, CRS and extent", file=sys.stderr)
        return 2
    times = []
    for _ in range(a.repeat):
        t = time.perf_counter()
        image = frame()
        times.append((time.perf_counter() - t) * 1000.0)
    if drawn_fraction(image, background) < 0.05:
        print("qgis_frame: a timed frame drew nothing", file=sys.stderr)
        return 2
    if a.png:
        image.save(a.png)
    times.sort()
    print(json.dumps({
        "qgis": Qgis.QGIS_VERSION,
        "first_ms": round(first_ms, 2),
        "frames": len(times),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
        "drawn": round(drawn_fraction(image, background), 3),
    }), flush=True)
    # PyQGIS 3.22 crashes while Python tears down layers after exitQgis; the figures are out, so
    # leave without the teardown.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
