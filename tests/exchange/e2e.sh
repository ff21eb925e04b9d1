#!/usr/bin/env bash
# End-to-end exchange test (SR-21..SR-24): amparo-intake keygen -> amparo-cli init/add/attach (+ two
# revisions via the vault API helper) -> amparo-cli export -> amparo-intake verify/open. Checks that
# every field, revision and attachment comes back byte for byte, that tampered or misaddressed bundles
# fail with a message and leave no output, the CSV guard, the PDF rendering, and that amparo-cli and
# amparo-intake print the shared safety-number vector.
# Usage: e2e.sh AMPARO_INTAKE AMPARO_CLI E2E_HELPER DATA_DIR
set -euo pipefail
intake="$1"; cli="$2"; helper="$3"; data="$4"
work="$(mktemp -d "${TMPDIR:-/tmp}/amparo-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
vp="correct horse battery staple"
op="organization pass phrase"
cli_() { "$cli" "$@" --vault v --passphrase-fd 3 3< <(printf '%s\n' "$vp"); }

# 1. Organization keys, card and QR.
"$intake" keygen --out org --name "Ayuda Legal del Valle" --region "Texas" --hotline "+1 555 0100" \
  --languages en,es --kdf interactive --passphrase-fd 3 3< <(printf '%s\n' "$op") > keygen.out
for f in org.card org-card.png org.secret; do [ -s "org/$f" ] || fail "keygen did not write $f"; done
[ "$(stat -c %a org/org.secret)" = 600 ] || fail "org.secret is not mode 0600"
sn="$(sed -n 's/^Safety number: //p' keygen.out)"
[ "$("$intake" fingerprint org/org.card)" = "$sn" ] || fail "fingerprint differs from keygen"
grep -q "^safety-number: $sn\$" org/org.card || fail "card file lacks its safety number"
if "$intake" keygen --out org --name X --passphrase-fd 3 3< <(echo x) 2>/dev/null; then fail "keygen overwrote"; fi
if "$intake" keygen --out org2 --name X --passphrase "secret" 2>/dev/null; then fail "argv passphrase accepted"; fi

# 2. A vault with two notes, three revisions of the first, and attachments.
"$cli" init --vault v --kdf interactive --passphrase-fd 3 3< <(printf '%s\n' "$vp") > /dev/null 2>&1
cat > note1.json <<'JSON'
{"title": "=HYPERLINK(\"http://evil\")", "when_start": "2026-03-01T14:30", "when_end": "2026-03-01T16:00",
 "time_zone": "America/Chicago", "where": "Checkpoint on I-35, mile 12", "agency": "local_police_287g",
 "officer_names": ["Ofc. Smith", "Ofc. Díaz"], "badge_numbers": ["4411", "-7"], "vehicles": ["Unit 12"],
 "biometric_steps": ["face_photo", "fingerprints"], "officer_device": "phone app",
 "consent_asked": "no", "status_asked": "yes", "status_stated": "dont_know",
 "reference_number": "REF-99812", "held_duration": "about 2 hours", "what_was_said": "\"Show me your papers\"",
 "what_was_taken": "phone", "witnesses": "my cousin", "injuries": "none",
 "narrative": "They scanned my face. Ñandú — ‘quoted’ 中文 العربية"}
JSON
id1="$(cli_ add --json note1.json 2>/dev/null)"
id2="$(cli_ add --title "Second stop" --narrative "Short note" 2>/dev/null)"
"$helper" revise v "$id1" "Revised narrative: more details, line 1
line 2" 3< <(printf '%s\n' "$vp") > /dev/null
"$helper" revise v "$id1" "Third revision" 3< <(printf '%s\n' "$vp") > /dev/null
head -c 3000000 /dev/urandom > video.mp4
printf 'hello attachment\n' > "weird ..name.txt"
: > empty.bin
att1="$(cli_ attach "$id1" video.mp4 2>/dev/null)"
att2="$(cli_ attach "$id1" "weird ..name.txt" 2>/dev/null)"
att3="$(cli_ attach "$id2" empty.bin 2>/dev/null)" || att3=""

# 3. Export; the CLI prints the same safety number as keygen.
cli_ export --to org/org.card --out b.amparo > export.out 2> export.err || { cat export.err >&2; fail "export failed"; }
grep -q "^recipient safety number: $sn\$" export.out || fail "amparo-cli safety number differs"
grep -q "exported 2 note(s), 4 revision(s)" export.out || { cat export.out >&2; fail "export summary"; }
if cli_ export --to org/org.card --out b.amparo 2>/dev/null >/dev/null; then fail "export overwrote"; fi
if cli_ export --to org/org.card --out c.amparo --note 00000000000000000000000000000000 2>/dev/null; then
  fail "unknown note exported"; fi
[ ! -e c.amparo ] || fail "failed export left a file"
# Only the selected note.
cli_ export --to org/org.card --out one.amparo --note "$id2" > one.out 2>/dev/null
grep -q "exported 1 note(s), 1 revision(s)" one.out || fail "--note selection"

# 4. Verify and open.
ipass() { printf '%s\n' "$op"; }
"$intake" verify b.amparo --key org/org.secret --passphrase-fd 3 3< <(ipass) > verify.out
grep -q "^VERIFIED: " verify.out || fail "verify verdict"
grep -q "note $id1: chain intact, 3 revision(s)" verify.out || fail "verify chain status"
"$intake" open b.amparo --key org/org.secret --passphrase-fd 3 --out out 3< <(ipass) > open.out
[ "$(wc -l < open.out)" = 1 ] || fail "open must print one verdict line"
grep -q "(new sender)" open.out || fail "first bundle must be a new sender"
[ -s out/report.json ] && [ -s out/report.pdf ] || fail "report files missing"

# Every field and revision byte for byte: compare with amparo-cli show --json / history.
cli_ show --json "$id1" > show1.json 2>/dev/null
cli_ show --json "$id2" > show2.json 2>/dev/null
cli_ history "$id1" > hist1.txt 2>/dev/null
python3 - "$id1" "$id2" <<'PY'
import json, sys, hashlib
id1, id2 = sys.argv[1], sys.argv[2]
r = json.load(open("out/report.json"))
notes = {n["id"]: n for n in r["notes"]}
assert set(notes) == {id1, id2}, notes.keys()
def fields_of(show):
    j = json.load(open(show))
    return j.get("note", j)
for nid, show in ((id1, "show1.json"), (id2, "show2.json")):
    want = fields_of(show)
    got = notes[nid]["fields"]
    assert got == want, (nid, got, want)
n1 = notes[id1]
assert n1["revision_count"] == 3 and len(n1["revisions"]) == 3
orig = json.load(open("note1.json"))
assert n1["revisions"][0]["fields"] == orig, (n1["revisions"][0]["fields"], orig)
assert n1["revisions"][1]["fields"]["narrative"] == "Revised narrative: more details, line 1\nline 2"
assert n1["revisions"][2]["fields"]["narrative"] == "Third revision"
hist = open("hist1.txt").read()
for rev in n1["revisions"]:
    assert rev["hash"] in hist, ("hash not in amparo-cli history", rev["hash"])
assert n1["revisions"][0]["previous_hash"] == "0" * 64
assert n1["revisions"][1]["previous_hash"] == n1["revisions"][0]["hash"]
assert n1["chain_head"] == n1["revisions"][2]["hash"]
shown = {a["id"]: a for a in json.load(open("show1.json"))["attachments"]}
assert set(shown) == {a["id"] for a in n1["attachments"]}
for a in n1["attachments"]:
    assert shown[a["id"]]["size"] == a["size"]
    assert shown[a["id"]]["name"] == a["name"] and shown[a["id"]]["mime"] == a["mime"]
    data = open("out/" + a["file"], "rb").read()
    assert len(data) == a["size"]
    tag = lambda t: len(t).to_bytes(4, "little") + t
    leaves = b"".join(hashlib.blake2b(tag(b"amparo-att-leaf-v1") + i.to_bytes(8, "little") + data[i * 65536:(i + 1) * 65536],
                                      digest_size=32).digest() for i in range((len(data) + 65535) // 65536))
    root = hashlib.blake2b(tag(b"amparo-att-root-v1") + len(data).to_bytes(8, "little") + leaves, digest_size=32)
    assert root.hexdigest() == a["digest"], ("attachment digest", a["name"])
PY
# Attachments byte for byte, found through report.json (the file names are sanitised).
python3 - "$att3" <<'PY'
import json, sys
r = json.load(open("out/report.json"))
files = {a["name"]: a["file"] for n in r["notes"] for a in n["attachments"]}
want = {"video.mp4": "video.mp4", "weird ..name.txt": "weird ..name.txt"}
if sys.argv[1]:
    want["empty.bin"] = "empty.bin"
assert set(files) == set(want), files
for name, local in want.items():
    assert open("out/" + files[name], "rb").read() == open(local, "rb").read(), name
    assert "/" not in files[name][len("attachments/"):] and ".." not in files[name].split("/")[1][:2]
PY

# 5. CSV: one row per note, formula guard.
"$intake" export-csv out > notes.csv
python3 - <<'PY'
import csv
rows = list(csv.reader(open("notes.csv", newline="")))
assert len(rows) == 3, len(rows)
titles = [r[rows[0].index("title")] for r in rows[1:]]
assert "'=HYPERLINK(\"http://evil\")" in titles, titles
PY

# 6. The PDF renders.
if command -v pdftoppm > /dev/null; then
  pdftoppm -png -r 40 -f 1 -l 1 out/report.pdf page
  [ -s page-1.png ] || [ -s page-01.png ] || fail "report.pdf did not render"
fi

# 7. Bad bundles: flipped byte, truncated, wrong organization — non-zero, a message, no output.
size=$(stat -c %s b.amparo)
flip() { python3 -c 'import sys; d = bytearray(open("b.amparo", "rb").read()); d[int(sys.argv[1])] ^= 1
open(sys.argv[2], "wb").write(d)' "$1" "$2"; }
flip 20 bad-header.amparo
flip $((size / 2)) bad-middle.amparo
flip $((size - 3)) bad-end.amparo
head -c $((size - 100)) b.amparo > truncated.amparo
"$intake" keygen --out other --name "Other Org" --kdf interactive --passphrase-fd 3 3< <(ipass) > /dev/null
for bad in bad-header bad-middle bad-end truncated; do
  if "$intake" verify "$bad.amparo" --key org/org.secret --passphrase-fd 3 3< <(ipass) > /dev/null 2> err.txt; then
    fail "verify accepted $bad"; fi
  grep -q "REJECTED" err.txt || fail "no message for $bad"
  if "$intake" open "$bad.amparo" --key org/org.secret --passphrase-fd 3 --out "out-$bad" 3< <(ipass) \
       > /dev/null 2> err.txt; then fail "open accepted $bad"; fi
  [ ! -e "out-$bad" ] || fail "output created for $bad"
done
if "$intake" open b.amparo --key other/org.secret --passphrase-fd 3 --out out-other 3< <(ipass) \
     > /dev/null 2> err.txt; then fail "another org opened the bundle"; fi
grep -q "made for another organization" err.txt || { cat err.txt >&2; fail "wrong-recipient message"; }
if "$intake" verify b.amparo --key org/org.secret --passphrase-fd 3 3< <(echo "wrong pass") 2> err.txt; then
  fail "wrong passphrase accepted"; fi
grep -q "wrong passphrase" err.txt || fail "wrong-passphrase message"
[ -z "$(ls -A | grep partial || true)" ] || fail "staging folders left behind"
[ ! -e out-other ] || fail "output created for another org"

# 8. Sender continuity across bundles.
"$intake" open one.amparo --key org/org.secret --passphrase-fd 3 --out out-one 3< <(ipass) > open2.out
grep -q "same sender as bundle" open2.out || { cat open2.out >&2; fail "same sender not recognised"; }

# 9. Shared SR-22 vector: both tools print the committed number for the committed card.
want="$(cat "$data/vector-org.safety-number")"
[ "$("$intake" fingerprint "$data/vector-org.card")" = "$want" ] || fail "amparo-intake vector"
cli_ export --to "$data/vector-org.card" --out vector.amparo > vec.out 2>/dev/null
grep -q "^recipient safety number: $want\$" vec.out || fail "amparo-cli vector"

# 10. SR-22 gate shared with the app: once the vault trusts an organization (the app's record), export
# needs the confirmed card; a card with new keys under the same name, or one never confirmed, is refused
# with a message and writes nothing.
"$intake" keygen --out impostor --name "Ayuda Legal del Valle" --kdf interactive --passphrase-fd 3 \
  3< <(printf '%s\n' "$op") > /dev/null
"$helper" trust v org/org.card 1 3< <(printf '%s\n' "$vp")
cli_ export --to org/org.card --out trusted.amparo > trusted.out 2> trusted.err || fail "confirmed org refused"
grep -q "confirmed for this organization in this vault" trusted.err || fail "confirmation not reported"
if cli_ export --to impostor/org.card --out impostor.amparo > /dev/null 2> impostor.err; then
  fail "new keys for a trusted organization accepted"; fi
grep -q "keys have changed" impostor.err || { cat impostor.err >&2; fail "key change message"; }
[ ! -e impostor.amparo ] || fail "refused export left a file"
"$helper" trust v org/org.card 0 3< <(printf '%s\n' "$vp")
if cli_ export --to org/org.card --out unconfirmed.amparo > /dev/null 2> unconfirmed.err; then
  fail "unconfirmed organization accepted"; fi
grep -q "has not been confirmed" unconfirmed.err || { cat unconfirmed.err >&2; fail "not-confirmed message"; }
[ ! -e unconfirmed.amparo ] || fail "refused export left a file"
echo "exchange e2e: ok"
