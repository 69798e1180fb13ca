#!/usr/bin/env bash
# Measures creditlint against the libxml2 parse floor on one machine, in one run, and prints
# the ratios of issues 5 and 19: one core vs `xmllint --html --noout` (and, with libxml2's parse
# alone timed too, what each spends beyond that parse), all cores vs one core, a
# rescan with the same database vs the full scan, peak memory (also at 2x the corpus, to show it
# stays flat) and the database's size after ten unchanged rescans vs after the first scan. Not a
# unit test: timings depend on the machine and its load.
#
#   Scripts/benchmark.sh [PAGES_FOLDER] [TARGET_MB]
#
# Each timed command runs REPEAT times (default 3, from the environment): the shortest time
# is the one printed, since other work on the machine only ever adds to a run, and the
# largest peak memory, since that is what a job must be given.
#
# PAGES_FOLDER (default ../shared/corpus/dev/pages) is copied into numbered subfolders of a
# temporary folder until the copy holds about TARGET_MB megabytes (default 200).
# Needs xmllint (libxml2-utils), taskset, GNU time (/usr/bin/time), and a C compiler with
# pkg-config for Scripts/libxml2-sax-floor.c (libxml2's parse alone, without a tree).
set -euo pipefail
cd "$(dirname "$0")/.."
source_pages=${1:-../shared/corpus/dev/pages}
target_mb=${2:-200}
repeat=${REPEAT:-3}

for tool in xmllint taskset /usr/bin/time cc pkg-config; do
    command -v "$tool" > /dev/null || { echo "benchmark: $tool is required" >&2; exit 2; }
done
[ -d "$source_pages" ] || { echo "benchmark: no such folder: $source_pages" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Replicate the pages: N copies, each in its own folder so paths stay distinct.
source_kb=$(du -sk "$source_pages" | cut -f1)
copies=$(( (target_mb * 1024 + source_kb - 1) / source_kb ))
[ "$copies" -ge 1 ] || copies=1
mkdir -p "$work/site"
for i in $(seq -w 1 "$copies"); do cp -R "$source_pages" "$work/site/copy$i"; done
# A second corpus twice as large, for the memory-flatness check.
mkdir -p "$work/site2x"
cp -R "$work/site" "$work/site2x/a"
cp -R "$work/site" "$work/site2x/b"
pages=$(find "$work/site" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.xhtml' \) | wc -l)
megabytes=$(du -sm "$work/site" | cut -f1)
cores=$(getconf _NPROCESSORS_ONLN)

echo "benchmark: building release" >&2
# Linked as the README recommends for a release binary: the Swift runtime and Foundation inside
# it, so that each run starts without dynamically linking them (a few milliseconds a run), and
# mimalloc as the allocator (the Mimalloc trait).
swift build -c release --product creditlint --static-swift-stdlib --traits Mimalloc > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 2; }
binary=.build/release/creditlint
# shellcheck disable=SC2046 # pkg-config's flags are meant to split
cc -O2 $(pkg-config --cflags libxml-2.0) Scripts/libxml2-sax-floor.c $(pkg-config --libs libxml-2.0) \
    -o "$work/sax-floor" 2> "$work/cc.log" || { cat "$work/cc.log" >&2; exit 2; }

# A fixed start time, so that the reports of different runs can be compared byte for byte.
export SOURCE_DATE_EPOCH=0

# Runs a command under GNU time; prints "seconds peak_kb cpu_percent". The seconds are taken
# to the millisecond around it (GNU time gives hundredths, too coarse for a ~0.2 s rescan).
measure() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M %P' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || {
        local status=$?
        # creditlint exits 1 when it finds problems, which the dev corpus has on purpose.
        [ "$status" -eq 1 ] || { cat "$work/stderr" >&2; exit 2; }
    }
    end=$(date +%s%N)
    echo "$(awk -v n=$((end - start)) 'BEGIN { printf "%.3f", n / 1e9 }') $(tail -n 1 "$work/time")"
}

# `measure` REPEAT times; prints the shortest seconds, the largest peak and the CPU share of
# the shortest run. `fresh` names a database file to delete before each run, so that every
# run is a first scan.
best() {
    local fresh=$1 seconds kb cpu best_seconds="" best_kb=0 best_cpu=""
    shift
    for _ in $(seq "$repeat"); do
        [ -z "$fresh" ] || rm -f "$fresh" "$fresh-wal" "$fresh-shm"
        read -r seconds kb cpu < <(measure "$@")
        if [ -z "$best_seconds" ] || awk -v a="$seconds" -v b="$best_seconds" 'BEGIN { exit !(a < b) }'; then
            best_seconds=$seconds
            best_cpu=$cpu
        fi
        [ "${kb:-0}" -gt "$best_kb" ] && best_kb=$kb
    done
    echo "$best_seconds $best_kb $best_cpu"
}

# Warm the page cache so that every measurement reads from memory alike.
cat $(find "$work/site" -type f) > /dev/null

find "$work/site" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.xhtml' \) -print0 \
    | sort -z > "$work/files"
read -r floor _ < <(best "" taskset -c 0 xargs -0 -a "$work/files" xmllint --html --noout --nonet)
read -r parse _ < <(best "" taskset -c 0 "$work/sax-floor" "$work/files")
read -r one one_kb < <(best "$work/one.sqlite" taskset -c 0 "$binary" scan "$work/site" --jobs 1 \
    --format json -o "$work/one.json" --db "$work/one.sqlite")
read -r all all_kb all_cpu < <(best "$work/all.sqlite" "$binary" scan "$work/site" --format json \
    -o "$work/all.json" --db "$work/all.sqlite")
# The database with its write-ahead log, in bytes.
db_bytes() { echo $(( $(stat -c %s "$1") + $( [ -f "$1-wal" ] && stat -c %s "$1-wal" || echo 0) )); }
first_db=$(db_bytes "$work/all.sqlite")
read -r rescan rescan_kb < <(best "" "$binary" scan "$work/site" --format json \
    -o "$work/rescan.json" --db "$work/all.sqlite")
# More unchanged rescans, ten in all, with the default pruning (keepRuns) on.
for _ in $(seq $((10 - repeat))); do
    "$binary" scan "$work/site" --quiet --db "$work/all.sqlite" > /dev/null 2>&1 || [ $? -eq 1 ]
done
tenth_db=$(db_bytes "$work/all.sqlite")
read -r _ double_kb < <(best "$work/double.sqlite" "$binary" scan "$work/site2x" --format json \
    -o "$work/double.json" --db "$work/double.sqlite")

cmp -s "$work/one.json" "$work/all.json" || echo "benchmark: WARNING: --jobs 1 and default output differ" >&2

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
peak_kb=$(printf '%s\n' "$one_kb" "$all_kb" "$rescan_kb" | sort -n | tail -n 1)

echo "corpus: $pages pages, $megabytes MB ($copies copies of $source_pages); $cores cores; best of $repeat runs"
echo "xmllint --html --noout, 1 core:   ${floor} s"
echo "libxml2 parse alone, 1 core:      ${parse} s   (no tree: Scripts/libxml2-sax-floor.c)"
echo "creditlint --jobs 1, 1 core:     ${one} s   peak $(mb "$one_kb") MB"
echo "creditlint, all $cores cores:          ${all} s   peak $(mb "$all_kb") MB   (${all_cpu} CPU)"
echo "creditlint rescan, same database: ${rescan} s   peak $(mb "$rescan_kb") MB"
echo "creditlint on 2x the corpus:      peak $(mb "$double_kb") MB"
echo "database after the first scan:    $(mb $((first_db / 1024))) MB, after 10 unchanged rescans $(mb $((tenth_db / 1024))) MB"
echo "load average when done: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine lowers the speed-up)"
echo "ratios (issue 5 and issue 19 targets):"
echo "  one core / xmllint floor:  $(ratio "$one" "$floor")  (target <= 1.2)"
echo "  beyond libxml2's parse:    $(ratio "$(sub "$one" "$parse")" "$(sub "$floor" "$parse")")  (creditlint's own work / xmllint's tree)"
echo "  speed-up, $cores cores vs 1:     $(ratio "$one" "$all")  (target >= 1.7 on 2 cores)"
echo "  rescan / full scan:        $(ratio "$rescan" "$all")  (target <= 0.06)"
echo "  peak memory:               $(mb "$peak_kb") MB, 2x corpus $(mb "$double_kb") MB  (target <= 64, flat)"
echo "  database, 10 rescans / 1:  $(ratio "$tenth_db" "$first_db")  (target < 1.5)"
