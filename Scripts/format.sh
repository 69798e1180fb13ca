#!/usr/bin/env bash
# Formats the Swift sources in place with the toolchain's swift-format and the repository's
# .swift-format, then lints them strictly, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format --in-place --recursive --parallel Sources Tests Package.swift
swift format lint --strict --recursive --parallel Sources Tests Package.swift
