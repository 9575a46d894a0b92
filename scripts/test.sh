#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian 12), checks formatting, runs cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
cargo fmt --check
# The Mermaid check must not skip itself quietly where node is missing: deps.sh installs it.
TRAILMAP_REQUIRE_MERMAID=1 cargo test --locked
