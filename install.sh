#!/usr/bin/env bash
# One-step set-up on a fresh Debian/Ubuntu machine: system packages (when run as
# root or with sudo), a Python venv in .venv with the package and its test tools,
# and DAISY Ace (pinned by tools/ace/package-lock.json) for the accessibility tests.
set -euo pipefail
cd "$(dirname "$0")"

apt_packages=(chromium fonts-noto-cjk sox libsox-fmt-mp3 nodejs npm)
command -v java >/dev/null 2>&1 || apt_packages+=(openjdk-17-jre-headless)
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=no; fi
  if [ "$SUDO" != no ]; then
    missing=()
    for p in "${apt_packages[@]}"; do
      # node/npm may come from elsewhere (nvm, nodesource); only install what is absent
      case $p in nodejs) command -v node >/dev/null 2>&1 && continue ;; npm) command -v npm >/dev/null 2>&1 && continue ;; esac
      dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      echo "install.sh: apt-get install ${missing[*]}"
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  else
    echo "install.sh: not root and no sudo; make sure these are installed: ${apt_packages[*]}" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

if [ -f tools/ace/package-lock.json ] && command -v npm >/dev/null 2>&1; then
  (cd tools/ace && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
# epub.js, the reading system the read-aloud test plays the book in (tools/readaloud_player)
if [ -f tools/readaloud_player/package-lock.json ] && command -v npm >/dev/null 2>&1; then
  (cd tools/readaloud_player && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "install.sh: done. Now: source .venv/bin/activate"
