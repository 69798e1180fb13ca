#!/usr/bin/env bash
# What reading embedded image metadata costs a scan, in instructions (valgrind's callgrind,
# stable on a loaded machine where timings are not): this build's binary against a baseline
# binary built without it (e.g. main's), on
#   1. a site whose pages show no local image files (PAGES_FOLDER, default the dev corpus), and
#   2. Tests/Data/embedded-site copied COPIES times (default 40), every page showing local
#      JPEG, PNG and WebP files with XMP, IPTC and Exif, each copy its own files.
# Both scans run with one job and a fresh database. Not a unit test.
#
#   Scripts/benchmark-embedded.sh BASELINE_BINARY [PAGES_FOLDER] [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${1:?usage: Scripts/benchmark-embedded.sh BASELINE_BINARY [PAGES_FOLDER] [COPIES]}
pages=${2:-../shared/corpus/dev/pages}
copies=${3:-40}
current=.build/debug/creditlint
command -v valgrind > /dev/null || { echo "benchmark-embedded: valgrind is required" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the debug build's debug information; stripped copies run the same code.
strip -o "$work/baseline" "$baseline"
strip -o "$work/current" "$current"
mkdir -p "$work/images-site"
for i in $(seq -w 1 "$copies"); do cp -R Tests/Data/embedded-site "$work/images-site/copy$i"; done
rm -f "$work"/images-site/copy*/.creditlint.yml

# The instructions a scan executes (it exits 1 on findings, which is expected here).
instructions() {
    local binary=$1 site=$2
    shift 2
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" scan "$site" --jobs 1 --format json \
        --db "$work/runs-$RANDOM.sqlite" "$@" > /dev/null 2> "$work/callgrind.txt" || true
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/callgrind.txt"
}

for site in "$pages" "$work/images-site"; do
    # The baseline knows no --site-url; it reads no file, so the option would change nothing.
    before=$(instructions "$work/baseline" "$site")
    after=$(instructions "$work/current" "$site" --site-url https://example.org/)
    echo "$site: baseline $before, with embedded metadata $after instructions," \
        "$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%+.1f %%", (a - b) * 100 / b }')"
done
