#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ against the package's own sources and runs each for a
# bounded time. Kept out of `swift build`: the targets need -sanitize=fuzzer, which SwiftPM
# cannot apply to one product only.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]     default: 300 seconds each, every target
#
# Targets: page-scanner (bytes -> charset, libxml2, tree, scanner, rules), credit-parsers
# (strings -> licence identification, credit parsing) and embedded-metadata (image file bytes ->
# JPEG/PNG/WebP blocks, Exif, IPTC, XMP through libxml2). The working corpus grows in
# .build/fuzz/corpus/TARGET between runs, seeded from Fuzz/Corpus, Examples/ and the shared
# licence cases; a crash leaves its input in .build/fuzz/artifacts/TARGET/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(page-scanner credit-parsers embedded-metadata)

out=.build/fuzz
mkdir -p "$out/lib"
# -package-name: the modules share `package` declarations with each other.
flags=(-O -parse-as-library -sanitize=fuzzer,address -package-name creditlint -I "$out/lib")
xml=(-I Sources/CLibXML2 -Xcc -I/usr/include/libxml2)

# One static library per module, in dependency order, instrumented for coverage.
library() {
    local name=$1
    shift
    echo "building $name"
    swiftc "${flags[@]}" "$@" -module-name "$name" -emit-module \
        -emit-module-path "$out/lib/$name.swiftmodule" -emit-library -static \
        -o "$out/lib/lib$name.a" $(find "Sources/$name" -name '*.swift' | sort)
}
# The modules below CreditHTML, lowest first, as Package.swift layers them.
modules=(CreditLicenses CreditModel CreditDocument CreditText CreditScanner CreditAttribution CreditRules
    CreditReporting CreditCore)
for module in "${modules[@]}"; do library "$module"; done
library CreditHTML "${xml[@]}"
library CreditMedia

# Static libraries link users before what they use: the list above, reversed.
links=(-L "$out/lib" -lCreditHTML)
for ((i = ${#modules[@]} - 1; i >= 0; i--)); do links+=("-l${modules[i]}"); done
links+=(-lxml2)
# gold warns about every local ASan symbol it cannot export; harmless, so filtered out.
quiet() { "$@" 2>&1 | { grep -v "Cannot export local symbol" || true; }; return "${PIPESTATUS[0]}"; }
quiet swiftc "${flags[@]}" "${xml[@]}" Fuzz/PageScannerFuzzer/main.swift "${links[@]}" -o "$out/page-scanner"
quiet swiftc "${flags[@]}" Fuzz/CreditParsersFuzzer/main.swift "${links[@]}" -o "$out/credit-parsers"
quiet swiftc "${flags[@]}" "${xml[@]}" Fuzz/EmbeddedMetadataFuzzer/main.swift -lCreditMedia "${links[@]}" \
    -o "$out/embedded-metadata"

# Seeds: the committed corpus, plus the example site's pages and the licence case inputs.
seed() {
    local target=$1 corpus=$out/corpus/$1
    mkdir -p "$corpus"
    cp -n Fuzz/Corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    if [ "$target" = page-scanner ]; then
        find Examples -name '*.html' -exec sh -c 'cp -n "$1" "$2/example-$(basename "$1")"' _ {} "$corpus" \;
    elif [ -f ../shared/licenses/cases.tsv ]; then
        tail -n +2 ../shared/licenses/cases.tsv | cut -f2 | head -400 | split -l 1 - "$corpus/case-"
    fi
}

status=0
for target in "${targets[@]}"; do
    seed "$target"
    mkdir -p "$out/artifacts/$target"
    log=$out/$target.log
    echo "fuzzing $target for ${seconds}s"
    # detect_leaks=0: the parsers' compiled patterns are lazily built process-wide statics,
    # which LeakSanitizer reports at exit although they live as long as the process by design.
    set +e
    ASAN_OPTIONS=detect_leaks=0 "$out/$target" "$out/corpus/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$target/" >"$log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    if [ "$code" -eq 0 ]; then
        echo "$target: $runs executions, no crash"
    else
        echo "$target: FAILED after $runs executions (exit $code), see $log and $out/artifacts/$target/"
        status=1
    fi
done
exit $status
