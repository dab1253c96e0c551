#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt needs at run time (the PyPI wheels bring Qt itself, not these).
# Idempotent and quick when everything is there; installs what is missing when run as root,
# otherwise prints the one command to run. Other systems: see packaging/README.md.
set -euo pipefail
# Named sets for one test each, so the list lives here only:
#   screen-reader  tests/e2e/test_screen_reader.py: a virtual X display with a (kiosk) window
#                  manager, the AT-SPI bus (what Orca listens on) and Debian's pyatspi for the
#                  system Python that walks it.
extra=()
for arg in "$@"; do
  case "$arg" in
    screen-reader) extra+=(xvfb matchbox-window-manager dbus-daemon dbus-bin at-spi2-core python3
                           python3-pyatspi gir1.2-atspi-2.0) ;;
    *) extra+=("$arg") ;;
  esac
done
set -- "${extra[@]+"${extra[@]}"}"
packages=(libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
  libglib2.0-0 libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0
  fuse3 "$@")  # fuse3: libfuse 3 for tests/faults/flaky_fs.py (a USB stick pulled out)
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can check
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system libraries: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qt needs these system libraries: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
