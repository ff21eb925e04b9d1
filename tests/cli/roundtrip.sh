#!/usr/bin/env bash
# CLI round trip: init, add (flags and --json), list, show, history, attach + export-attachment
# (byte for byte), capture while locked + merge, passwd, verify, wrong passphrase (exact stderr),
# wipe. Usage: roundtrip.sh path/to/amparo-cli
CLI="$1"
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/in"

# --help and usage errors
run --help; expect_ok "--help"
grep -q "^  init " <<<"$OUT" || fail "--help lists init"
run list --help; expect_ok "list --help"
grep -q "^Usage: amparo-cli list" <<<"$OUT" || fail "list --help"
run lsit; expect_rc 1 "unknown command"
expect_err "amparo-cli: unknown command
Try 'amparo-cli --help'." "unknown command"
run list --vault "$VAULT" --bogus; expect_rc 1 "unknown option"
expect_err "amparo-cli: unknown option --bogus
Try 'amparo-cli list --help'." "unknown option"
run list; expect_rc 1 "no vault folder"
run list --vault "$VAULT" --passphrase-fd 3 --passphrase-fd 4; expect_rc 1 "repeated option"
runp "$PASS" list --vault "$VAULT"; expect_rc 4 "list without a vault"
expect_err "amparo-cli: no vault in this folder" "list without a vault"

# init: too short, then good
runp "short" init --vault "$VAULT" --kdf interactive; expect_rc 8 "short passphrase"
[ ! -e "$VAULT/header" ] || fail "a refused init left files"
init_vault
[[ "$OUT" =~ ^vault\ [0-9a-f]{32}\ created\ \(Argon2id,\ 2\ passes,\ 64\ MiB\)$ ]] || fail "init output: $OUT"
runp "$PASS" init --vault "$VAULT" --kdf interactive; expect_rc 7 "init twice"
[ "$(stat -c %a "$VAULT")" = 700 ] || fail "vault folder mode $(stat -c %a "$VAULT")"
bad_modes="$(find "$VAULT" -type f ! -perm 600)"
[ -z "$bad_modes" ] || fail "files not 0600: $bad_modes"

# add with flags
runp "$PASS" add --vault "$VAULT" --title "Stopped at the bus station" --narrative "Two officers asked for papers." \
  --agency local-police-287g --biometric face-photo --biometric fingerprints --officer-name "Officer A" \
  --badge 1234 --consent-asked no --status-asked yes
expect_ok "add with flags"
ID1="$OUT"
[[ "$ID1" =~ ^[0-9a-f]{32}$ ]] || fail "add prints an id: $ID1"

# add with --json (a file, and standard input)
JSON='{"title":"JSON note","when_start":"2026-03-01T14:30","time_zone":"America/Chicago","where":"Main St","agency":"ice","officer_names":["A","B"],"biometric_steps":["iris","phone_unlock"],"consent_asked":"dont_know","what_was_taken":"phone","narrative":"line one\nline two \"quoted\""}'
printf '%s' "$JSON" >"$WORK/in/note.json"
runp "$PASS" add --vault "$VAULT" --json "$WORK/in/note.json"; expect_ok "add --json FILE"
ID2="$OUT"
OUT="$(printf '{"narrative":"from stdin"}' | "$CLI" add --vault "$VAULT" --json - --passphrase-fd 3 3< <(printf '%s\n' "$PASS") 2>"$WORK/stderr")"
RC=$?; ERR="$(cat "$WORK/stderr")"
expect_ok "add --json -"
ID3="$OUT"
runp "$PASS" add --vault "$VAULT" --json "$WORK/in/note.json" --title x; expect_rc 1 "--json with field flags"
runp "$PASS" add --vault "$VAULT" --agency ice; expect_rc 7 "note without title or narrative"

# list
runp "$PASS" list --vault "$VAULT"; expect_ok "list"
[ "$(wc -l <<<"$OUT")" -eq 3 ] || fail "list shows 3 notes: $OUT"
grep -q "^$ID1  .*Stopped at the bus station$" <<<"$OUT" || fail "list shows note 1: $OUT"
grep -q "^$ID2  .*JSON note$" <<<"$OUT" || fail "list shows note 2: $OUT"
grep -q "^$ID3  .*(no title)$" <<<"$OUT" || fail "list shows note 3: $OUT"

# show, show --json (the note object round-trips exactly)
runp "$PASS" show --vault "$VAULT" "$ID1"; expect_ok "show"
grep -qx "title: Stopped at the bus station" <<<"$OUT" || fail "show title: $OUT"
grep -qx "agency: local_police_287g" <<<"$OUT" || fail "show agency: $OUT"
grep -qx "biometric steps: face_photo fingerprints" <<<"$OUT" || fail "show biometrics: $OUT"
runp "$PASS" show --vault "$VAULT" --json "$ID2"; expect_ok "show --json"
grep -qF "\"note\":$JSON," <<<"$OUT" || fail "show --json round trip: $OUT"
grep -qF "\"id\":\"$ID2\"" <<<"$OUT" || fail "show --json id"
runp "$PASS" show --vault "$VAULT" 00000000000000000000000000000000; expect_rc 4 "show unknown id"

# history: one revision, chained to the genesis hash
runp "$PASS" history --vault "$VAULT" "$ID1"; expect_ok "history"
[[ "$OUT" =~ ^revision\ 1\ \ [0-9T:Z-]+\ \ hash\ [0-9a-f]{64}\ \ previous\ 0{64}\ \ Stopped\ at\ the\ bus\ station$ ]] ||
  fail "history line: $OUT"

# attach a 3 MB file and get it back byte for byte
head -c 3000017 /dev/urandom >"$WORK/in/photo.jpg"
runp "$PASS" attach --vault "$VAULT" "$ID1" "$WORK/in/photo.jpg"; expect_ok "attach"
AID="$OUT"
[[ "$AID" =~ ^[0-9a-f]{32}$ ]] || fail "attach prints an id: $AID"
runp "$PASS" show --vault "$VAULT" "$ID1"; expect_ok "show with attachment"
grep -qx "attachment: $AID  3000017 bytes  image/jpeg  photo.jpg" <<<"$OUT" || fail "show lists the attachment: $OUT"
# show --json: the stored digest is the attachment tree digest (docs/formats.md, "Attachments")
runp "$PASS" show --json --vault "$VAULT" "$ID1"; expect_ok "show --json with attachment"
WANT=$(python3 - "$WORK/in/photo.jpg" <<'PY'
import hashlib, sys
data = open(sys.argv[1], "rb").read()
tag = lambda t: len(t).to_bytes(4, "little") + t
leaves = b"".join(hashlib.blake2b(tag(b"amparo-att-leaf-v1") + i.to_bytes(8, "little") + data[i * 65536:(i + 1) * 65536],
                                  digest_size=32).digest() for i in range((len(data) + 65535) // 65536))
print(hashlib.blake2b(tag(b"amparo-att-root-v1") + len(data).to_bytes(8, "little") + leaves, digest_size=32).hexdigest())
PY
)
grep -q "\"digest\":\"$WANT\",\"digest_scheme\":\"amparo-att-tree-v1\"" <<<"$OUT" || fail "show --json digest: $OUT"
runp "$PASS" export-attachment --vault "$VAULT" --out "$WORK/in/back.jpg" "$AID"; expect_ok "export-attachment"
cmp "$WORK/in/photo.jpg" "$WORK/in/back.jpg" || fail "attachment differs after the round trip"
[ "$(stat -c %a "$WORK/in/back.jpg")" = 600 ] || fail "exported file is not 0600"
runp "$PASS" export-attachment --vault "$VAULT" --out "$WORK/in/back.jpg" "$AID"; expect_rc 7 "export over an existing file"
runp "$PASS" attach --vault "$VAULT" "$ID1" "$WORK/in/missing.jpg"; expect_rc 4 "attach a missing file"

# capture while locked (no passphrase), merged at the next unlock and marked
run capture --vault "$VAULT" --text "Captured in a hurry"; expect_ok "capture"
runp "$PASS" list --vault "$VAULT"; expect_ok "list after capture"
grep -qx "amparo-cli: merged 1 note(s) captured while locked" <<<"$ERR" || fail "merge reported: $ERR"
[ "$(wc -l <<<"$OUT")" -eq 4 ] || fail "list shows 4 notes after the merge: $OUT"
grep -q "  \[captured while locked\] (no title)$" <<<"$OUT" || fail "captured note marked: $OUT"
ID4="$(grep "captured while locked" <<<"$OUT" | cut -c1-32)"
runp "$PASS" show --vault "$VAULT" "$ID4"; expect_ok "show captured"
grep -qx "narrative: Captured in a hurry" <<<"$OUT" || fail "captured text: $OUT"
grep -qx "origin: captured while locked" <<<"$OUT" || fail "captured origin: $OUT"

# wrong passphrase: exact message, exit 2, nothing changed on disk
before="$(tree_sum "$VAULT")"
runp "not the passphrase" list --vault "$VAULT"; expect_rc 2 "wrong passphrase"
expect_err "amparo-cli: wrong passphrase (or a device secret or header that does not match)" "wrong passphrase"
[ -z "$OUT" ] || fail "wrong passphrase printed output"

# passwd: both passphrases as two lines on one descriptor
OUT="$("$CLI" passwd --vault "$VAULT" --passphrase-fd 3 3< <(printf '%s\n%s\n' "$PASS" "$PASS2") 2>"$WORK/stderr")"
RC=$?; ERR="$(cat "$WORK/stderr")"
expect_ok "passwd"
runp "$PASS" list --vault "$VAULT"; expect_rc 2 "old passphrase after passwd"
runp "$PASS2" list --vault "$VAULT"; expect_ok "new passphrase after passwd"
[ "$(wc -l <<<"$OUT")" -eq 4 ] || fail "notes survive passwd"
# and with --new-passphrase-fd
OUT="$("$CLI" passwd --vault "$VAULT" --passphrase-fd 3 --new-passphrase-fd 4 3< <(printf '%s\n' "$PASS2") \
       4< <(printf '%s\n' "$PASS") 2>"$WORK/stderr")"
RC=$?; ERR="$(cat "$WORK/stderr")"
expect_ok "passwd --new-passphrase-fd"

# verify
runp "$PASS" verify --vault "$VAULT"; expect_ok "verify"
grep -qx "verdict: ok" <<<"$OUT" || fail "verify verdict: $OUT"
grep -qx "notes: 4  revisions: 4  attachments: 1" <<<"$OUT" || fail "verify counts: $OUT"

# AMPARO_VAULT as the default folder
OUT="$(AMPARO_VAULT="$VAULT" "$CLI" list --passphrase-fd 3 3< <(printf '%s\n' "$PASS") 2>/dev/null)"
[ "$(wc -l <<<"$OUT")" -eq 4 ] || fail "AMPARO_VAULT: $OUT"

# wipe: refused without --yes and without a terminal; then done, folder gone, warning shown
OUT="$(setsid -w "$CLI" wipe --vault "$VAULT" --passphrase-fd 3 3< <(printf '%s\n' "$PASS") 2>"$WORK/stderr" </dev/null)"
RC=$?; ERR="$(cat "$WORK/stderr")"
expect_rc 8 "wipe without --yes"
[ -d "$VAULT" ] || fail "unconfirmed wipe removed the vault"
runp "$PASS" wipe --vault "$VAULT" --yes; expect_ok "wipe"
grep -qF "18 U.S.C. § 2232, § 1519" <<<"$ERR" || fail "wipe shows the legal warning: $ERR"
[ ! -e "$VAULT" ] || fail "the vault folder still exists after wipe"
# init's default Argon2id parameters are calibrated on this machine (never below interactive)
runp "$PASS" init --vault "$WORK/calibrated"; expect_ok "init with calibrated parameters"
[[ "$OUT" =~ \(Argon2id,\ ([0-9]+)\ passes,\ ([0-9]+)\ MiB\)$ ]] || fail "calibrated init output: $OUT"
[ "${BASH_REMATCH[1]}" -ge 2 ] && [ "${BASH_REMATCH[2]}" -ge 64 ] && [ "${BASH_REMATCH[2]}" -le 256 ] ||
  fail "calibrated parameters out of range: $OUT"
grep -q "^tuning Argon2id" <<<"$ERR" || fail "init says it calibrates: $ERR"
runp "$PASS" init --vault "$WORK/x" --kdf interactive --kdf-ops 3; expect_rc 1 "--kdf with --kdf-ops"
runp "$PASS" init --vault "$WORK/x" --kdf-ops 1; expect_rc 7 "--kdf-ops below the floor"
echo "roundtrip: ok"
