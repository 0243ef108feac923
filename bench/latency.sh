#!/usr/bin/env bash
# Pre-commit latency: `termlint check one.md` end to end (process start, embedded glossary load,
# automaton build, one small file), measured with hyperfine; prints the median.
# Usage: bench/latency.sh [RUNS]   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 2; }
cargo build --release --quiet
termlint=${CARGO_TARGET_DIR:-./target}/release/termlint
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '# Guide\n\nSet up a web hook and verify the session token.\n' > "$dir/one.md"
hyperfine -N -i --warmup 20 --runs "$runs" --export-json "$dir/result.json" \
  "$termlint check $dir/one.md" "$termlint --version" >/dev/null
python3 - "$dir/result.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    name = "check one.md" if "check" in r["command"] else "--version (process start)"
    print(f"{name:26} median {r['median'] * 1000:6.2f} ms  mean {r['mean'] * 1000:6.2f} ms  min {r['min'] * 1000:6.2f} ms")
PY
