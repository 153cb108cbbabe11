# The fuzz targets: one line each, name, source and the libraries it needs. Both the libFuzzer
# tree (fuzz/CMakeLists.txt, clang) and the normal build (tests/fuzz, which replays the seeds
# and every kept crash as a test) read this list, each with its own sightline_fuzz_target().
# An importer adds its line here, with its seed folder, and is fuzzed from then on.
#
# sightline_fuzz_target(NAME SOURCE LIBS... SEEDS folder...) -- seed folders are relative to
# the source tree ("tests/data") or to SIGHTLINE_CONFORMANCE_DIR ("conformance:raster").
sightline_fuzz_target(project_open fuzz_project_open.cpp LIBS Sightline::store SEEDS tests/data conformance:gpkg)
sightline_fuzz_target(casefile fuzz_casefile.cpp LIBS Sightline::interop SEEDS tests/data resources/demo)
sightline_fuzz_target(capture_text fuzz_capture_text.cpp LIBS Sightline::interop SEEDS conformance:pdf conformance:malformed/qpdf)
sightline_fuzz_target(raster_info fuzz_raster_info.cpp LIBS Sightline::geo SEEDS conformance:raster conformance:malformed/gdal conformance:malformed/rasterio)
sightline_fuzz_target(gpkg_blob fuzz_gpkg_blob.cpp LIBS Sightline::geo SEEDS fuzz/seeds/gpkg_blob)
sightline_fuzz_target(stix_import fuzz_stix_import.cpp LIBS Sightline::interop SEEDS conformance:stix/examples)
sightline_fuzz_target(vector_import fuzz_vector_import.cpp LIBS Sightline::interop SEEDS conformance:vector conformance:malformed/geojsonhint conformance:malformed/libkml)
sightline_fuzz_target(reference_layer fuzz_reference_layer.cpp LIBS Sightline::geo SEEDS conformance:gpkg conformance:vector)
sightline_fuzz_target(basemap_sources fuzz_basemap_sources.cpp LIBS Sightline::store SEEDS fuzz/seeds/basemap_sources)
sightline_fuzz_target(merge fuzz_merge.cpp LIBS Sightline::merge SEEDS tests/data)
