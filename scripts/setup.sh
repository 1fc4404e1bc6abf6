#!/bin/sh
# Set-up that `npm start` and `npm test` run first, so both work on a fresh machine:
# npm ci when node_modules is missing or stale; with --test, the Debian packages tests need.
set -e
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/tsx ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "$1" = "--test" ]; then
  need=""
  command -v xmllint >/dev/null 2>&1 || need="$need libxml2-utils"
  [ -x /usr/bin/chromium ] || need="$need chromium"
  if [ -n "$need" ]; then
    echo "setup: apt-get install$need" >&2
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
  fi
  python3 -c 'import networkx' 2>/dev/null || { echo "setup: python3 with networkx >= 3 is required by the export tests" >&2; exit 1; }
fi
