#!/usr/bin/env bash
# import-cc-translations.sh CLONE [DEEDS-COMMIT] [LEGAL-CODE-COMMIT]
#
# Rewrites Licenses/cc-translations.tsv from Creative Commons' own translations, then the
# compiled catalogue. CLONE is a clone (bare or not) of
# https://github.com/creativecommons/cc-legal-tools-app with its history: the app kept the
# deed translations in locale/ until DEEDS-COMMIT (the last commit that has them) and the 4.0
# legal code titles in locale.licenses/ until LEGAL-CODE-COMMIT. Only the extracted names are
# committed; building and testing never need the clone.
set -euo pipefail
clone=${1:?usage: import-cc-translations.sh CLONE [DEEDS-COMMIT] [LEGAL-CODE-COMMIT]}
deeds=${2:-7900f150eb5cb49bd00ea965c6a49620791c4bc2}
legal=${3:-f8ccf8ff470448f06e3b684e9aa214396b4cd6c0}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$clone" archive "$deeds" locale | tar -x -C "$work"
git -C "$clone" archive "$legal" locale.licenses | tar -x -C "$work"
deeds=$(git -C "$clone" rev-parse "$deeds")
legal=$(git -C "$clone" rev-parse "$legal")
swift run generate-license-catalog import-cc-translations "$work" creativecommons/cc-legal-tools-app "$deeds" "$legal"
swift run generate-license-catalog
