#!/usr/bin/env bash
# The full static audit beside two peers on the same tree, in one script so every figure comes from
# the same machine and minute:
#   - Shipshape: `Shipshape.Bench scan DIR` (every rule and collector, as `shipshape scan` runs them);
#   - Bandit (Debian's `bandit`, one thread): `bandit -r DIR`;
#   - ast-grep (npm `@ast-grep/cli`, native, all cores): ONE pattern searched over the tree.
# Shipshape is timed as a user runs it: the Release CLI (`shipshape scan DIR --format json -o report.json`), start-up,
# JIT and report writing included. Each is timed with /usr/bin/time (wall, CPU = user + sys, peak RSS); Shipshape and ast-grep take the
# best of RUNS (default 3), Bandit runs once (it takes minutes). Prints a table, then the ratios.
# Usage: bench/scan-peers.sh [DIR]   (default: CPython's standard library, copied without
# site-packages and __pycache__, the tree bench/README.md describes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-3}"
pattern="${PATTERN:-requests.get(\$\$\$ARGS)}"

dir="${1:-}"
if [ -z "$dir" ]; then
  stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
  dir=$(mktemp -d)/stdlib
  mkdir -p "$dir"
  (cd "$stdlib" && tar --exclude=./site-packages --exclude=__pycache__ -cf - .) | tar -xf - -C "$dir"
fi

dotnet build -c Release "$root/bench/Shipshape.Bench" >/dev/null
dotnet build -c Release "$root/src/Shipshape.Cli" >/dev/null
bench="$root/bench/Shipshape.Bench/bin/Release/net10.0/Shipshape.Bench.dll"
cli="$root/src/Shipshape.Cli/bin/Release/net10.0/Shipshape.Cli.dll"
report=$(mktemp --suffix=.json)
# The compiler server stays behind after a build and would share the cores with what is measured.
dotnet build-server shutdown >/dev/null 2>&1 || true

astgrep="$root/.tools/ast-grep/node_modules/.bin/ast-grep"
if [ ! -x "$astgrep" ] && command -v npm >/dev/null; then
  npm install --prefix "$root/.tools/ast-grep" --no-audit --no-fund @ast-grep/cli >/dev/null 2>&1 || true
fi

# One timed run: prints "wall cpu rss_mib" for the command.
timed() {
  local out; out=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || true
  # A non-zero exit (findings) adds a line before the figures: read the last one.
  tail -n 1 "$out" | awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }'
  rm -f "$out"
}

# The best (lowest wall) of $runs runs.
best() {
  local result="" line
  for _ in $(seq "$runs"); do
    line=$(timed "$@")
    if [ -z "$result" ] || awk -v a="$line" -v b="$result" 'BEGIN { split(a, x); split(b, y); exit !(x[1] < y[1]) }'; then result=$line; fi
  done
  echo "$result"
}

echo "tree: $dir ($(find "$dir" -name '*.py' | wc -l) Python files); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$bench" scan "$dir"
shipshape=$(best dotnet "$cli" scan "$dir" --fail-on none --format json -o "$report")
astgrep_figures=""
if [ -x "$astgrep" ]; then astgrep_figures=$(best "$astgrep" run -p "$pattern" -l python "$dir"); fi
bandit_figures=""
if command -v bandit >/dev/null; then bandit_figures=$(timed bandit -r "$dir" -f json -o /dev/null -q); fi

printf '\n%-34s %9s %9s %9s\n' "tool" "wall s" "CPU s" "peak MiB"
printf '%-34s %9s %9s %9s\n' "shipshape scan (every rule)" $shipshape
rm -f "$report"
if [ -n "$astgrep_figures" ]; then printf '%-34s %9s %9s %9s\n' "ast-grep $("$astgrep" --version | cut -d' ' -f2) (one pattern)" $astgrep_figures
else echo "ast-grep: not installed (npm install @ast-grep/cli)"; fi
if [ -n "$bandit_figures" ]; then printf '%-34s %9s %9s %9s\n' "bandit $(bandit --version 2>/dev/null | head -1 | cut -d' ' -f2) -r" $bandit_figures
else echo "bandit: not installed (apt-get install bandit)"; fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
read -r s_wall s_cpu _ <<<"$shipshape"
echo
if [ -n "$bandit_figures" ]; then
  read -r b_wall b_cpu _ <<<"$bandit_figures"
  echo "bandit / shipshape: wall $(ratio "$b_wall" "$s_wall")x, CPU $(ratio "$b_cpu" "$s_cpu")x"
fi
if [ -n "$astgrep_figures" ]; then
  read -r a_wall a_cpu _ <<<"$astgrep_figures"
  echo "ast-grep (one pattern) / shipshape (whole audit): wall $(ratio "$a_wall" "$s_wall")x, CPU $(ratio "$a_cpu" "$s_cpu")x"
fi
