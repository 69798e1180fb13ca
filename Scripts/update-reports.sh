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
    .build/debug/creditlint scan Examples --format "$format" --db "$work/runs.sqlite" > "Reports/examples.$extension" || true
    rm -f "$work/runs.sqlite"*
done
# The example workflow's baseline: the known findings on Examples/ (see .github/workflows).
.build/debug/creditlint scan Examples --write-baseline .github/creditlint-baseline.json --db "$work/runs.sqlite" > /dev/null
rm -f "$work/runs.sqlite"*
ls -1 Reports
