#!/usr/bin/env bash
# Starts Trailmap (Debian 12): installs the runtime libraries if missing, then opens the given
# map, or the bundled e-commerce example when none is given.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh run
exec cargo run --release --locked -- "$@"
