#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian 12), checks formatting, runs cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
cargo fmt --check
# The Mermaid and AT-SPI checks must not skip themselves quietly where a tool is missing:
# deps.sh installs them.
TRAILMAP_REQUIRE_MERMAID=1 TRAILMAP_REQUIRE_ATSPI=1 cargo test --locked
