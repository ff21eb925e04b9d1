#!/usr/bin/env bash
# Bad input and damaged files through the CLI (SR-28, SR-3, SR-7): a corrupted or truncated header
# and a flipped database byte give a specific message and exit code, and nothing on disk changes;
# oversized, unknown-field, duplicate-key, nested and malformed --json are refused before unlocking.
# Usage: bad_input.sh path/to/amparo-cli
CLI="$1"
source "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/in"
init_vault
runp "$PASS" add --vault "$VAULT" --title "kept" --narrative "kept text"; expect_ok "add"

# --- JSON input (SR-28): every case exits 7 with a message that names the problem, not the text
json_case() {
  local what="$1" json="$2" want="$3"
  printf '%s' "$json" >"$WORK/in/bad.json"
  runp "$PASS" add --vault "$VAULT" --json "$WORK/in/bad.json"
  expect_rc 7 "$what"
  expect_err "$want" "$what"
}
json_case "unknown field" '{"title":"t","colour":"red"}' "amparo-cli: the note is not valid: json: unknown key colour"
json_case "unknown field, not echoed" '{"title":"t","secret text here":"x"}' "amparo-cli: the note is not valid: json: unknown key"
json_case "duplicate key" '{"title":"a","title":"b"}' "amparo-cli: the note is not valid: json: duplicate key title"
json_case "nested object" '{"title":{"x":"y"}}' "amparo-cli: the note is not valid: json: nested objects are not allowed"
json_case "nested array" '{"officer_names":[["x"]]}' "amparo-cli: the note is not valid: json: nested too deeply"
json_case "number" '{"title":5}' "amparo-cli: the note is not valid: json: title must be a string"
json_case "top-level array" '["title"]' "amparo-cli: the note is not valid: json: the top level must be an object"
json_case "trailing bytes" '{"title":"t"} {}' "amparo-cli: the note is not valid: json: syntax error at byte 15"
json_case "bad enum" '{"title":"t","agency":"fbi"}' "amparo-cli: the note is not valid: json: unknown value for agency"
json_case "no title or narrative" '{"where":"x"}' "amparo-cli: the note is not valid: title or narrative required"
printf '{"title":"\xff"}' >"$WORK/in/bad.json"
runp "$PASS" add --vault "$VAULT" --json "$WORK/in/bad.json"; expect_rc 7 "invalid UTF-8"
# 33 officer names: over the list cap, refused while parsing
names="$(printf '"n",%.0s' $(seq 1 32))"
json_case "too many list items" "{\"title\":\"t\",\"officer_names\":[${names}\"n\"]}" \
  "amparo-cli: the note is not valid: json: officer_names has more than 32 items"
# oversized: 2 MiB + 1 byte, refused before parsing (and before any passphrase is read)
head -c 2097153 /dev/zero | tr '\0' ' ' >"$WORK/in/big.json"
run add --vault "$VAULT" --json "$WORK/in/big.json" --passphrase-fd 9
expect_rc 7 "oversized json"
expect_err "amparo-cli: the JSON file is larger than 2097152 bytes" "oversized json"
run add --vault "$VAULT" --json "$WORK/in/none.json" --passphrase-fd 9; expect_rc 4 "missing json file"

# A field over its cap (title: 256 bytes)
long="$(head -c 300 /dev/zero | tr '\0' a)"
runp "$PASS" add --vault "$VAULT" --title "$long"; expect_rc 7 "title too long"

# --- Damaged files: specific errors, nothing written
HDR="$VAULT/vault.header"
[ -f "$HDR" ] || fail "no vault.header in $(ls "$VAULT")"
cp -a "$VAULT" "$WORK/pristine"

# one flipped byte in the header's authenticated fields (the KDF salt area): the wrap fails to open
# (exit 2 or 3); nothing but the SR-12 failure counter may change
printf '\x42' | dd of="$HDR" bs=1 seek=60 conv=notrunc status=none
before="$(tree_sum_except_attempts "$VAULT")"
runp "$PASS" list --vault "$VAULT"
[ "$RC" -eq 3 ] || [ "$RC" -eq 2 ] || fail "flipped header byte: exit $RC ($ERR)"
[ -z "$OUT" ] || fail "flipped header printed output"
[ "$(tree_sum_except_attempts "$VAULT")" = "$before" ] || fail "flipped header: files changed"
rm -rf "$VAULT"; cp -a "$WORK/pristine" "$VAULT"

# bad magic: a specific "header is damaged" message, exit 3, nothing changed
printf 'XXXX' | dd of="$HDR" bs=1 seek=0 conv=notrunc status=none
before="$(tree_sum "$VAULT")"
runp "$PASS" list --vault "$VAULT"; expect_rc 3 "bad header magic"
[[ "$ERR" == "amparo-cli: the vault header is damaged"* ]] || fail "bad magic message: $ERR"
[ "$(tree_sum "$VAULT")" = "$before" ] || fail "bad magic: files changed"
rm -rf "$VAULT"; cp -a "$WORK/pristine" "$VAULT"

# truncated header
truncate -s 100 "$HDR"
before="$(tree_sum "$VAULT")"
runp "$PASS" list --vault "$VAULT"; expect_rc 3 "truncated header"
[[ "$ERR" == "amparo-cli: the vault header is damaged"* ]] || fail "truncated header message: $ERR"
[ "$(tree_sum "$VAULT")" = "$before" ] || fail "truncated header: files changed"
run capture --vault "$VAULT" --text "x"; [ "$RC" -ne 0 ] || fail "capture into a vault with a damaged header"
rm -rf "$VAULT"; cp -a "$WORK/pristine" "$VAULT"

# a flipped byte in the middle of the database: exit 3 from unlock or verify, nothing changed
DB="$(find "$VAULT" -maxdepth 1 -type f -size +4k ! -name 'vault.header' | head -1)"
[ -n "$DB" ] || fail "no database file found in the vault"
size="$(stat -c %s "$DB")"
off=$((size / 2 + 100))
orig="$(dd if="$DB" bs=1 skip=$off count=1 status=none | od -An -tu1 | tr -d ' ')"
printf "\\x$(printf '%02x' $(((orig + 1) % 256)))" | dd of="$DB" bs=1 seek=$off conv=notrunc status=none
before="$(tree_sum "$VAULT")"
runp "$PASS" verify --vault "$VAULT"; expect_rc 3 "flipped database byte"
[[ "$ERR" == *"damaged"* ]] || fail "flipped database message: $ERR"
[ "$(tree_sum "$VAULT")" = "$before" ] || fail "flipped database: files changed"
echo "bad_input: ok"
