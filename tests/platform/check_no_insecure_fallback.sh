#!/usr/bin/env bash
# SR-4: the code base never enables QtKeychain's insecure fallback (secrets in plaintext QSettings)
# and never writes secret-looking values to QSettings.
# Usage: check_no_insecure_fallback.sh REPO_ROOT
set -uo pipefail
root="${1:?repo root}"
cd "$root" || exit 2
dirs=()
for d in core platform ui tools; do [[ -d $d ]] && dirs+=("$d"); done
status=0

# 1. setInsecureFallback(true) — or with anything but a literal false.
if hits=$(grep -rnE --include='*.cpp' --include='*.h' --include='*.hpp' --include='*.mm' --include='*.qml' \
            'setInsecureFallback[[:space:]]*\([[:space:]]*[^f[:space:]]' "${dirs[@]}"); then
  echo "FAIL: insecure keychain fallback enabled:"; echo "$hits"; status=1
fi

# 2. QSettings writes whose key or value names a secret. Settings hold preferences only.
secret_words='passphrase|password|secret|device.?key|data.?key|private.?key|token|seed'
if hits=$(grep -rnEi --include='*.cpp' --include='*.h' --include='*.mm' \
            "setValue[[:space:]]*\([^)]*(${secret_words})" "${dirs[@]}" |
          grep -vE '^\S+:[0-9]+:[[:space:]]*//'); then
  # Only flag files that use QSettings at all (setValue is a common method name).
  flagged=""
  while IFS= read -r line; do
    file="${line%%:*}"
    if grep -qE 'QSettings|Settings::|settings\(\)' "$file"; then flagged+="$line"$'\n'; fi
  done <<<"$hits"
  if [[ -n $flagged ]]; then
    echo "FAIL: secret-looking value written to settings:"; printf '%s' "$flagged"; status=1
  fi
fi

# 3. QML Settings (Qt.labs.settings / QtCore Settings) properties that name a secret.
if hits=$(grep -rnEi --include='*.qml' -A30 '^[[:space:]]*Settings[[:space:]]*\{' "${dirs[@]}" |
          grep -Ei "property[^:]*(${secret_words})"); then
  echo "FAIL: secret-looking property in a QML Settings block:"; echo "$hits"; status=1
fi

[[ $status -eq 0 ]] && echo "OK: no insecure keychain fallback and no secrets in settings (${dirs[*]})"
exit $status
