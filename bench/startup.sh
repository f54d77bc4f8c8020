#!/usr/bin/env bash
# Start-up time of `shipshape --version` for each shipped form:
#   dll     framework-dependent: dotnet Shipshape.Cli.dll (what `dotnet tool install` runs)
#   apphost framework-dependent, through the native launcher next to the dll
#   single  self-contained single-file publish for linux-x64
#   aot     NativeAOT publish for linux-x64 (skipped, with the reason, when it does not build)
# Measured with hyperfine when installed (apt-get install -y hyperfine), else a timed loop.
# Usage: bench/startup.sh [OUT_DIR]   (default: a fresh temp folder). Nothing is hard-coded: it prints what it measured.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d -t shipshape-startup-XXXXXX)}
runs=${RUNS:-30}
project="$root/src/Shipshape.Cli"
mkdir -p "$out"

echo "building into $out"
dotnet publish "$project" -c Release -o "$out/fdd" -p:UseAppHost=true >"$out/fdd.log" 2>&1 \
  || { echo "framework-dependent build failed, see $out/fdd.log"; exit 1; }
dotnet publish "$project" -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true -o "$out/single" >"$out/single.log" 2>&1 \
  || { echo "single-file publish failed, see $out/single.log"; exit 1; }
aot_ok=1
dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" >"$out/aot.log" 2>&1 || aot_ok=0

declare -a names=(dll apphost single)
declare -A commands=(
  [dll]="dotnet $out/fdd/Shipshape.Cli.dll --version"
  [apphost]="$out/fdd/Shipshape.Cli --version"
  [single]="$out/single/Shipshape.Cli --version"
)
if [[ $aot_ok == 1 ]]; then
  names+=(aot)
  commands[aot]="$out/aot/Shipshape.Cli --version"
else
  echo "aot: publish failed; first errors:"
  grep -E "error" "$out/aot.log" | sort -u | head -5 || true
fi
echo "AOT/trim warnings (IL2xxx/IL3xxx) in the AOT build: $(grep -oE 'warning IL[0-9]+' "$out/aot.log" | sort | uniq -c | tr '\n' ' ')"

echo
echo "version: $(${commands[dll]})"
# A form that starts fast but lost rules (trimming drops what is only reached by reflection) is no
# form at all: each must write the same report of a sample as the framework-dependent dll.
sample="$root/samples/leoc/before"
for name in "${names[@]}"; do
  ${commands[$name]/--version/scan $sample --format json -o $out/$name.json} >/dev/null || true
  if cmp -s "$out/dll.json" "$out/$name.json"; then echo "$name: same report as dll"; else echo "$name: DIFFERENT report from dll"; fi
done
echo "size of each form's folder:"
du -sh "$out/fdd" "$out/single" $([[ $aot_ok == 1 ]] && echo "$out/aot")
echo

if command -v hyperfine >/dev/null; then
  args=()
  for name in "${names[@]}"; do args+=(-n "$name" "${commands[$name]}"); done
  hyperfine --warmup 3 --runs "$runs" -N "${args[@]}" --export-markdown "$out/startup.md"
  echo
  cat "$out/startup.md"
else
  echo "| form | mean ms over $runs runs |"
  echo "|---|---:|"
  for name in "${names[@]}"; do
    for _ in 1 2 3; do ${commands[$name]} >/dev/null; done
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do ${commands[$name]} >/dev/null; done
    end=$(date +%s%N)
    echo "| $name | $(( (end - start) / runs / 1000000 )) |"
  done
fi
