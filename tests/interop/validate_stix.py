#!/usr/bin/python3
"""Validates STIX 2.1 bundles against the OASIS STIX 2.1 JSON schemas.

usage: validate_stix.py SCHEMA_DIR BUNDLE...

Every object is checked against the schema of its own type (sdos/, sros/, observables/,
marking-definition), and the bundle against common/bundle.json. The bundle schema's list of types
lacks location, note, opinion, grouping, incident and others that STIX 2.1 defines (a known fault of
the published schemas, oasis-open/cti-stix2-json-schemas issue 133): it takes them for custom
objects, which then match both core.json and cyber-observable-core.json and fail its "oneOf". Such
objects are checked against their own schema only; the bundle schema sees the rest. Prints one line
per problem; exit 0 when all are valid, 1 when any is not, 2 when the schemas or jsonschema are
missing.
"""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed")
    sys.exit(2)


def load_schemas(root):
    store = {}
    by_name = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".json"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    schema = json.load(f)
                store[schema["$id"]] = schema
                by_name[os.path.relpath(path, root)] = schema
    return store, by_name


def validator(schema, store):
    resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    root = sys.argv[1]
    store, by_name = load_schemas(root)
    if "common/bundle.json" not in by_name:
        print("no common/bundle.json under " + root)
        return 2
    bundle_validator = validator(by_name["common/bundle.json"], store)
    type_validators = {}
    for rel, schema in by_name.items():
        folder, name = os.path.split(rel)
        if folder in ("sdos", "sros", "observables"):
            type_validators[name[:-5]] = validator(schema, store)
    type_validators["marking-definition"] = validator(by_name["common/marking-definition.json"], store)
    listed = set()
    for branch in by_name["common/bundle.json"]["properties"]["objects"]["items"]["anyOf"][0]["oneOf"]:
        listed.add(os.path.basename(branch["$ref"])[:-5])
    bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            bundle = json.load(f)
        seen_by_bundle = dict(bundle)
        seen_by_bundle["objects"] = [o for o in bundle.get("objects", [])
                                     if o.get("type") in listed or o.get("type") not in type_validators]
        for error in bundle_validator.iter_errors(seen_by_bundle):
            bad += 1
            print("%s: bundle: %s" % (path, error.message[:300]))
        for obj in bundle.get("objects", []):
            check = type_validators.get(obj.get("type"))
            if check is None:
                continue
            for error in check.iter_errors(obj):
                bad += 1
                print("%s: %s: %s" % (path, obj.get("id"), error.message[:300]))
    print("%d problem(s) in %d bundle(s)" % (bad, len(sys.argv) - 2))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
