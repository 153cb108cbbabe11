#!/usr/bin/env python3
"""Check a Sightline case file (format "sightline-case", version 1) against its seed files.

Usage: check_case.py [SEED_DIR] [CASE_FILE]

SEED_DIR defaults to ../../../shared/seeds relative to this script; CASE_FILE defaults to
dprk-russia-munitions.case.json next to this script. Standard library only.

Checks: JSON shape and key order per record, unique keys per section, every reference resolves,
every quote is a verbatim substring of its capture's seed file and sits in the paragraph its
locator names, every capture's sha256 matches its file, coordinates are in range and AOI rings
are closed, enumerations and grades are valid, and every time string matches the EDTF-like
syntax of the project file. Exits 0 when all checks pass, 1 otherwise.
"""
import datetime
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SITE_KINDS = {"port", "rail_crossing", "rail_yard", "depot", "factory", "airfield",
              "border_crossing", "other"}
SOURCE_KINDS = {"report", "news_article", "official_statement", "imagery_provider",
                "social_media", "other"}
STATUSES = {"unreviewed", "accepted", "disputed", "rejected"}
RELATIONS = {"corroborates", "contradicts", "supports", "depicts", "refers_to", "depends_on"}
RELIABILITY = set("ABCDEF")
REF_KINDS = {"claim": "claims", "source": "sources", "site": "sites", "event": "events", "judgment": "judgments"}
LIKELIHOODS = {"almost_no_chance", "very_unlikely", "unlikely", "roughly_even_chance", "likely", "very_likely",
               "almost_certain"}  # ICD 203
CONFIDENCES = {"low", "moderate", "high"}
JUDGMENT_STATUSES = {"draft", "issued", "withdrawn"}

TOP_KEYS = ["format", "version", "title", "description", "author", "sites", "sources",
            "captures", "claims", "events", "observations", "judgments", "links"]

# Allowed keys per record, in the order they must appear; True = required.
FIELDS = {
    "sites": [("key", True), ("name", True), ("kind", True), ("aliases", True),
              ("country", True), ("lon", True), ("lat", True), ("locationNote", True),
              ("aoi", False), ("notes", True)],
    "sources": [("key", True), ("publisher", True), ("title", True), ("authors", True),
                ("url", True), ("published", False), ("accessed", False), ("kind", True),
                ("reliability", True), ("notes", True)],
    "captures": [("key", True), ("source", True), ("file", True), ("mediaType", True),
                 ("sha256", True), ("capturedAt", True), ("capturedBy", True), ("url", True)],
    "claims": [("key", True), ("source", True), ("capture", True), ("quote", True),
               ("locator", True), ("attributedTo", False), ("sites", True), ("time", True),
               ("quantity", False), ("credibility", True), ("status", True), ("notes", True)],
    "events": [("key", True), ("title", True), ("time", True), ("lon", False), ("lat", False),
               ("locationNote", True), ("sites", True), ("notes", True), ("sources", True)],
    "observations": [("key", True), ("site", True), ("object", True), ("count", True), ("bound", False),
                     ("measure", False), ("approximate", True), ("time", True), ("fromClaim", True), ("notes", True)],
    "judgments": [("key", True), ("statement", True), ("likelihood", True), ("confidence", True), ("time", True),
                  ("sites", True), ("author", True), ("status", True), ("restsOn", True), ("notes", True)],
    "links": [("from", True), ("to", True), ("relation", True), ("note", True)],
}
QUANTITY_FIELDS = [("value", False), ("min", False), ("max", False), ("approximate", True),
                   ("unit", True), ("object", True), ("measure", False)]

BOUND_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?)?)?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INSTANT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
LOCATOR_RE = re.compile(r"^para\. ([1-9]\d*)$")
KEY_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_text(v, allow_empty=False):
    return isinstance(v, str) and (allow_empty or v.strip() != "")


def parse_bound(text):
    """Returns (first moment, last moment) of a bound, or None."""
    m = BOUND_RE.match(text)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    try:
        if m.group(4):
            sec = int(m.group(6)) if m.group(6) else 0
            start = datetime.datetime(y, mo, d, int(m.group(4)), int(m.group(5)), sec)
            end = start + datetime.timedelta(seconds=1 if m.group(6) else 60)
        elif d is not None:
            start = datetime.datetime(y, mo, d)
            end = start + datetime.timedelta(days=1)
        elif mo is not None:
            start = datetime.datetime(y, mo, 1)
            end = datetime.datetime(y + (mo == 12), mo % 12 + 1, 1)
        else:
            start = datetime.datetime(y, 1, 1)
            end = datetime.datetime(y + 1, 1, 1)
    except ValueError:
        return None
    return start, end


def time_problem(text):
    """Empty string when text is a valid time, else why not."""
    if not isinstance(text, str):
        return "not a string"
    t = text.strip()
    if t != text:
        return "surrounding whitespace"
    if t in ("", "unknown"):
        return ""
    if "/" not in t:
        return "" if parse_bound(t) else "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z"
    if t.count("/") != 1:
        return "more than one '/'"
    left, right = t.split("/")
    if left == ".." and right == "..":
        return "both ends are open"
    lb = None if left == ".." else parse_bound(left)
    rb = None if right == ".." else parse_bound(right)
    if left != ".." and lb is None:
        return "the start %r is not a date" % left
    if right != ".." and rb is None:
        return "the end %r is not a date" % right
    if lb and rb and rb[1] <= lb[0]:
        return "it ends before it starts"
    return ""


def valid_date(text):
    if not isinstance(text, str) or not DATE_RE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def no_duplicate_keys(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise ValueError("duplicate JSON key %r" % k)
        seen[k] = v
    return seen


def check_fields(ck, where, rec, fields):
    if not isinstance(rec, dict):
        ck.err(where, "is not an object")
        return False
    names = [f for f, _ in fields]
    for k in rec:
        if k not in names:
            ck.err(where, "unknown key %r" % k)
    for f, required in fields:
        if required and f not in rec:
            ck.err(where, "missing key %r" % f)
    order = [k for k in rec if k in names]
    if order != sorted(order, key=names.index):
        ck.err(where, "keys out of order: %s (expected order %s)" % (order, names))
    return True


def check_point(ck, where, lon, lat):
    if not is_number(lon) or not -180 <= lon <= 180:
        ck.err(where, "lon %r out of range [-180, 180]" % (lon,))
        return False
    if not is_number(lat) or not -90 <= lat <= 90:
        ck.err(where, "lat %r out of range [-90, 90]" % (lat,))
        return False
    return True


def check_quantity(ck, where, q):
    if not check_fields(ck, where, q, QUANTITY_FIELDS):
        return
    vals = {k: q[k] for k in ("value", "min", "max") if k in q}
    if not vals:
        ck.err(where, "needs at least one of value, min, max")
    for k, v in vals.items():
        if not is_number(v):
            ck.err(where, "%s is not a number" % k)
            return
    if "min" in vals and "max" in vals and vals["min"] > vals["max"]:
        ck.err(where, "min above max")
    if "value" in vals and "min" in vals and vals["value"] < vals["min"]:
        ck.err(where, "value below min")
    if "value" in vals and "max" in vals and vals["value"] > vals["max"]:
        ck.err(where, "value above max")
    if not isinstance(q.get("approximate"), bool):
        ck.err(where, "approximate must be true or false")
    for k in ("unit", "object"):
        if not is_text(q.get(k)):
            ck.err(where, "%s must be non-empty text" % k)
    if is_text(q.get("object")) and not KEY_RE.match(q["object"].replace("_", "-")):
        ck.err(where, "object %r should be a lower-case singular kind" % q["object"])


def paragraphs(text):
    return [line for line in text.split("\n") if line.strip()]


def main(argv):
    seed_dir = argv[1] if len(argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "seeds")
    case_path = argv[2] if len(argv) > 2 else os.path.join(HERE, "dprk-russia-munitions.case.json")
    seed_dir = os.path.normpath(seed_dir)
    ck = Checker()

    with open(case_path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("FAIL: case file is not UTF-8: %s" % e)
        return 1
    try:
        case = json.loads(text, object_pairs_hook=no_duplicate_keys)
    except ValueError as e:
        print("FAIL: case file is not valid JSON: %s" % e)
        return 1

    # Layout: reviewed in diffs, so 2-space indentation, no tabs, trailing newline.
    if not text.endswith("\n"):
        ck.err("file", "does not end with a newline")
    for n, line in enumerate(text.split("\n"), 1):
        if "\t" in line:
            ck.err("file line %d" % n, "contains a tab")
        if line != line.rstrip():
            ck.err("file line %d" % n, "trailing whitespace")
        indent = len(line) - len(line.lstrip(" "))
        if indent % 2:
            ck.err("file line %d" % n, "indentation is not a multiple of 2")

    if not isinstance(case, dict):
        print("FAIL: top level is not an object")
        return 1
    if list(case.keys()) != TOP_KEYS:
        ck.err("top level", "keys %s, expected %s" % (list(case.keys()), TOP_KEYS))
    if case.get("format") != "sightline-case":
        ck.err("top level", "format must be \"sightline-case\"")
    if case.get("version") != 1 or isinstance(case.get("version"), bool):
        ck.err("top level", "version must be 1")
    for k in ("title", "description", "author"):
        if not is_text(case.get(k)):
            ck.err("top level", "%s must be non-empty text" % k)

    # Unique keys per section.
    index = {}
    for section in FIELDS:
        recs = case.get(section)
        if not isinstance(recs, list):
            ck.err(section, "missing or not a list")
            case[section] = recs = []
        if section == "links":
            continue
        index[section] = {}
        for i, rec in enumerate(recs):
            key = rec.get("key") if isinstance(rec, dict) else None
            where = "%s[%d]" % (section, i)
            if not is_text(key) or not KEY_RE.match(key):
                ck.err(where, "key %r is missing or not lower-case-with-hyphens" % (key,))
                continue
            if key in index[section]:
                ck.err(where, "duplicate key %r" % key)
            index[section][key] = rec

    def where_of(section, i, rec):
        key = rec.get("key") if isinstance(rec, dict) else None
        return "%s[%d] %s" % (section, i, key or "")

    # Sites.
    for i, s in enumerate(case["sites"]):
        w = where_of("sites", i, s)
        if not check_fields(ck, w, s, FIELDS["sites"]):
            continue
        if s.get("kind") not in SITE_KINDS:
            ck.err(w, "kind %r not one of %s" % (s.get("kind"), sorted(SITE_KINDS)))
        if not isinstance(s.get("aliases"), list) or not all(is_text(a) for a in s["aliases"]):
            ck.err(w, "aliases must be a list of text")
        if not isinstance(s.get("country"), str) or not re.match(r"^[A-Z]{2}$", s["country"]):
            ck.err(w, "country must be an ISO 3166-1 alpha-2 code")
        for k in ("name", "locationNote", "notes"):
            if not is_text(s.get(k)):
                ck.err(w, "%s must be non-empty text" % k)
        ok = check_point(ck, w, s.get("lon"), s.get("lat"))
        if "aoi" in s:
            ring = s["aoi"]
            if not isinstance(ring, list) or len(ring) < 4:
                ck.err(w, "aoi must be a ring of at least 4 [lon, lat] positions")
            else:
                good = True
                for j, p in enumerate(ring):
                    if not (isinstance(p, list) and len(p) == 2
                            and check_point(ck, "%s aoi[%d]" % (w, j), p[0], p[1])):
                        ck.err(w, "aoi[%d] is not a valid [lon, lat]" % j)
                        good = False
                if good:
                    if ring[0] != ring[-1]:
                        ck.err(w, "aoi ring is not closed (first != last)")
                    lons = [p[0] for p in ring]
                    lats = [p[1] for p in ring]
                    if ok and not (min(lons) <= s["lon"] <= max(lons)
                                   and min(lats) <= s["lat"] <= max(lats)):
                        ck.err(w, "site point lies outside its aoi")
                    if max(lons) - min(lons) > 1 or max(lats) - min(lats) > 1:
                        ck.err(w, "aoi spans more than a degree: looks like lat/lon swapped")

    # Sources.
    for i, s in enumerate(case["sources"]):
        w = where_of("sources", i, s)
        if not check_fields(ck, w, s, FIELDS["sources"]):
            continue
        for k in ("publisher", "title", "notes"):
            if not is_text(s.get(k)):
                ck.err(w, "%s must be non-empty text" % k)
        if not isinstance(s.get("authors"), list) or not all(is_text(a) for a in s["authors"]):
            ck.err(w, "authors must be a list of text")
        if not isinstance(s.get("url"), str):
            ck.err(w, "url must be text (may be empty)")
        elif s["url"] and not re.match(r"^https?://", s["url"]):
            ck.err(w, "url must be empty or http(s)")
        for k in ("published", "accessed"):
            if k in s and not valid_date(s[k]):
                ck.err(w, "%s %r is not a valid YYYY-MM-DD date" % (k, s[k]))
        if s.get("kind") not in SOURCE_KINDS:
            ck.err(w, "kind %r not one of %s" % (s.get("kind"), sorted(SOURCE_KINDS)))
        if s.get("reliability") not in RELIABILITY:
            ck.err(w, "reliability %r not one of A-F" % (s.get("reliability"),))

    # Captures.
    seed_text = {}
    captured_sources = set()
    for i, c in enumerate(case["captures"]):
        w = where_of("captures", i, c)
        if not check_fields(ck, w, c, FIELDS["captures"]):
            continue
        if c.get("source") not in index["sources"]:
            ck.err(w, "source %r does not resolve" % (c.get("source"),))
        else:
            captured_sources.add(c["source"])
        fname = c.get("file")
        if not is_text(fname) or os.path.basename(fname) != fname:
            ck.err(w, "file must be a bare seed file name")
            continue
        path = os.path.join(seed_dir, fname)
        if not os.path.isfile(path):
            ck.err(w, "seed file %s not found" % path)
            continue
        with open(path, "rb") as f:
            data = f.read()
        digest = hashlib.sha256(data).hexdigest()
        if not isinstance(c.get("sha256"), str) or not re.match(r"^[0-9a-f]{64}$", c["sha256"]):
            ck.err(w, "sha256 must be 64 lower-case hex digits")
        elif c["sha256"] != digest:
            ck.err(w, "sha256 mismatch: file is %s" % digest)
        try:
            seed_text[c["key"]] = data.decode("utf-8")
        except UnicodeDecodeError:
            ck.err(w, "seed file is not UTF-8")
        if c.get("mediaType") != "text/plain":
            ck.err(w, "mediaType must be text/plain for these seeds")
        if not isinstance(c.get("capturedAt"), str) or not INSTANT_RE.match(c["capturedAt"]):
            ck.err(w, "capturedAt must be YYYY-MM-DDTHH:MM:SSZ")
        if not is_text(c.get("capturedBy")):
            ck.err(w, "capturedBy must be non-empty text")
        if not isinstance(c.get("url"), str):
            ck.err(w, "url must be text (may be empty)")
    for key, s in index["sources"].items():
        if "accessed" in s and key not in captured_sources:
            ck.err("sources " + key, "has an accessed date but no capture")

    # Claims.
    for i, c in enumerate(case["claims"]):
        w = where_of("claims", i, c)
        if not check_fields(ck, w, c, FIELDS["claims"]):
            continue
        src = c.get("source")
        cap = index["captures"].get(c.get("capture"))
        if src not in index["sources"]:
            ck.err(w, "source %r does not resolve" % (src,))
        if cap is None:
            ck.err(w, "capture %r does not resolve" % (c.get("capture"),))
        elif cap.get("source") != src:
            ck.err(w, "capture %r belongs to source %r, not %r" % (c["capture"], cap.get("source"), src))
        if "attributedTo" in c:
            if c["attributedTo"] not in index["sources"]:
                ck.err(w, "attributedTo %r does not resolve" % (c["attributedTo"],))
            elif c["attributedTo"] == src:
                ck.err(w, "attributedTo repeats the source; omit it instead")
        quote = c.get("quote")
        body = seed_text.get(c.get("capture"))
        if not is_text(quote):
            ck.err(w, "quote must be non-empty text")
        elif body is not None:
            if quote not in body:
                ck.err(w, "quote is not a verbatim substring of %s" % cap.get("file"))
            else:
                m = LOCATOR_RE.match(c.get("locator") or "")
                paras = paragraphs(body)
                if not m:
                    ck.err(w, "locator %r is not \"para. N\"" % (c.get("locator"),))
                elif int(m.group(1)) > len(paras):
                    ck.err(w, "locator %s beyond the %d paragraphs" % (c["locator"], len(paras)))
                elif quote not in paras[int(m.group(1)) - 1]:
                    found = [n + 1 for n, p in enumerate(paras) if quote in p]
                    ck.err(w, "quote is not in %s (found in para. %s)" % (c["locator"], found))
        if not isinstance(c.get("sites"), list):
            ck.err(w, "sites must be a list")
        else:
            for s in c["sites"]:
                if s not in index["sites"]:
                    ck.err(w, "site %r does not resolve" % (s,))
            if len(set(c["sites"])) != len(c["sites"]):
                ck.err(w, "sites repeat")
        p = time_problem(c.get("time"))
        if p:
            ck.err(w, "time %r: %s" % (c.get("time"), p))
        if "quantity" in c:
            check_quantity(ck, w + " quantity", c["quantity"])
        cred = c.get("credibility")
        if not (isinstance(cred, int) and not isinstance(cred, bool) and 1 <= cred <= 6):
            ck.err(w, "credibility %r not an integer 1-6" % (cred,))
        if c.get("status") not in STATUSES:
            ck.err(w, "status %r not one of %s" % (c.get("status"), sorted(STATUSES)))
        if not is_text(c.get("notes")):
            ck.err(w, "notes must be non-empty text (say why the credibility)")

    # Events.
    for i, e in enumerate(case["events"]):
        w = where_of("events", i, e)
        if not check_fields(ck, w, e, FIELDS["events"]):
            continue
        for k in ("title", "locationNote", "notes"):
            if not is_text(e.get(k)):
                ck.err(w, "%s must be non-empty text" % k)
        p = time_problem(e.get("time"))
        if p:
            ck.err(w, "time %r: %s" % (e.get("time"), p))
        if ("lon" in e) != ("lat" in e):
            ck.err(w, "lon and lat go together")
        elif "lon" in e:
            check_point(ck, w, e["lon"], e["lat"])
        for k, section in (("sites", "sites"), ("sources", "sources")):
            if not isinstance(e.get(k), list):
                ck.err(w, "%s must be a list" % k)
                continue
            for ref in e[k]:
                if ref not in index[section]:
                    ck.err(w, "%s entry %r does not resolve" % (k, ref))

    # Observations.
    for i, o in enumerate(case["observations"]):
        w = where_of("observations", i, o)
        if not check_fields(ck, w, o, FIELDS["observations"]):
            continue
        if o.get("site") not in index["sites"]:
            ck.err(w, "site %r does not resolve" % (o.get("site"),))
        claim = index["claims"].get(o.get("fromClaim"))
        if claim is None:
            ck.err(w, "fromClaim %r does not resolve" % (o.get("fromClaim"),))
        else:
            if o.get("site") not in (claim.get("sites") or []):
                ck.err(w, "site is not among the claim's sites")
            q = claim.get("quantity") or {}
            if q.get("object") and q.get("object") != o.get("object"):
                ck.err(w, "object %r differs from the claim's %r" % (o.get("object"), q.get("object")))
            if o.get("time") != claim.get("time"):
                ck.err(w, "time %r differs from the claim's %r" % (o.get("time"), claim.get("time")))
        if not is_text(o.get("object")):
            ck.err(w, "object must be non-empty text")
        if not is_number(o.get("count")) or o["count"] < 0:
            ck.err(w, "count must be a non-negative number")
        if "bound" in o and o["bound"] not in ("min", "max"):
            ck.err(w, "bound must be \"min\" (count is a lower bound) or \"max\" (an upper bound)")
        if not isinstance(o.get("approximate"), bool):
            ck.err(w, "approximate must be true or false")
        p = time_problem(o.get("time"))
        if p:
            ck.err(w, "time %r: %s" % (o.get("time"), p))

    # Judgments: each rests on quoted claims of the case.
    for i, j in enumerate(case["judgments"]):
        w = where_of("judgments", i, j)
        if not check_fields(ck, w, j, FIELDS["judgments"]):
            continue
        for k in ("statement", "author", "notes"):
            if not is_text(j.get(k)):
                ck.err(w, "%s must be non-empty text" % k)
        if j.get("likelihood") not in LIKELIHOODS:
            ck.err(w, "likelihood %r not one of %s" % (j.get("likelihood"), sorted(LIKELIHOODS)))
        if j.get("confidence") not in CONFIDENCES:
            ck.err(w, "confidence %r not one of %s" % (j.get("confidence"), sorted(CONFIDENCES)))
        if j.get("status") not in JUDGMENT_STATUSES:
            ck.err(w, "status %r not one of %s" % (j.get("status"), sorted(JUDGMENT_STATUSES)))
        p = time_problem(j.get("time"))
        if p:
            ck.err(w, "time %r: %s" % (j.get("time"), p))
        for site in j.get("sites") or []:
            if site not in index["sites"]:
                ck.err(w, "site %r does not resolve" % (site,))
        rests = j.get("restsOn")
        if not isinstance(rests, list) or not rests:
            ck.err(w, "restsOn must list the claims the judgment rests on")
            continue
        for r in rests:
            kind, _, key = str(r).partition(":")
            claim = index["claims"].get(key) if kind == "claim" else None
            if claim is None:
                ck.err(w, "restsOn %r is not claim:KEY of a claim in the case" % (r,))
            elif not is_text(claim.get("quote")) or not is_text(claim.get("source")):
                ck.err(w, "restsOn %r: the claim has no quote or source" % (r,))

    # Links.
    seen_links = set()
    for i, l in enumerate(case["links"]):
        w = "links[%d]" % i
        if not check_fields(ck, w, l, FIELDS["links"]):
            continue
        for end in ("from", "to"):
            ref = l.get(end)
            if not isinstance(ref, str) or ":" not in ref:
                ck.err(w, "%s %r is not KIND:KEY" % (end, ref))
                continue
            kind, key = ref.split(":", 1)
            if kind not in REF_KINDS:
                ck.err(w, "%s kind %r not one of %s" % (end, kind, sorted(REF_KINDS)))
            elif key not in index[REF_KINDS[kind]]:
                ck.err(w, "%s %r does not resolve" % (end, ref))
        if l.get("relation") not in RELATIONS:
            ck.err(w, "relation %r not one of %s" % (l.get("relation"), sorted(RELATIONS)))
        if l.get("from") == l.get("to"):
            ck.err(w, "links a record to itself")
        if not is_text(l.get("note")):
            ck.err(w, "note must be non-empty text")
        sig = (l.get("from"), l.get("to"), l.get("relation"))
        if sig in seen_links:
            ck.err(w, "duplicate link %s" % (sig,))
        seen_links.add(sig)

    counts = ", ".join("%d %s" % (len(case[s]), s) for s in FIELDS)
    if ck.errors:
        for e in ck.errors:
            print("ERROR " + e)
        print("FAIL: %d problem(s) in %s (%s)" % (len(ck.errors), case_path, counts))
        return 1
    print("OK: %s (%s; seeds from %s)" % (case_path, counts, seed_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
