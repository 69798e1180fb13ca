#!/usr/bin/env bash
# The scan step of the composite GitHub action (action.yml), kept in a script so that .ci/run
# runs exactly the same commands. Scans, writes SARIF for code scanning, and records the exit
# code for the action's last step: findings (1) fail the job only after the SARIF is uploaded,
# a tool error (2) fails at once.
#
# Environment: CREDITLINT_BINARY (required), CREDITLINT_PATH (default .), CREDITLINT_SARIF
# (default creditlint.sarif), CREDITLINT_BASELINE, CREDITLINT_FILES_FROM, CREDITLINT_ARGS
# (extra arguments, split on spaces).
set -uo pipefail

binary="${CREDITLINT_BINARY:?set CREDITLINT_BINARY to the creditlint executable}"
arguments=(scan "${CREDITLINT_PATH:-.}" --format "sarif=${CREDITLINT_SARIF:-creditlint.sarif}")
if [ -n "${CREDITLINT_BASELINE:-}" ]; then arguments+=(--baseline "$CREDITLINT_BASELINE"); fi
if [ -n "${CREDITLINT_FILES_FROM:-}" ]; then arguments+=(--files-from "$CREDITLINT_FILES_FROM"); fi
read -r -a extra <<< "${CREDITLINT_ARGS:-}"

"$binary" "${arguments[@]}" "${extra[@]}"
status=$?
echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
if [ "$status" -gt 1 ]; then
    echo "creditlint could not run (exit $status)" >&2
    exit "$status"
fi
exit 0
