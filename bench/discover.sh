#!/usr/bin/env bash
# Times `termlint discover` against `termlint check` on the same tree with hyperfine, in
# alternating rounds so that machine load hits both alike, and prints the medians and the ratio.
# ROUNDS (default 5) rounds of RUNS (default 3) runs of each command.
# Usage: bench/discover.sh [CORPUS]... (default: the shared clerk-docs and npm-readmes corpora)
# Needs hyperfine on PATH; termlint is built here in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."

corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(../shared/corpora/clerk-docs ../shared/corpora/npm-readmes)
if ! command -v hyperfine >/dev/null; then
  echo "hyperfine is not installed" >&2
  exit 2
fi

cargo build --release --quiet
termlint=$(cargo metadata --format-version 1 --no-deps | python3 -c \
  'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/termlint

for corpus in "${corpora[@]}"; do
  if [ ! -d "$corpus" ]; then
    echo "$corpus: absent, skipped" >&2
    continue
  fi
  dir=$(mktemp -d)
  # hyperfine runs one command's runs back to back; alternating short rounds of both spreads
  # machine load over both alike. `check` writes every finding as JSON, `discover` the text
  # report: each reads every file's prose once.
  for round in $(seq "${ROUNDS:-5}"); do
    hyperfine --warmup 1 --runs "${RUNS:-3}" --export-json "$dir/$round.json" --ignore-failure \
      -n check "$termlint check $corpus --isolated --format json" \
      -n discover "$termlint discover $corpus --isolated" >/dev/null 2>&1
  done
  python3 - "$corpus" "$dir" <<'PY'
import glob, json, statistics, sys
corpus, dir = sys.argv[1:]
times = {"check": [], "discover": []}
for path in glob.glob(f"{dir}/*.json"):
    for result in json.load(open(path))["results"]:
        times[result["command"]] += result["times"]
check, discover = (statistics.median(times[name]) for name in ("check", "discover"))
print(f"{corpus}: {len(times['check'])} runs each; check median {check * 1000:.0f} ms, "
      f"discover median {discover * 1000:.0f} ms; discover/check {discover / check:.2f}x")
PY
  rm -rf "$dir"
done
