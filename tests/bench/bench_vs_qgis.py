#!/usr/bin/python3
"""Sightline against QGIS on the same files and views, in one run: prints each case's times and
their ratio, next to its target.

    tests/bench/bench_vs_qgis.py [--bin build/bin] [--work DIR] [--repeat N] [--first-runs K]

Cases (1920 x 1080):
  imagery-native   a 16384^2 JPEG GeoTIFF with overviews (UTM 52N, 0.5 m), at native resolution
  imagery-3857     the same ground reprojected to Web Mercator
  vectors-3857     100,000 points and 10,000 polygons (two GeoPackages) over the Korean peninsula
Sightline draws through `sightline-cli render --repeat N` (each timed frame from an empty tile
cache, GDAL's cache warm); QGIS through tests/bench/qgis_frame.py in a process of its own. The
Sightline side draws a project (made by `sightline-cli new`, holding the scene) with its basemap over the
files. Under the vectors QGIS draws the same basemap layers from the same Natural Earth file
(qgis_frame.py --basemap; Sightline's country names aside); the imagery covers its views whole, so
Sightline draws no basemap there and QGIS is given none. GDAL's own single-threaded
decode of the imagery window is timed too. A first frame (opening the files and preparing the
layers, in a new process) happens once a process, so each side's is the median of --first-runs
processes, taken in turns. The files are made once in --work and kept.
Without python3-qgis the QGIS side is skipped, saying so. Exits 2 when a frame drew nothing.
"""
import argparse
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

from osgeo import gdal, ogr, osr

gdal.UseExceptions()

SIZE = 16384
PIXEL = 0.5
ORIGIN = (552000.0, 4705000.0)
WIDTH, HEIGHT = 1920, 1080
HERE = os.path.dirname(os.path.abspath(__file__))
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"  # BasemapLayer::defaultPath()


def say(line):
    print(line, flush=True)


def make_scene(path):
    import numpy as np
    say(f"making {path} (once; kept for later runs) ...")
    part = path + ".part"
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(part, SIZE, SIZE, 3, gdal.GDT_Byte,
                    ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR",
                     "JPEG_QUALITY=85", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((ORIGIN[0], PIXEL, 0, ORIGIN[1], 0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32652)
    ds.SetSpatialRef(srs)
    rng = np.random.default_rng(12345)
    x = np.arange(SIZE, dtype=np.float32)
    rows = 256
    for y0 in range(0, SIZE, rows):
        y = np.arange(y0, y0 + rows, dtype=np.float32)[:, None]
        # Detail at several scales, so that JPEG has as much to decode as in real imagery.
        base = 110 + 50 * np.sin(x / 53.0) * np.cos(y / 71.0) + 30 * np.sin((x + y) / 9.0)
        noise = rng.integers(-25, 25, size=(rows, SIZE), dtype=np.int16)
        for b, shift in enumerate((0, 12, -14)):
            band = np.clip(base + shift + noise, 0, 255).astype(np.uint8)
            ds.GetRasterBand(b + 1).WriteArray(band, 0, y0)
    ds.BuildOverviews("AVERAGE", [2, 4, 8, 16, 32, 64])
    ds = None
    os.replace(part, path)


def make_vectors(points_path, polygons_path):
    import random
    say(f"making {points_path} and {polygons_path} (once) ...")
    rnd = random.Random(7)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    drv = ogr.GetDriverByName("GPKG")
    for path, kind, n in ((points_path, ogr.wkbPoint, 100000), (polygons_path, ogr.wkbPolygon, 10000)):
        part = path + ".part.gpkg"
        if os.path.exists(part):
            os.remove(part)
        ds = drv.CreateDataSource(part)
        layer = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], srs, kind)
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        ds.StartTransaction()
        for i in range(n):
            lon, lat = rnd.uniform(124.5, 130.5), rnd.uniform(33.5, 43.0)
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("name", f"f{i}")
            if kind == ogr.wkbPoint:
                g = ogr.Geometry(ogr.wkbPoint)
                g.AddPoint_2D(lon, lat)
            else:
                ring = ogr.Geometry(ogr.wkbLinearRing)
                r = rnd.uniform(0.005, 0.03)
                for k in range(9):
                    a = 2 * math.pi * k / 8
                    ring.AddPoint_2D(lon + r * math.cos(a), lat + r * math.sin(a))
                g = ogr.Geometry(ogr.wkbPolygon)
                g.AddGeometry(ring)
            f.SetGeometry(g)
            layer.CreateFeature(f)
        ds.CommitTransaction()
        ds = None
        os.replace(part, path)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def drawn_fraction(png):
    """Share of the picture that is not one flat colour (sampled), read back with GDAL."""
    ds = gdal.Open(png)
    data = ds.ReadRaster(0, 0, ds.RasterXSize, ds.RasterYSize, 64, 64, band_list=[1, 2, 3])
    n = 64 * 64
    counts = {}
    for i in range(n):
        key = (data[i], data[n + i], data[2 * n + i])
        counts[key] = counts.get(key, 0) + 1
    return 1.0 - max(counts.values()) / n


def sightline(cli, project, case, out_png, repeat):
    cmd = [cli, "render", project, "-o", out_png, "--size", f"{WIDTH}x{HEIGHT}", "--crs", case["crs"],
           "--extent", ",".join(f"{v:.3f}" for v in case["extent"]), "--repeat", str(repeat)]
    for layer in case.get("vectors", []):
        cmd += ["--layer", layer]
    r = run(cmd)
    if r.returncode != 0:
        raise SystemExit(f"bench_vs_qgis: {' '.join(cmd)}: exit {r.returncode}: {r.stderr.strip()}")
    m = re.search(r"frames: (\d+), median ([0-9.]+) ms, p95 ([0-9.]+) ms", r.stdout)
    if not m:
        raise SystemExit(f"bench_vs_qgis: render printed no timing: {r.stdout}")
    first = re.search(r"first frame ([0-9.]+) ms", r.stdout)
    return {"median_ms": float(m.group(2)), "p95_ms": float(m.group(3)),
            "first_ms": float(first.group(1)) if first else None}


def qgis(case, out_png, repeat):
    cmd = ["/usr/bin/python3", os.path.join(HERE, "qgis_frame.py"), "--crs", case["crs"],
           "--extent", ",".join(f"{v:.3f}" for v in case["extent"]), "--size", f"{WIDTH}x{HEIGHT}",
           "--repeat", str(repeat), "--png", out_png]
    for f in case.get("rasters", []):
        cmd += ["--raster", f]
    for f in case.get("vectors", []):
        cmd += ["--vector", f]
    if case.get("basemap"):
        cmd += ["--basemap", case["basemap"]]
    # QGIS makes temporary folders that its hurried exit (qgis_frame.py) leaves behind: in a
    # folder of this run's own, removed with them.
    with tempfile.TemporaryDirectory(prefix="sightline-qgis-") as scratch:
        r = run(cmd, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=scratch))
    if r.returncode != 0:
        raise SystemExit(f"bench_vs_qgis: QGIS: exit {r.returncode}: {r.stderr.strip()[-400:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def gdal_decode_ms(scene, xoff, yoff, repeat):
    """GDAL decoding the window on one thread: the file's pages are in the system's cache, the
    decoded blocks are not (a block cache too small to keep them), so every read decodes."""
    saved = gdal.GetCacheMax()
    gdal.SetCacheMax(1 << 20)
    try:
        ds = gdal.Open(scene)
        ds.ReadRaster(xoff, yoff, WIDTH, HEIGHT)  # the file's pages into the system's cache
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            data = ds.ReadRaster(xoff, yoff, WIDTH, HEIGHT)
            times.append((time.perf_counter() - t) * 1000.0)
        if len(data) != WIDTH * HEIGHT * 3:
            raise SystemExit("bench_vs_qgis: GDAL read less than the window")
        return statistics.median(times)
    finally:
        gdal.SetCacheMax(saved)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "..", "build", "bin"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "sightline-bench-qgis"))
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--first-runs", type=int, default=5)
    a = ap.parse_args()
    if a.first_runs < 1:
        ap.error("--first-runs must be at least 1")
    os.makedirs(a.work, exist_ok=True)
    cli = os.path.join(a.bin, "sightline-cli")
    scene = os.path.join(a.work, "scene-16k.tif")
    points = os.path.join(a.work, "points-100k.gpkg")
    polygons = os.path.join(a.work, "polygons-10k.gpkg")
    if not os.path.exists(scene):
        make_scene(scene)
    if not (os.path.exists(points) and os.path.exists(polygons)):
        make_vectors(points, polygons)
    project = os.path.join(a.work, "bench.gpkg")
    if not os.path.exists(project):
        part = project + ".part.gpkg"
        if os.path.exists(part):
            os.remove(part)
        for cmd in ([cli, "new", part, "--title", "Speed against QGIS"], [cli, "import-imagery", part, scene]):
            r = run(cmd)
            if r.returncode != 0:
                raise SystemExit(f"bench_vs_qgis: {' '.join(cmd)}: {r.stderr.strip()}")
        os.replace(part, project)

    # A window in the scene's middle at native resolution, and the same ground in Web Mercator.
    xoff, yoff = SIZE // 2 - WIDTH // 2, SIZE // 2 - HEIGHT // 2
    x0, y1 = ORIGIN[0] + xoff * PIXEL, ORIGIN[1] - yoff * PIXEL
    native = (x0, y1 - HEIGHT * PIXEL, x0 + WIDTH * PIXEL, y1)
    utm, merc = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32652)
    merc.ImportFromEPSG(3857)
    to_merc = osr.CoordinateTransformation(utm, merc)
    cx, cy, _ = to_merc.TransformPoint((native[0] + native[2]) / 2, (native[1] + native[3]) / 2)
    lat = math.radians(42.49)
    half_w, half_h = WIDTH * PIXEL / math.cos(lat) / 2, HEIGHT * PIXEL / math.cos(lat) / 2
    korea = (124.0, 33.0, 131.0, 43.5)
    ll = osr.SpatialReference()
    ll.ImportFromEPSG(4326)
    ll.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_merc_ll = osr.CoordinateTransformation(ll, merc)
    sw = to_merc_ll.TransformPoint(korea[0], korea[1])
    ne = to_merc_ll.TransformPoint(korea[2], korea[3])
    # The peninsula's box widened to the picture's aspect.
    vcx, vcy = (sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2
    vh = ne[1] - sw[1]
    vw = vh * WIDTH / HEIGHT
    cases = [
        {"name": "imagery-native", "crs": "EPSG:32652", "extent": native, "rasters": [scene], "target": 1 / 3},
        {"name": "imagery-3857", "crs": "EPSG:3857", "extent": (cx - half_w, cy - half_h, cx + half_w, cy + half_h),
         "rasters": [scene], "target": 1 / 4},
        {"name": "vectors-3857", "crs": "EPSG:3857", "extent": (vcx - vw / 2, vcy - vh / 2, vcx + vw / 2, vcy + vh / 2),
         "vectors": [points, polygons], "basemap": WORLD_MAP, "target": 1 / 15, "first_target": 1 / 3},
    ]
    have_qgis = run(["/usr/bin/python3", "-c", "import qgis.core"]).returncode == 0
    if not have_qgis:
        say("QGIS: skipped (python3-qgis is not installed: apt-get install python3-qgis); Sightline's times alone")
    say(f"{'case':16} {'Sightline ms':>13} {'QGIS ms':>9} {'ratio':>7} {'target':>7}  "
        f"first frames, median of {a.first_runs} processes (Sightline / QGIS)")
    failed = False
    native_ms = None
    for case in cases:
        ours_png = os.path.join(a.work, f"{case['name']}-sightline.png")
        ours = sightline(cli, project, case, ours_png, a.repeat)
        if drawn_fraction(ours_png) < 0.05:
            say(f"{case['name']}: Sightline's frame drew nothing: the figure would be meaningless")
            return 2
        if case["name"] == "imagery-native":
            native_ms = ours["median_ms"]
        theirs = qgis(case, os.path.join(a.work, f"{case['name']}-qgis.png"), a.repeat) if have_qgis else None
        ours_first = [ours["first_ms"]]
        theirs_first = [theirs["first_ms"]] if theirs else []
        scratch_png = os.path.join(a.work, f"{case['name']}-first.png")
        for _ in range(a.first_runs - 1):
            ours_first.append(sightline(cli, project, case, scratch_png, 1)["first_ms"])
            if theirs:
                theirs_first.append(qgis(case, scratch_png, 1)["first_ms"])
        ratio = ours["median_ms"] / theirs["median_ms"] if theirs else None
        first = ""
        first_met = True
        if theirs and None not in ours_first:
            mine, qgis_first = statistics.median(ours_first), statistics.median(theirs_first)
            first_ratio = mine / qgis_first
            first_met = first_ratio <= case.get("first_target", math.inf)
            first = f"{mine:.0f} / {qgis_first:.0f} ms = {first_ratio:.2f}x"
            if "first_target" in case:
                first += f" (target {case['first_target']:.2f}x{'' if first_met else ', not met'})"
        met = ratio is not None and ratio <= case["target"]
        failed |= (ratio is not None and not met) or not first_met
        say(f"{case['name']:16} {ours['median_ms']:13.1f} {theirs['median_ms'] if theirs else float('nan'):9.1f} "
            f"{ratio if ratio else float('nan'):7.2f} {case['target']:7.3f}  {first}{'' if met or ratio is None else '  (not met)'}")
    decode = gdal_decode_ms(scene, xoff, yoff, a.repeat)
    say(f"GDAL single-threaded decode of the native window: {decode:.1f} ms; "
        f"Sightline's native frame is {native_ms / decode:.2f}x of it (target 0.6x)")
    if have_qgis:
        say(f"QGIS {theirs['qgis']}; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
