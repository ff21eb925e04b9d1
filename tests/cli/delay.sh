#!/usr/bin/env bash
# SR-12 through the CLI: the second wrong passphrase reports a wait; the wait survives a new
# process (it is recorded beside the header); it is labelled as slowing down only this program;
# after the wait the right passphrase works. Usage: delay.sh path/to/amparo-cli
CLI="$1"
source "$(dirname "$0")/lib.sh"
init_vault
LABEL="(this delay only slows down this program; anyone with a copy of the vault files is held back
 only by the passphrase's strength and Argon2id)"
WRONG="amparo-cli: wrong passphrase (or a device secret or header that does not match)"

runp "wrong guess number 1" list --vault "$VAULT"; expect_rc 2 "first wrong passphrase"
expect_err "$WRONG" "first wrong passphrase"
runp "wrong guess number 2" list --vault "$VAULT"; expect_rc 2 "second wrong passphrase"
expect_err "$WRONG
amparo-cli: wait 1 second before the next attempt
$LABEL" "second wrong passphrase"
# a new process, right away, even with the right passphrase: told to wait, passphrase not read
runp "$PASS" list --vault "$VAULT"; expect_rc 6 "attempt during the delay"
expect_err "amparo-cli: too many failed attempts
amparo-cli: wait 1 second before the next attempt
$LABEL" "attempt during the delay"
sleep 1.2
runp "$PASS" list --vault "$VAULT"; expect_ok "right passphrase after the delay"
# success resets the counter: one wrong attempt gives no delay again
runp "wrong guess number 3" list --vault "$VAULT"; expect_rc 2 "wrong after success"
expect_err "$WRONG" "wrong after success"
echo "delay: ok"
