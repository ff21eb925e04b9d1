#!/usr/bin/env python3
"""Validates pack source folders against content/schema (exit 77 = skipped: no jsonschema)."""
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema not installed: skipped")
    sys.exit(77)

root = Path(sys.argv[1])
schema_dir = root / "content" / "schema"
manifest_schema = json.loads((schema_dir / "manifest.schema.json").read_text())
language_schema = json.loads((schema_dir / "language.schema.json").read_text())
for s in (manifest_schema, language_schema):
    jsonschema.Draft202012Validator.check_schema(s)
mv = jsonschema.Draft202012Validator(manifest_schema)
lv = jsonschema.Draft202012Validator(language_schema)
failed = 0
for folder in sys.argv[2:]:
    folder = Path(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    docs = [("manifest.json", mv, manifest)]
    for lang in manifest.get("languages", []):
        f = folder / (lang["code"] + ".json")
        docs.append((f.name, lv, json.loads(f.read_text())))
    for name, validator, doc in docs:
        for e in validator.iter_errors(doc):
            failed += 1
            print(f"{folder / name}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
# The schema must also refuse what the loader refuses.
bad = json.loads((root / "tests/rights/data/fixture-src/manifest.json").read_text())
bad["cards"][0]["sourcez"] = ["S1"]
if mv.is_valid(bad):
    failed += 1
    print("schema accepted an unknown card field")
bad_lang = json.loads((root / "tests/rights/data/fixture-src/en.json").read_text())
bad_lang["say_lines"]["free-to-leave"] = "x\u202ey"
if lv.is_valid(bad_lang):
    failed += 1
    print("schema accepted a bidi override")
sys.exit(1 if failed else 0)
