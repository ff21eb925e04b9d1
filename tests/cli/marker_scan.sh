#!/usr/bin/env bash
# SR-1 marker scan after the CLI journey: notes (flags, JSON on stdin, capture while locked, an
# attachment) carry a unique marker; afterwards every byte of the vault folder and of TMPDIR (a
# fresh folder for this run) is searched for it; none is found. After wipe the vault folder is gone
# and the marker appears nowhere. (The data-key half of the scan is in test_cli: "SR-1 ... data key".)
# Usage: marker_scan.sh path/to/amparo-cli
CLI="$1"
source "$(dirname "$0")/lib.sh"
MARKER="AMPAROMARK$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# Inputs the person chose to give (outside the vault and TMPDIR).
mkdir -p "$WORK/in"
{ head -c 200000 /dev/urandom; printf '%s' "$MARKER"; head -c 200000 /dev/urandom; } >"$WORK/in/doc.bin"

scan() {
  local where="$1"
  # grep -a: binary files as text; -F: fixed string; -r: every file
  if grep -r -a -F -l "$MARKER" "$VAULT" "$TMPDIR" 2>/dev/null; then
    fail "$where: the marker is on disk in plaintext (files above)"
  fi
  # also as UTF-16LE, in case anything stored wide text
  if LC_ALL=C grep -r -a -P -l "$WIDE" "$VAULT" "$TMPDIR" 2>/dev/null; then
    fail "$where: the marker is on disk as UTF-16"
  fi
}
WIDE="$(printf '%s' "$MARKER" | sed 's/./&\\x00/g')"
# The scan must be able to see a marker: plant one in both encodings and expect hits.
mkdir -p "$WORK/probe"
printf '%s' "xx${MARKER}yy" >"$WORK/probe/plain"
printf '%s' "$MARKER" | sed 's/./&\x00/g' | tr -d '\n' >"$WORK/probe/wide"
grep -r -a -F -q "$MARKER" "$WORK/probe/plain" || fail "scan self-test (plain)"
LC_ALL=C grep -a -P -q "$WIDE" "$WORK/probe/wide" || fail "scan self-test (UTF-16)"
rm -rf "$WORK/probe"

init_vault
runp "$PASS" add --vault "$VAULT" --title "title $MARKER" --narrative "narrative $MARKER" \
  --officer-name "$MARKER" --badge "$MARKER"; expect_ok "add with flags"
ID="$OUT"
OUT="$(printf '{"title":"%s","what_was_said":"%s","witnesses":"%s"}' "$MARKER" "$MARKER" "$MARKER" |
       "$CLI" add --vault "$VAULT" --json - --passphrase-fd 3 3< <(printf '%s\n' "$PASS") 2>/dev/null)" ||
  fail "add --json -"
run capture --vault "$VAULT" --text "captured $MARKER" --file "$WORK/in/doc.bin"; expect_ok "capture"
scan "after capture (inbox, locked)"
runp "$PASS" attach --vault "$VAULT" "$ID" "$WORK/in/doc.bin"; expect_ok "attach"
runp "$PASS" list --vault "$VAULT"; expect_ok "list (merges the capture)"
grep -q "$MARKER" <<<"$OUT" || fail "the marker should be visible through list"
runp "$PASS" show --vault "$VAULT" --json "$ID"; expect_ok "show"
for i in 1 2 3 4 5; do
  runp "$PASS" add --vault "$VAULT" --title "more $i $MARKER" --narrative "$(head -c 3000 /dev/zero | tr '\0' x)$MARKER"
  expect_ok "add $i"
done
runp "$PASS" verify --vault "$VAULT"; expect_ok "verify"
OUT="$("$CLI" passwd --vault "$VAULT" --passphrase-fd 3 3< <(printf '%s\n%s\n' "$PASS" "$PASS2") 2>/dev/null)" ||
  fail "passwd"
scan "after the journey (vault locked)"
[ -z "$(ls -A "$TMPDIR")" ] || fail "files left in TMPDIR: $(ls -A "$TMPDIR")"
runp "$PASS2" wipe --vault "$VAULT" --yes; expect_ok "wipe"
[ ! -e "$VAULT" ] || fail "vault folder left after wipe"
scan "after wipe"
[ -z "$(ls -A "$TMPDIR")" ] || fail "files left in TMPDIR after wipe"
echo "marker_scan: ok"
