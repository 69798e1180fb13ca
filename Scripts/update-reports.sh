#!/usr/bin/env bash
# Regenerates Reports/: the reports creditlint prints for the bundled Examples/ site, in every
# format. A test fails when these files are stale, so run this after changing output.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p Reports
# A fixed timestamp (reproducible-builds convention) and a fresh database keep the output stable.
export SOURCE_DATE_EPOCH=0
# Outside GitHub Actions' defaults, so that no annotations or job summary leak into the files.
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY
# The formats are the cases of ReportFormat; the extensions mirror ReportFormat.fileExtension
# (the staleness test fails if they drift apart, because it looks for every format's file).
formats=$(sed -n 's/^    case \([a-z][A-Za-z]*\)$/\1/p' Sources/CreditReporting/ReportFormat.swift)
for format in $formats; do
    case "$format" in
        text) extension=txt ;;
        github) extension=github.txt ;;
        junit) extension=xml ;;
        markdown) extension=md ;;
        *) extension="$format" ;;
    esac
    if [ "$format" = html ]; then
        # Written to its file, so that it links any thumbnail it does not embed from Reports/.
        .build/debug/creditlint scan Examples --format "html=Reports/examples.html" --db "$work/runs.sqlite" > /dev/null || true
    else
        .build/debug/creditlint scan Examples --format "$format" --db "$work/runs.sqlite" > "Reports/examples.$extension" || true
    fi
    rm -f "$work/runs.sqlite"*
done
# The example workflow's baseline: the known findings on Examples/ (see .github/workflows).
.build/debug/creditlint scan Examples --write-baseline .github/creditlint-baseline.json --db "$work/runs.sqlite" > /dev/null
rm -f "$work/runs.sqlite"*
# A screenshot of the HTML report for the README, when headless Chromium is installed.
if command -v chromium > /dev/null 2>&1; then
    chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
        --window-size=1280,1600 --screenshot="$PWD/Reports/examples.png" "file://$PWD/Reports/examples.html" 2> /dev/null
else
    echo "chromium is not installed: Reports/examples.png was not updated (apt-get install chromium)" >&2
fi
ls -1 Reports
