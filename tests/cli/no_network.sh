#!/usr/bin/env bash
# SR-36: the CLI's whole workflow under `strace -f -e trace=socket,connect` opens no AF_INET,
# AF_INET6 or AF_PACKET socket (AF_UNIX would be allowed), and the binary links no Qt network
# library. Usage: no_network.sh path/to/amparo-cli
CLI="$1"
source "$(dirname "$0")/lib.sh"
command -v strace >/dev/null || { echo "strace not installed (Debian package strace)"; exit 77; }
if ! strace -f -e trace=socket,connect -o /dev/null true 2>/dev/null; then
  echo "strace cannot trace here (ptrace not permitted)"; exit 77
fi
mkdir -p "$WORK/in" "$WORK/strace"
# The detection must work: bash's /dev/tcp opens an AF_INET socket (the connect may fail).
strace -f -e trace=socket,connect -o "$WORK/probe.log" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null || true
grep -qE 'socket\((AF_INET|PF_INET)' "$WORK/probe.log" || fail "strace self-test: an AF_INET socket was not seen"
n=0
traced() {
  n=$((n + 1))
  local log="$WORK/strace/$n.log"
  OUT="$(strace -f -e trace=socket,connect -o "$log" "$CLI" "$@" 2>"$WORK/stderr")"
  RC=$?
  ERR="$(cat "$WORK/stderr")"
}
tracedp() {
  local p="$1"
  shift
  traced "$@" --passphrase-fd 3 3< <(printf '%s\n' "$p")
}
tracedp "$PASS" init --vault "$VAULT" --kdf interactive; expect_ok "init"
tracedp "$PASS" add --vault "$VAULT" --title "t" --narrative "n"; expect_ok "add"
ID="$OUT"
printf '{"title":"j"}' >"$WORK/in/n.json"
tracedp "$PASS" add --vault "$VAULT" --json "$WORK/in/n.json"; expect_ok "add --json"
traced capture --vault "$VAULT" --text "c"; expect_ok "capture"
tracedp "$PASS" list --vault "$VAULT"; expect_ok "list"
tracedp "$PASS" show --vault "$VAULT" --json "$ID"; expect_ok "show"
tracedp "$PASS" history --vault "$VAULT" "$ID"; expect_ok "history"
head -c 100000 /dev/urandom >"$WORK/in/f.bin"
tracedp "$PASS" attach --vault "$VAULT" "$ID" "$WORK/in/f.bin"; expect_ok "attach"
AID="$OUT"
tracedp "$PASS" export-attachment --vault "$VAULT" --out "$WORK/in/g.bin" "$AID"; expect_ok "export-attachment"
tracedp "$PASS" verify --vault "$VAULT"; expect_ok "verify"
traced search ICE; expect_ok "search"
traced guide --situation street; expect_ok "guide"
tracedp "wrong passphrase!!" list --vault "$VAULT"; expect_rc 2 "wrong passphrase"
tracedp "$PASS" wipe --vault "$VAULT" --yes; expect_ok "wipe"

# strace writes one line per traced call; make sure it really traced something (execve is not in
# the filter, so an exit line per process is the minimum).
for log in "$WORK"/strace/*.log; do
  grep -q "+++ exited with" "$log" || fail "strace log $log has no exit line: tracing did not work"
done
bad="$(grep -hE 'socket\((AF_INET|AF_INET6|AF_PACKET|PF_INET|PF_INET6|PF_PACKET)|connect\(.*sa_family=AF_INET' \
       "$WORK"/strace/*.log || true)"
[ -z "$bad" ] || fail "network sockets opened:
$bad"
if ldd "$CLI" | grep -qi 'Qt6Network\|Qt5Network'; then
  fail "amparo-cli links a Qt network library"
fi
echo "no_network: ok ($n traced runs, $(cat "$WORK"/strace/*.log | grep -c 'socket(' || true) socket calls, none AF_INET/INET6/PACKET)"
