#!/usr/bin/env bash
# SR-36: the offscreen app, showing screens in every language, opens no AF_INET, AF_INET6 or
# AF_PACKET socket (strace -f -e trace=execve,socket,connect). AF_UNIX (D-Bus for the keyring) is allowed.
set -euo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/run" && chmod 700 "$work/run"
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
       XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
for lang in en es ar; do
  for screen in home encounter guide notes settings; do
    strace -f -qq -e trace=execve,socket,connect -o "$work/trace-$lang-$screen" \
      "$app" --lang "$lang" --screen "$screen" --screenshot "$work/$lang-$screen.png"
  done
done
if grep -hE 'socket\((AF_INET|AF_INET6|AF_PACKET|PF_INET|PF_INET6|PF_PACKET)' "$work"/trace-*; then
  echo "FAIL: the app opened a network socket" >&2
  exit 1
fi
# strace must really have traced the app (its execve is in every trace): an empty trace proves nothing.
if [ "$(grep -l 'execve(' "$work"/trace-* | wc -l)" -ne 15 ]; then
  echo "FAIL: strace did not trace every run; cannot judge" >&2
  exit 1
fi
echo "no network socket in $(ls "$work"/trace-* | wc -l) runs"
