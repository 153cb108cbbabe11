#!/usr/bin/python3
"""Draws the demo's two synthetic scenes of the Tumangang rail yard, before and after.

Usage: make_synthetic_scenes.py OUT_DIR

Writes OUT_DIR/tumangang-before.tif, OUT_DIR/tumangang-after.tif (small RGB GeoTIFFs in UTM zone
52N) and OUT_DIR/synthetic-scenes.json, which says for each scene its time, provider, licence and
notes, and where every railcar drawn on it is (points, and boxes that hold a count), so that the
demo counts exactly what the picture shows. These are illustrations made by this script, not
imagery of the site: every scene says so in its provider, licence and notes, and in the word
SYNTHETIC written across the picture. The output is the same on every run (a fixed seed).
"""
import json
import os
import sys

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()

WIDTH, HEIGHT = 400, 240          # pixels, 1 m each
CENTRE_LON, CENTRE_LAT = 130.6026, 42.4217  # the demo's Tumangang rail facility point
CAR_LENGTH, CAR_WIDTH, CAR_PITCH = 13, 5, 16
TRACK_ROWS = [60, 84, 108, 132, 156, 180]   # pixel row of each track's centre
FIRST_CAR_COLUMN = 20

SYNTHETIC = "synthetic illustration, not imagery of the site"
PROVIDER = "Sightline demo (synthetic illustration)"
LICENCE = "Synthetic illustration made by Sightline's demo, not imagery of the site; free to reuse"

# Railcars on each track, and which tracks are counted as one box with a count (the rest are
# marked one point a railcar). Before: about 20; after: about 73, as CSIS counted on 5 Oct 2023.
SCENES = [
    {
        "file": "tumangang-before.tif",
        "acquired": "2023-08-20T02:10:00Z",
        "provider_scene_id": "SYNTHETIC-TUMANGANG-BEFORE",
        "cars": {1: 12, 4: 8},
        "boxes": [],
        "seed": 20,
    },
    {
        "file": "tumangang-after.tif",
        "acquired": "2023-10-05T02:14:00Z",
        "provider_scene_id": "SYNTHETIC-TUMANGANG-AFTER",
        "cars": {0: 20, 1: 20, 2: 18, 3: 15},
        "boxes": [0, 1],
        "seed": 73,
    },
]

# A 5x7 bitmap of the letters of SYNTHETIC, to write the word across the picture.
GLYPHS = {
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "Y": ["10001", "10001", "01010", "00100", "00100", "00100", "00100"],
    "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "I": ["01110", "00100", "00100", "00100", "00100", "00100", "01110"],
    "C": ["01111", "10000", "10000", "10000", "10000", "10000", "01111"],
}


def write_word(img, word, top, left, scale, colour):
    for n, letter in enumerate(word):
        for r, row in enumerate(GLYPHS[letter]):
            for c, bit in enumerate(row):
                if bit == "1":
                    y, x = top + r * scale, left + (n * 6 + c) * scale
                    img[y:y + scale, x:x + scale] = colour


def draw(scene):
    rng = np.random.default_rng(scene["seed"])
    img = np.empty((HEIGHT, WIDTH, 3), dtype=np.float32)
    img[:] = (118, 112, 92)  # dry ground
    img += rng.normal(0, 6, (HEIGHT, WIDTH, 1))
    img[:, :, 1] += rng.normal(0, 3, (HEIGHT, WIDTH))
    img[0:36, :] = (70, 96, 70)  # scrub to the north
    img[0:36, :] += rng.normal(0, 8, (36, WIDTH, 1))
    img[214:, :] = (82, 104, 122)  # the river to the south
    for row in TRACK_ROWS:
        img[row - 3:row + 4, :] = (150, 146, 136)  # ballast
        img[row - 1, :] = (60, 58, 56)
        img[row + 1, :] = (60, 58, 56)
    for track, n in scene["cars"].items():
        row = TRACK_ROWS[track]
        for i in range(n):
            x = FIRST_CAR_COLUMN + i * CAR_PITCH
            shade = 25 * rng.random()
            img[row - 2:row - 2 + CAR_WIDTH, x:x + CAR_LENGTH] = (150 + shade, 72 + shade, 44)  # rust-red wagon
            img[row - 2, x:x + CAR_LENGTH] += 45  # sunlit edge
            img[row + 3, x:x + CAR_LENGTH] = (40, 38, 34)  # its shadow
    for top in (8, 196):
        for left in (10, 210):
            write_word(img, "SYNTHETIC", top, left, 2, (235, 235, 235))
    return np.clip(img, 0, 255).astype(np.uint8)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32652)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    for s in (utm, wgs84):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_utm = osr.CoordinateTransformation(wgs84, utm)
    to_lonlat = osr.CoordinateTransformation(utm, wgs84)
    cx, cy, _ = to_utm.TransformPoint(CENTRE_LON, CENTRE_LAT)
    left, top = round(cx - WIDTH / 2), round(cy + HEIGHT / 2)

    def lonlat(col, row):
        lon, lat, _ = to_lonlat.TransformPoint(left + col, top - row)
        return [round(lon, 7), round(lat, 7)]

    manifest = {"site": "Tumangang rail facility", "object_kind": "railcar", "scenes": []}
    for scene in SCENES:
        path = os.path.join(out_dir, scene["file"])
        ds = gdal.GetDriverByName("GTiff").Create(path, WIDTH, HEIGHT, 3, gdal.GDT_Byte,
                                                  ["COMPRESS=DEFLATE", "PHOTOMETRIC=RGB"])
        ds.SetGeoTransform((left, 1.0, 0.0, top, 0.0, -1.0))
        ds.SetProjection(utm.ExportToWkt())
        ds.SetMetadataItem("TIFFTAG_ARTIST", PROVIDER)
        ds.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", SYNTHETIC)
        ds.SetMetadataItem("TIFFTAG_DATETIME", scene["acquired"][:19].replace("-", ":").replace("T", " "))
        pixels = draw(scene)
        for band in range(3):
            ds.GetRasterBand(band + 1).WriteArray(pixels[:, :, band])
        ds = None
        annotations = []
        for track, n in sorted(scene["cars"].items()):
            row = TRACK_ROWS[track]
            if track in scene["boxes"]:
                x0 = FIRST_CAR_COLUMN - 2
                x1 = FIRST_CAR_COLUMN + (n - 1) * CAR_PITCH + CAR_LENGTH + 2
                ring = [lonlat(x0, row - 4), lonlat(x1, row - 4), lonlat(x1, row + 5), lonlat(x0, row + 5)]
                annotations.append({"shape": "box", "count": n, "ring": ring + [ring[0]],
                                    "label": "railcars on track %d" % (track + 1)})
            else:
                for i in range(n):
                    x = FIRST_CAR_COLUMN + i * CAR_PITCH + CAR_LENGTH / 2
                    annotations.append({"shape": "point", "count": 1, "at": lonlat(x, row + 0.5)})
        manifest["scenes"].append({
            "file": scene["file"],
            "acquired": scene["acquired"][:16] + "Z",
            "provider": PROVIDER,
            "provider_scene_id": scene["provider_scene_id"],
            "licence": LICENCE,
            "licence_terms": "open",
            "notes": "A %s: drawn by Sightline to show counting in the demo, "
                     "with %d railcars." % (SYNTHETIC, sum(scene["cars"].values())),
            "annotations": annotations,
        })
    with open(os.path.join(out_dir, "synthetic-scenes.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
