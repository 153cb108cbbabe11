#!/usr/bin/python3
"""A synthetic rail yard for screenshots of a densely annotated scene (not imagery of any place):
sand-coloured ground, dark tracks, rows of railcars (dark and bright), container stacks and a
shed, 0.5 m a pixel in UTM 52N. Writes yard.tif and objects.csv (kind, count, then lon lat pairs:
one pair for a railcar's centre, four for a stack's corners)."""
import csv
import sys

import numpy as np
from osgeo import gdal, osr

out = sys.argv[1] if len(sys.argv) > 1 else "."
W, H, RES = 1600, 1100, 0.5
X0, Y0 = 631000.0, 4697000.0  # UTM 52N, about 130.6 E 42.4 N
rng = np.random.default_rng(5)
img = np.zeros((3, H, W), np.float32)
img[0], img[1], img[2] = 196, 182, 150  # sand
img += rng.normal(0, 9, img.shape)
objects = []
utm = osr.SpatialReference()
utm.ImportFromEPSG(32652)
wgs = osr.SpatialReference()
wgs.ImportFromEPSG(4326)
wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
to_lonlat = osr.CoordinateTransformation(utm, wgs)


def lonlat(px, py):
    lon, lat, _ = to_lonlat.TransformPoint(X0 + px * RES, Y0 - py * RES)
    return lon, lat


# Tracks with railcars: 14 m long, 3 m wide, 1 m apart.
for t in range(9):
    y = 120 + t * 95
    img[:, y - 4:y + 4, 40:W - 40] = np.array([70, 66, 60])[:, None, None]
    x = 60 + int(rng.integers(0, 40))
    while x + 28 < W - 60:
        if rng.random() < 0.8:
            dark = rng.random() < 0.5
            colour = [55, 50, 48] if dark else [235, 232, 225]
            img[:, y - 3:y + 3, x:x + 28] = np.array(colour)[:, None, None]
            objects.append(("railcar" if dark else "covered_railcar", 1, [lonlat(x + 14, y)]))
        x += 30 + (int(rng.integers(0, 60)) if rng.random() < 0.15 else 0)
# Container stacks beside the tracks.
for i in range(6):
    x, y = 150 + i * 220, 985
    img[:, y:y + 50, x:x + 120] = np.array([40, 90, 160])[:, None, None]
    img[:, y:y + 50:10, x:x + 120] = 20
    objects.append(("container_stack", int(rng.integers(8, 30)),
                    [lonlat(x, y), lonlat(x + 120, y), lonlat(x + 120, y + 50), lonlat(x, y + 50)]))
img = np.clip(img, 0, 255).astype(np.uint8)

ds = gdal.GetDriverByName("GTiff").Create(f"{out}/yard.tif", W, H, 3, gdal.GDT_Byte, ["COMPRESS=DEFLATE", "TILED=YES"])
ds.SetGeoTransform((X0, RES, 0, Y0, 0, -RES))
ds.SetProjection(utm.ExportToWkt())
for b in range(3):
    ds.GetRasterBand(b + 1).WriteArray(img[b])
ds.BuildOverviews("AVERAGE", [2, 4, 8])
ds = None
with open(f"{out}/objects.csv", "w", newline="") as f:
    w = csv.writer(f)
    for kind, count, pts in objects:
        w.writerow([kind, count] + [f"{v:.8f}" for p in pts for v in p])
print(f"{len(objects)} objects")
