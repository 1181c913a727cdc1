#!/usr/bin/env bash
# Set up everything the kiosk and its tests need on a Debian machine; safe to run again.
#   - Debian packages (checked with dpkg first; apt only runs when something is missing)
#   - the virtual environment in .venv/ with pinned dependencies (constraints.txt)
#   - the Node packages of the test OpenID provider (tests/peers/oidc)
# Needs root (or sudo) only when a Debian package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libzbar0            # pyzbar's decoder
  libpulse0           # QtMultimedia (camera, sounds)
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3   # Qt's xcb platform plugin
  xvfb xauth          # a virtual screen for screenshots and window tests
  fonts-ipafont-gothic  # Japanese glyphs (IPAGothic) for the window and PDFs
  fonts-noto-core fonts-noto-cjk  # the evacuee languages' scripts: Hangul, Chinese, Thai, Devanagari
  poppler-utils       # pdftotext/pdftoppm for checking exported PDFs
  pcscd libpcsclite1  # PC/SC card readers (kiosk.cards, pyscard)
  libpcsclite-dev     # pyscard has no Linux wheel: pip compiles it against winscard.h
  vsmartcard-vpcd python3-virtualsmartcard  # the virtual reader and the card emulator of the tests
  iproute2            # ip: the mDNS test's private network namespace (tests/test_desks_discovery.py)
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the dependency pins or the project's metadata changed.
stamp=.venv/.kiosk-deps
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python dependencies"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[dev]"
  echo "$want" > "$stamp"
fi

if [ -f tests/peers/oidc/package-lock.json ]; then
  lock_stamp=tests/peers/oidc/node_modules/.kiosk-lock
  want_lock=$(sha256sum tests/peers/oidc/package-lock.json | cut -d' ' -f1)
  if [ ! -f "$lock_stamp" ] || [ "$(cat "$lock_stamp")" != "$want_lock" ]; then
    echo "setup: installing the test OpenID provider's Node packages"
    npm ci --prefix tests/peers/oidc --no-audit --no-fund --loglevel=error >/dev/null
    echo "$want_lock" > "$lock_stamp"
  fi
fi
