# Shared helpers for the amparo-cli script tests. Source it after setting CLI=path/to/amparo-cli.
# Each test runs in a fresh work folder with its own TMPDIR; both are removed on exit.
set -uo pipefail

PASS='correct horse battery staple'
PASS2='a brand new passphrase 2'
WORK="$(mktemp -d "${TEST_TMP_ROOT:-/tmp}/amparo-cli-test.XXXXXX")"
export TMPDIR="$WORK/tmp"
mkdir -p "$TMPDIR"
VAULT="$WORK/vault"
unset AMPARO_VAULT
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# run CMD... : runs amparo-cli, capturing stdout in $OUT, stderr in $ERR, exit code in $RC.
run() {
  OUT="$("$CLI" "$@" 2>"$WORK/stderr")"
  RC=$?
  ERR="$(cat "$WORK/stderr")"
}

# runp PASSPHRASE CMD... : like run, with the passphrase on descriptor 3.
runp() {
  local p="$1"
  shift
  OUT="$("$CLI" "$@" --passphrase-fd 3 3< <(printf '%s\n' "$p") 2>"$WORK/stderr")"
  RC=$?
  ERR="$(cat "$WORK/stderr")"
}

expect_rc() {
  local want="$1" what="$2"
  [ "$RC" -eq "$want" ] || fail "$what: exit code $RC, expected $want; stderr: $ERR"
}

expect_ok() { expect_rc 0 "$1"; }

expect_err() {
  local want="$1" what="$2"
  [ "$ERR" = "$want" ] || fail "$what: stderr was
---
$ERR
---
expected
---
$want
---"
}

# A checksum of every file (path + content) under a folder, to prove nothing changed.
tree_sum() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum
}

tree_sum_except_attempts() {
  (cd "$1" && find . -type f ! -name attempts -print0 | sort -z | xargs -0 sha256sum) | sha256sum
}

# init with the minimum Argon2id parameters (fast tests).
init_vault() {
  runp "$PASS" init --vault "$VAULT" --kdf interactive
  expect_ok "init"
}
