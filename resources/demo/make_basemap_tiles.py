#!/usr/bin/python3
"""A synthetic tile set around the Tumangang-Khasan crossing, for trying basemaps offline.

Draws an illustrative street map (the Tumen river, the rail line from Tumangang station over the
Friendship bridge to Khasan, a few roads and built-up blocks) from hand-placed lines near the
places in /work/shared/seeds/FACTS.md, into an MBTiles package with overviews. It is not survey
data: the package's attribution says so, and every map drawn with it carries that line.

usage: make_basemap_tiles.py OUT.mbtiles
"""
import sys

from osgeo import gdal, ogr, osr

gdal.UseExceptions()

# lon, lat; FACTS.md: Tumangang station 42.4217 130.6026 (town-level), bridge 42.4153 130.6411,
# Khasan station 42.4301 130.6449. The rest is drawn to look like a map, not measured.
RIVER = [(130.560, 42.470), (130.590, 42.452), (130.615, 42.437), (130.632, 42.424), (130.641, 42.4153),
         (130.650, 42.405), (130.668, 42.388), (130.690, 42.370)]
RAIL = [(130.585, 42.4235), (130.6026, 42.4217), (130.620, 42.4190), (130.6375, 42.4138), (130.6447, 42.4168),
        (130.6452, 42.4230), (130.6449, 42.4301), (130.650, 42.445)]
ROADS = [[(130.590, 42.4300), (130.6026, 42.4245), (130.625, 42.4200), (130.636, 42.4150)],
         [(130.6026, 42.4245), (130.600, 42.440), (130.596, 42.455)],
         [(130.6449, 42.4320), (130.660, 42.440), (130.675, 42.448)]]
BLOCKS = [(130.598 + 0.0025 * i, 42.4195 + 0.0018 * j) for i in range(4) for j in range(4) if (i + j) % 3]
BLOCKS += [(130.647 + 0.002 * i, 42.4315 + 0.0015 * j) for i in range(3) for j in range(3)]

LAND, WATER, RAILC, ROAD, BUILT = (242, 239, 233), (170, 211, 223), (90, 90, 96), (250, 210, 150), (217, 208, 201)


def main(out):
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    merc = osr.SpatialReference()
    merc.ImportFromEPSG(3857)
    to_merc = osr.CoordinateTransformation(wgs, merc)
    (x0, y1, _), (x1, y0, _) = to_merc.TransformPoint(130.56, 42.47), to_merc.TransformPoint(130.70, 42.37)
    px = 2.0
    width, height = int((x1 - x0) / px), int((y1 - y0) / px)
    ds = gdal.GetDriverByName('MEM').Create('', width, height, 3, gdal.GDT_Byte)
    ds.SetGeoTransform([x0, px, 0, y1, 0, -px])
    ds.SetProjection(merc.ExportToWkt())
    for b, v in enumerate(LAND):
        ds.GetRasterBand(b + 1).Fill(v)

    vec = ogr.GetDriverByName('Memory').CreateDataSource('')
    layer = vec.CreateLayer('f', merc)

    def burn(geometry, colour, buffer_m=0.0):
        g = geometry.Clone()
        g.Transform(to_merc)
        if buffer_m:
            g = g.Buffer(buffer_m * 1.35)  # ground metres to Web Mercator units at 42.4 N
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(g)
        layer.CreateFeature(f)
        gdal.RasterizeLayer(ds, [1, 2, 3], layer, burn_values=list(colour))
        layer.DeleteFeature(f.GetFID())

    def line(points):
        g = ogr.Geometry(ogr.wkbLineString)
        for lon, lat in points:
            g.AddPoint_2D(lon, lat)
        return g

    burn(line(RIVER), WATER, 160)
    for lon, lat in BLOCKS:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for dx, dy in ((0, 0), (0.0016, 0), (0.0016, 0.0011), (0, 0.0011), (0, 0)):
            ring.AddPoint_2D(lon + dx, lat + dy)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        burn(poly, BUILT)
    for road in ROADS:
        burn(line(road), ROAD, 6)
    burn(line(RAIL), RAILC, 4)

    gdal.Translate(out, ds, format='MBTILES', creationOptions=['NAME=Tumangang (synthetic)', 'TILE_FORMAT=PNG'])
    package = gdal.Open(out, gdal.GA_Update)
    package.SetMetadataItem('attribution', 'Synthetic illustration tile set made by Sightline (not survey data)')
    package.BuildOverviews('AVERAGE', [2, 4, 8, 16, 32])
    package = None
    print(f'wrote {out} ({width}x{height} pixels at {px} m)')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
