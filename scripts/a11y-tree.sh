#!/usr/bin/env bash
# Prints Trailmap's window as a screen reader on Linux sees it: runs the editor under Xvfb in
# its own D-Bus session with the AT-SPI bus switched on, then walks the AT-SPI tree with
# pyatspi (Debian: at-spi2-core, python3-pyatspi, xvfb, xauth, dbus-daemon, libglib2.0-bin),
# for a person to read. tests/atspi.rs checks the same tree in CI, with bounded waits instead
# of this script's fixed ones.
#
#   scripts/a11y-tree.sh [MAP FILE]      (without a file: the bundled example)
#
# TRAILMAP_BIN picks the binary (default target/debug/trailmap, built if missing);
# A11Y_WAIT the seconds to wait for the window (default 8); A11Y_DEPTH how deep to print.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${TRAILMAP_BIN:-target/debug/trailmap}
[ -x "$bin" ] || cargo build --locked
launcher=""
for l in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$l" ] && launcher=$l && break
done
[ -n "$launcher" ] || { echo "at-spi-bus-launcher not found: install at-spi2-core" >&2; exit 1; }
export TRAILMAP_BIN="$bin" A11Y_LAUNCHER="$launcher"
export A11Y_WAIT=${A11Y_WAIT:-8} A11Y_DEPTH=${A11Y_DEPTH:-6}
export GUI_STATE_DIR=${GUI_STATE_DIR:-$(mktemp -d)}
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -u
    "$A11Y_LAUNCHER" --launch-immediately >/dev/null 2>&1 &
    launcher_pid=$!
    sleep 1
    gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
        --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled "<true>" >/dev/null
    XDG_CONFIG_HOME="$GUI_STATE_DIR" XDG_DATA_HOME="$GUI_STATE_DIR" \
        XDG_STATE_HOME="$GUI_STATE_DIR" XDG_CACHE_HOME="$GUI_STATE_DIR" "$TRAILMAP_BIN" "$@" \
        >"$GUI_STATE_DIR/trailmap.log" 2>&1 &
    app=$!
    sleep "$A11Y_WAIT"
    /usr/bin/python3 - <<"PY"
import os
import pyatspi

depth_limit = int(os.environ.get("A11Y_DEPTH", "6"))
counts = {}

def walk(node, depth):
    try:
        role, name = node.getRoleName(), node.name
        description = node.description
    except Exception as e:  # a node that went away while walking
        print("  " * depth + f"(gone: {e})")
        return
    counts[role] = counts.get(role, 0) + 1
    if depth <= depth_limit:
        line = "  " * depth + f"[{role}] {name!r}"
        if description:
            line += f" - {description}"
        print(line)
    for child in node:
        if child is not None:
            walk(child, depth + 1)

desktop = pyatspi.Registry.getDesktop(0)
apps = [a for a in desktop if a is not None]
if not apps:
    print("No application on the AT-SPI bus (did the window come up? see trailmap.log)")
for app in apps:
    walk(app, 0)
print()
print("Nodes by role:", ", ".join(f"{r}: {n}" for r, n in sorted(counts.items())))
PY
    kill "$app" "$launcher_pid" 2>/dev/null
    wait "$app" 2>/dev/null
    true
' bash "$@"
