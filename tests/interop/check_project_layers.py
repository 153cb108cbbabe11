#!/usr/bin/python3
"""Adds a Sightline project (a GeoPackage) in QGIS headless (python3-qgis), the way the Browser
and "Add Vector Layer" do, and prints every sublayer QGIS lists as JSON.

usage: check_project_layers.py PROJECT.gpkg

Prints {"layers": [{"name", "valid", "features", "styles", "renderer", "categories", "geometry"}]}:
styles is how many styles QGIS finds in the file for the layer, renderer the type of the
renderer the layer has once its default style is loaded. Exit 0, or 2 when python3-qgis is
missing.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:
    from qgis.core import QgsApplication, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes
except ImportError:
    print(json.dumps({"error": "python3-qgis is not installed"}))
    sys.exit(2)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    layers = []
    for sub in QgsProviderRegistry.instance().querySublayers(sys.argv[1]):
        layer = QgsVectorLayer(sub.uri(), sub.name(), sub.providerKey())
        entry = {"name": sub.name(), "valid": layer.isValid(), "features": -1, "styles": 0,
                 "renderer": None, "categories": 0, "geometry": None}
        if layer.isValid():
            entry["features"] = layer.featureCount()
            entry["styles"] = layer.listStylesInDatabase()[0]
            entry["geometry"] = QgsWkbTypes.geometryDisplayString(layer.geometryType())
            # QGIS loads the default style from the file when a layer is added; do the same.
            _, loaded = layer.loadDefaultStyle()
            entry["loaded"] = loaded
            renderer = layer.renderer()
            if renderer is not None:
                entry["renderer"] = renderer.type()
                if renderer.type() == "categorizedSymbol":
                    entry["categories"] = len(renderer.categories())
        layers.append(entry)
    print(json.dumps({"layers": layers}))
    sys.stdout.flush()
    os._exit(0)  # QGIS's exit handlers can crash a headless run


if __name__ == "__main__":
    main()
