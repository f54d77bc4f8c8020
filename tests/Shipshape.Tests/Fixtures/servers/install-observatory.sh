#!/usr/bin/env bash
# Installs Mozilla's HTTP Observatory scanner (the reference the probe's header grade is checked
# against) into .tools/observatory at the repository root, where the parity tests look for it
# (or set SHIPSHAPE_OBSERVATORY to the package folder). Install scripts are skipped: they download
# the HSTS preload list, which the probe does not use either, so an empty list is written instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
dir="$root/.tools/observatory"
mkdir -p "$dir"
npm install --prefix "$dir" --ignore-scripts --no-audit --no-fund @mdn/mdn-http-observatory@1.4.8 >/dev/null
echo '{}' > "$dir/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json"
echo "$dir/node_modules/@mdn/mdn-http-observatory"
