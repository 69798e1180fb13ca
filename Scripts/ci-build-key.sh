#!/usr/bin/env bash
# The cache keys of the GitHub action's build (action.yml), printed as two `name=value` lines
# for $GITHUB_OUTPUT:
#   dependencies=…  the Swift version, the platform, Package.swift and Package.resolved: a
#                   cache with this prefix holds the dependencies already built;
#   build=…         the same plus every file under Sources/: an exact hit needs no compiling.
# A key is computed in the package rather than with hashFiles(), which only reads the
# workspace, not the folder an action is checked out to.
#
# Usage: Scripts/ci-build-key.sh [PACKAGE_DIR]   (default: the current folder)
set -euo pipefail

cd "${1:-.}"
digest() {
    if command -v sha256sum > /dev/null; then sha256sum; else shasum -a 256; fi | cut -c1-16
}
dependencies=$(
    {
        swift --version 2>&1 | head -n 1
        uname -sm
        cat Package.swift
        # Package.resolved is not committed; where a build wrote one, it pins the versions.
        if [ -f Package.resolved ]; then cat Package.resolved; fi
    } | digest
)
sources=$(find Sources -type f -print0 | LC_ALL=C sort -z | xargs -0 cat | digest)
echo "dependencies=creditlint-build-$dependencies-"
echo "build=creditlint-build-$dependencies-$sources"
