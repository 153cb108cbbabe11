#!/usr/bin/python3
"""Opens a QGIS project headless (python3-qgis) and prints its layers as JSON.

usage: check_qgs.py PROJECT.qgs

Prints {"read": bool, "layers": [{"name", "valid", "renderer", "categories", "temporal", "features"}]}; exit 0
when the project was read, 1 when not, 2 when python3-qgis is missing.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:
    from qgis.core import QgsApplication, QgsProject, QgsMapLayerType
except ImportError:
    print(json.dumps({"error": "python3-qgis is not installed"}))
    sys.exit(2)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    read = project.read(sys.argv[1])
    layers = []
    for layer in project.mapLayers().values():
        entry = {"name": layer.name(), "valid": layer.isValid(), "renderer": None, "categories": 0,
                 "temporal": bool(layer.temporalProperties() and layer.temporalProperties().isActive()),
                 "features": -1}
        if layer.type() == QgsMapLayerType.VectorLayer:
            entry["features"] = layer.featureCount()
            renderer = layer.renderer()
            if renderer is not None:
                entry["renderer"] = renderer.type()
                if renderer.type() == "categorizedSymbol":
                    entry["categories"] = len(renderer.categories())
        layers.append(entry)
    print(json.dumps({"read": read, "layers": layers}))
    sys.stdout.flush()
    os._exit(0 if read else 1)  # QGIS's exit handlers can crash a headless run


if __name__ == "__main__":
    main()
