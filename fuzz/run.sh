#!/usr/bin/env bash
# Runs the fuzz targets, each for SECONDS, one job each, under nice. Seeds each target's corpus
# (fuzz/corpus/TARGET, not committed) from the fixtures, the committed regressions and, when it
# is there, the shared corpora beside the repository; crashes go to fuzz/artifacts/TARGET.
# Usage: fuzz/run.sh SECONDS [TARGET...]   (needs a nightly toolchain and cargo-fuzz)
# FUZZ_SANITIZER (default address; none runs about twice as fast), FUZZ_MAX_LEN (default 4096,
# libFuzzer's own default; fix_tokens gets half, as every two bytes become a fragment of several)
# FUZZ_RUNS (stop a target after that many executions, even before SECONDS) and FUZZ_TARGET_DIR
# tune a run. Inputs are kept short because the work per input grows with
# it; what only long inputs reach (depth, size) has tests of its own.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(markdown mdx comments matcher fix fix_tokens config glossary vale baseline lsp)
fi
shared=${SHARED_CORPORA:-../../shared/corpora}
[ -d "$shared" ] || shared=../shared/corpora

seed() {
  local target=$1 dir=corpus/$1
  mkdir -p "$dir"
  [ -d "regressions/$target" ] && cp -n regressions/"$target"/* "$dir"/ 2>/dev/null || true
  # A corpus grown by an earlier run keeps its inputs; the seeds go in once.
  compgen -G "$dir/seed-*" >/dev/null && return
  local files=()
  case $target in
    markdown | matcher | fix | fix_tokens)
      mapfile -t files < <(find ../fixtures ../tests -name '*.md' -size -16k | head -200) ;;
    mdx) mapfile -t files < <(find ../fixtures ../tests -name '*.mdx' -size -16k | head -200) ;;
    comments) mapfile -t files < <(find ../fixtures/comments -type f -size -16k | head -300) ;;
    config) mapfile -t files < <(find .. -path ../fuzz -prune -o -name 'termlint.toml' -print | head -50) ;;
    glossary) mapfile -t files < <(ls ../rules/*.toml) ;;
    vale) mapfile -t files < <(find ../fixtures/vale -type f | head -50) ;;
    baseline) mapfile -t files < <(find ../tests -name '*baseline*.json' | head -20) ;;
  esac
  if [ -d "$shared" ]; then
    case $target in
      markdown | matcher | fix) mapfile -t -O ${#files[@]} files < <(find "$shared" -name '*.md' -size -16k | head -300) ;;
      mdx) mapfile -t -O ${#files[@]} files < <(find "$shared" -name '*.mdx' -size -16k | head -300) ;;
      comments) mapfile -t -O ${#files[@]} files < <(find "$shared" \( -name '*.ts' -o -name '*.js' -o -name '*.tsx' \) -size -16k | head -300) ;;
    esac
  fi
  local i=0
  for f in "${files[@]}"; do
    # The comments target's first byte picks the language: a byte for each seed.
    if [ "$target" = comments ]; then
      { printf "\\$(printf %03o $((i % 64)))"; cat "$f"; } >"$dir/seed-$i"
    elif [ "$target" = fix ]; then
      { printf '\000'; cat "$f"; } >"$dir/seed-$i"
    elif [ "$target" = vale ]; then
      { printf '\000'; cat "$f"; } >"$dir/seed-$i"
    else
      cp "$f" "$dir/seed-$i"
    fi
    i=$((i + 1))
  done
  if ! compgen -G "$dir/seed-*" >/dev/null; then
    case $target in
      baseline) printf '{"version":1,"findings":[{"fingerprint":"f","path":"a.md","rule":"webhook","matched":"web hook","context":"a [web hook]"}]}\n' ;;
      config) printf 'profiles = ["clerk"]\naccept = ["web hook"]\n[rules]\nwebhook = "error"\n[[overrides]]\nfiles = ["*.mdx"]\n' ;;
      *) printf 'A web hook.\n' ;;
    esac >"$dir/seed-0"
  fi
}

sanitizer=${FUZZ_SANITIZER:-address}
max_len=${FUZZ_MAX_LEN:-4096}
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "artifacts/$target"
  len=$max_len
  [ "$target" = fix_tokens ] && len=$((max_len / 2))
  echo "== $target: ${seconds}s"
  nice -n 15 cargo +nightly fuzz run -O -s "$sanitizer" "$target" \
    ${FUZZ_TARGET_DIR:+--target-dir "$FUZZ_TARGET_DIR"} \
    "corpus/$target" -- -max_total_time="$seconds" ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} \
    -max_len="$len" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="artifacts/$target/" \
    >"artifacts/$target.log" 2>&1 || { echo "$target: failed, see fuzz/artifacts/$target.log"; tail -30 "artifacts/$target.log"; exit 1; }
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+[[:space:]]*DONE" "artifacts/$target.log" | tr '\n' ' '
  echo
done
