#!/usr/bin/env bash
# Packs the .NET tool and installs it the way a user would, into a throw-away tool path, then runs
# `shipshape --version`. Kept out of the unit tests because `dotnet pack -c Release` alone takes over
# a minute on a small machine. Usage: bench/tool-install.sh [OUT_DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d -t shipshape-tool-XXXXXX)}
mkdir -p "$out/packages"

start=$(date +%s)
dotnet pack "$root/src/Shipshape.Cli" -c Release -o "$out/packages" >"$out/pack.log" 2>&1 \
  || { echo "dotnet pack failed, see $out/pack.log"; exit 1; }
echo "packed: $(ls "$out/packages") in $(( $(date +%s) - start )) s"

start=$(date +%s)
dotnet tool install --tool-path "$out/tools" --add-source "$out/packages" Shipshape >"$out/install.log" 2>&1 \
  || { echo "dotnet tool install failed, see $out/install.log"; exit 1; }
echo "installed into $out/tools in $(( $(date +%s) - start )) s"

version=$("$out/tools/shipshape" --version)
echo "shipshape --version: $version"
[[ -n $version ]]
