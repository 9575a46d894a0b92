#!/usr/bin/env bash
# Installs the Debian 12 packages Trailmap needs at run time and in its tests, if any is missing.
# Usage: scripts/deps.sh run|test
set -euo pipefail

run_pkgs=(
  libvulkan1 mesa-vulkan-drivers   # wgpu renders on the GPU, or on lavapipe without one
  libegl1 libgl1-mesa-dri          # wgpu's GL fallback
  libxkbcommon-x11-0 libx11-xcb1   # winit on X11
  libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0  # winit on Wayland
  libxcursor1 libxrandr2 libxi6
)
test_pkgs=(
  librsvg2-bin    # rsvg-convert checks our SVG exports
  qpdf            # qpdf --check checks our PDFs
  poppler-utils   # pdftoppm and pdftotext render and read our PDFs
  git             # tests/merge_git.rs merges maps in a real repository
  libreoffice-impress-nogui  # tests/export_pptx.rs renders our PowerPoint decks with Impress
  python3-venv    # tests/export_pptx.rs opens our decks with python-pptx (from PyPI, in target/)
  desktop-file-utils  # tests/desktop.rs validates the installed launcher with desktop-file-validate
  shared-mime-info    # tests/desktop.rs checks update-mime-database learns *.journey.ron
  # tests/atspi.rs reads the real window as a screen reader does: an X server, a session bus,
  # the AT-SPI bus and registry, gdbus to switch it on, and pyatspi (with Debian's python3)
  xvfb dbus-daemon at-spi2-core libglib2.0-bin python3-pyatspi
  xauth               # xvfb-run in scripts/a11y-tree.sh
)

# tests/interchange_mermaid.rs checks our Mermaid exports with Mermaid's own parser (the npm
# package, installed by the test into target/): it needs node and npm. A machine that already
# has a node (nvm, a vendor build) keeps it; otherwise Debian's.
if [ "${1:-run}" = test ] && ! command -v npm >/dev/null 2>&1; then
  test_pkgs+=(nodejs npm)
fi

case "${1:-run}" in
  run) pkgs=("${run_pkgs[@]}") ;;
  test) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y \
  install --no-install-recommends "${missing[@]}"
