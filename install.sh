#!/usr/bin/env bash
# One-step set-up on a fresh Debian/Ubuntu machine: system packages (when run as
# root or with sudo), a Python venv in .venv with the package and its test tools,
# and DAISY Ace (pinned by tools/ace/package-lock.json) for the accessibility tests.
#
# Idempotent: a second run installs nothing and takes a second or two. Each step
# records what it installed from (a hash of its inputs) and is skipped while that
# is unchanged. If another apt/dpkg run holds the package lock, it waits for it
# (up to PINGHU_APT_LOCK_WAIT seconds, default 300) instead of failing.
#
#   ./install.sh                      set up, or bring an existing set-up up to date
#   ./install.sh --wait-for-apt-lock  only wait until no apt/dpkg run holds the lock
set -euo pipefail
cd "$(dirname "$0")"

# pandoc is optional: only benchmarks/bench_startup.py uses it, as the yardstick (apt-get install pandoc).
apt_packages=(python3-venv chromium fonts-noto-cjk sox libsox-fmt-mp3 nodejs npm)
command -v java >/dev/null 2>&1 || apt_packages+=(openjdk-17-jre-headless)
apt_lock_wait=${PINGHU_APT_LOCK_WAIT:-300}
apt_locks=${PINGHU_APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock}

if [ "$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=no; fi

# apt and dpkg take fcntl() write locks on these files; a lock we can take is free.
apt_lock_held() {
  local lock
  for lock in $apt_locks; do
    [ -e "$lock" ] || continue
    if ! $SUDO python3 -c '
import fcntl, sys
with open(sys.argv[1], "r+") as f:
    try:
        fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(1)
' "$lock" 2>/dev/null; then
      return 0
    fi
  done
  return 1
}

wait_for_apt_lock() {
  local waited=0
  while apt_lock_held; do
    if [ "$waited" = 0 ]; then
      echo "install.sh: another apt/dpkg run holds the package lock; waiting up to ${apt_lock_wait}s for it" >&2
    fi
    if [ "$waited" -ge "$apt_lock_wait" ]; then
      echo "install.sh: error: the apt/dpkg lock is still held after ${apt_lock_wait}s;" \
        "run ./install.sh again when the other apt run has finished (or set PINGHU_APT_LOCK_WAIT)" >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  if [ "$waited" != 0 ]; then echo "install.sh: the package lock is free after ${waited}s" >&2; fi
}

if [ "${1:-}" = --wait-for-apt-lock ]; then
  wait_for_apt_lock
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  if [ "$SUDO" != no ]; then
    missing=()
    for p in "${apt_packages[@]}"; do
      # node/npm may come from elsewhere (nvm, nodesource); only install what is absent
      case $p in nodejs) command -v node >/dev/null 2>&1 && continue ;; npm) command -v npm >/dev/null 2>&1 && continue ;; esac
      dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      echo "install.sh: apt-get install ${missing[*]}"
      # wait here, and let apt itself wait too should another run start between our check and its own
      wait_for_apt_lock
      $SUDO apt-get -o DPkg::Lock::Timeout="$apt_lock_wait" update -qq
      wait_for_apt_lock
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout="$apt_lock_wait" \
        install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  else
    echo "install.sh: not root and no sudo; make sure these are installed: ${apt_packages[*]}" >&2
  fi
fi

# A step's stamp holds the hash of what it was installed from; an unchanged hash skips the step.
stamp_of() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
python_stamp=$(stamp_of pyproject.toml setup.py)
if [ "$(cat .venv/.pinghu-install-stamp 2>/dev/null)" != "$python_stamp" ] \
  || ! .venv/bin/python -c 'import publisher.cli' 2>/dev/null; then
  .venv/bin/python -m pip install -q -e '.[test]'
  echo "$python_stamp" >.venv/.pinghu-install-stamp
else
  echo "install.sh: .venv is up to date"
fi

# npm ci empties node_modules first: run it only when the lock file changed since the last run.
npm_ci_once() {
  local dir=$1 name=$2 stamp
  [ -f "$dir/package-lock.json" ] && command -v npm >/dev/null 2>&1 || return 0
  stamp=$(stamp_of "$dir/package.json" "$dir/package-lock.json")
  if [ "$(cat "$dir/node_modules/.pinghu-install-stamp" 2>/dev/null)" != "$stamp" ]; then
    (cd "$dir" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$stamp" >"$dir/node_modules/.pinghu-install-stamp"
  else
    echo "install.sh: $name is up to date"
  fi
}
npm_ci_once tools/ace "DAISY Ace"
# epub.js, the reading system the read-aloud test plays the book in
npm_ci_once tools/readaloud_player "epub.js"
echo "install.sh: done. Now: source .venv/bin/activate"
