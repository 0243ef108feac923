#!/usr/bin/env bash
# Times `termlint check` against typos on the same tree, in the same run, and prints the medians
# and their ratio. Usage: bench/compare.sh [CORPUS] [RUNS]
#   CORPUS defaults to ../shared/corpora/clerk-docs, RUNS to 11.
# Needs typos on PATH (`cargo install typos-cli`); termlint is built here in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpora/clerk-docs}
runs=${2:-11}
if [ ! -d "$corpus" ]; then
  echo "corpus $corpus is absent: nothing to compare" >&2
  exit 2
fi
if ! command -v typos >/dev/null; then
  echo "typos is not installed: run 'cargo install typos-cli'" >&2
  exit 2
fi

cargo build --release --quiet
termlint=${CARGO_TARGET_DIR:-./target}/release/termlint

python3 - "$corpus" "$runs" "$termlint" <<'PY'
import os, resource, statistics, subprocess, sys, time

corpus, runs, termlint = sys.argv[1], int(sys.argv[2]), sys.argv[3]
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
files = sum(len(fs) for _, _, fs in os.walk(corpus))
commands = {
    # Both tools walk the tree, read every file and report in a machine format.
    "termlint": [termlint, "check", corpus, "--format", "json"],
    "typos": ["typos", corpus, "--format", "json"],
}

def once(cmd):
    """Wall time, and CPU time (user + system) of the process and its threads."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu

times = {name: [] for name in commands}
cpus = {name: [] for name in commands}
for name, cmd in commands.items():
    once(cmd)  # warm the page cache
for _ in range(runs):
    # Interleave the tools so that machine noise hits both alike.
    for name, cmd in commands.items():
        wall, cpu = once(cmd)
        times[name].append(wall)
        cpus[name].append(cpu)

print(f"corpus: {corpus} ({files} files, {size / 1e6:.2f} MB), {runs} runs each, {os.cpu_count()} cores")
for name, ts in times.items():
    med = statistics.median(ts)
    print(f"{name:9} median {med * 1000:8.1f} ms  min {min(ts) * 1000:8.1f} ms  max {max(ts) * 1000:8.1f} ms  {size / med / 1e6:7.1f} MB/s")
ratio = statistics.median(times["typos"]) / statistics.median(times["termlint"])
print(f"ratio: termlint is {ratio:.2f}x the speed of typos (median typos / median termlint)")
# CPU time is what the work costs, and moves less than wall time when other processes share
# the cores; both tools use every core by default.
for name, ts in cpus.items():
    print(f"{name:9} CPU median {statistics.median(ts) * 1000:8.1f} ms (user + system)")
cpu_ratio = statistics.median(cpus["typos"]) / statistics.median(cpus["termlint"])
print(f"CPU ratio: typos uses {cpu_ratio:.2f}x the CPU time of termlint")
PY
