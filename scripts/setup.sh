#!/bin/sh
# Set-up that `npm start` and `npm test` run first, so both work on a fresh machine:
# npm ci when node_modules is missing or stale; with --test, the Debian packages tests need (xmllint, Chromium,
# the CJK fonts its screenshots show, python3).
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
  fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || need="$need fonts-noto-cjk"
  command -v python3 >/dev/null 2>&1 || need="$need python3"
  if [ -n "$need" ]; then
    echo "setup: apt-get install$need" >&2
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need >/dev/null
  fi
  # The export tests read GEXF and GraphML back with the networkx the repository carries (test/vendor/python).
  PYTHONPATH=test/vendor/python PYTHONDONTWRITEBYTECODE=1 python3 -c 'import networkx' 2>/dev/null ||
    { echo "setup: python3 >= 3.11 is required by the export tests (it reads test/vendor/python/networkx)" >&2; exit 1; }
fi
