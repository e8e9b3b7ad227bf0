#!/usr/bin/env bash
# The card render test renders with Microsoft's own Adaptive Cards renderer (the `adaptivecards` npm
# package), with markdown as Teams reads it (`markdown-it`) and Teams' host configs (from
# `adaptivecards-designer`): installed under target/ at build time, every version pinned by the
# lock file beside this script. Usage: install.sh <directory to install into>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
into="$1"
mkdir -p "$into"
cp "$here/render.html" "$into/"
if [ -f "$into/node_modules/adaptivecards/dist/adaptivecards.min.js" ] \
  && cmp -s "$here/package-lock.json" "$into/package-lock.json"; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$into/"
cd "$into"
# The designer's peers (an editor and an older renderer) are not needed for its host configs.
npm ci --legacy-peer-deps --no-audit --no-fund --ignore-scripts
