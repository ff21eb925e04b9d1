#!/usr/bin/env bash
# SR-37: no secret key files in the repository. Test keys are made at run time; the publisher's
# signing key stays offline. Scans tracked and not-ignored untracked files (git ls-files).
# Usage: scan_key_files.sh REPO_ROOT      (exit 77 = skipped: not a git checkout)
set -uo pipefail
root="${1:?repo root}"
cd "$root" || exit 2
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "SKIP: $root is not a git checkout"; exit 77
fi

# Markers are split so this script does not match itself.
pem_private='-----BEGIN ([A-Z0-9]+ )*PRIVATE'' KEY( BLOCK)?-----'
org_secret_magic='AMPORG''SK'                 # core/exchange/org_secret.cpp: org.secret files
publisher_secret='amparo-publisher-''secret-v1'  # core/rights/keyfile.cpp: a line "format: <this>"

status=0
report() { echo "FAIL: $1: $2"; status=1; }

while IFS= read -r -d '' file; do
  [[ -f $file ]] || continue
  name="${file##*/}"
  lower="${name,,}"
  case "$lower" in
    *.secret | *secret*key* | *private*key* | id_rsa | id_dsa | id_ecdsa | id_ed25519 | *.p12 | *.pfx | \
      *.jks | *.keystore | *.gpg-key | secring.* | *.sec | *.pem | *.key)
      report "$file" "file name looks like a secret key" ;;
  esac
  # Contents: PEM/OpenSSH/PGP private keys anywhere; our own key files by their first bytes.
  if grep -qE -e "$pem_private" -e '-----BEGIN PGP PRIVATE'' KEY BLOCK-----' "$file" 2>/dev/null; then
    report "$file" "contains a PEM/OpenSSH/PGP private key"
  fi
  magic=$(head -c 8 "$file" 2>/dev/null | tr -d '\0')
  if [[ $magic == "$org_secret_magic" ]]; then
    report "$file" "is an Amparo organization secret key file"
  fi
  if grep -qxF "format: $publisher_secret" "$file" 2>/dev/null; then
    report "$file" "is an Amparo publisher secret key file"
  fi
done < <(git ls-files -z --cached --others --exclude-standard)

[[ $status -eq 0 ]] && echo "OK: no secret key files among $(git ls-files --cached --others --exclude-standard | wc -l) files"
exit $status
