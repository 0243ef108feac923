#!/usr/bin/env bash
# How cost grows with the work: generates synthetic inputs in a temporary directory and measures
# termlint and typos side by side on each (wall time, throughput, peak RSS from /usr/bin/time -v).
# Usage: bench/scale.sh [CORPUS] [CASES...]
#   CORPUS defaults to ../shared/corpora/clerk-docs. CASES (default: all) are any of
#   tree1 tree10 tree170 big-file long-line findings-human findings-sarif findings-json
#   findings-compact findings-split globs glossary-10k glossary-100k
#   tree170 is about 1 GB of copies: it needs that much free disk and takes minutes; run it
#   under `nice`. Everything generated is deleted at the end.
# Needs typos on PATH (`cargo install typos-cli`) and GNU time at /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpora/clerk-docs}
shift || true
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(tree1 tree10 tree170 big-file long-line findings-split findings-compact findings-json
         findings-human findings-sarif globs glossary-10k glossary-100k)
fi
[ -d "$corpus" ] || { echo "corpus $corpus is absent" >&2; exit 2; }
command -v typos >/dev/null || { echo "typos is not installed: cargo install typos-cli" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed: apt-get install time" >&2; exit 2; }

cargo build --release --quiet
termlint=$(realpath "${CARGO_TARGET_DIR:-./target}/release/termlint")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$work" "$termlint" "${cases[@]}" <<'PY'
import os, re, shutil, subprocess, sys, time

corpus, work, termlint, cases = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
corpus = os.path.abspath(corpus)

def size_of(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)

def measure(cmd, cwd=None):
    """Wall seconds and peak RSS (MB) of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    # termlint exits 2 on an error (a file over the input limit, say): its time means nothing.
    if cmd[0] == termlint and proc.returncode == 2:
        sys.exit(f"termlint failed on {cmd}:\n{proc.stderr}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    return wall, rss / 1024

def row(name, size, runs):
    cells = [name, f"{size / 1e6:,.1f} MB"]
    for tool in ("termlint", "typos"):
        if tool not in runs:
            cells += ["", "", ""]
            continue
        wall, rss = runs[tool]
        cells += [f"{wall:.2f} s", f"{size / wall / 1e6:.1f} MB/s", f"{rss:.0f} MB"]
    if "typos" in runs:
        cells.append(f"{runs['typos'][0] / runs['termlint'][0]:.2f}x")
    else:
        cells.append("")
    print("| " + " | ".join(cells) + " |", flush=True)

def copies(n):
    path = os.path.join(work, f"tree{n}")
    if not os.path.exists(path):
        os.makedirs(path)
        for i in range(n):
            shutil.copytree(corpus, os.path.join(path, f"copy{i:03}"))
    return path

def prose():
    """The corpus's Markdown and MDX text, concatenated."""
    parts = []
    for d, _, fs in sorted(os.walk(corpus)):
        for f in sorted(fs):
            if f.endswith((".md", ".mdx")):
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as h:
                    parts.append(h.read())
    return "\n\n".join(parts)

def write(name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as h:
        h.write(text)
    return path

def both(name, target, termlint_args=(), typos_args=(), cwd=None, typos=True, times=2):
    """termlint and typos on the same input, interleaved: termlint, typos, termlint, typos;
    the faster of each tool's runs."""
    runs = {}
    for _ in range(times):
        t = measure([termlint, "check", target, "--isolated", *termlint_args], cwd)
        runs["termlint"] = min(runs.get("termlint", t), t)
        if typos:
            y = measure(["typos", target, *typos_args], cwd)
            runs["typos"] = min(runs.get("typos", y), y)
    row(name, size_of(target) if cwd is None else size_of(os.path.join(cwd, target)), runs)

print("| input | size | termlint wall | termlint throughput | termlint peak RSS "
      "| typos wall | typos throughput | typos peak RSS | ratio (typos / termlint) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", flush=True)
text = None
for case in cases:
    if case.startswith("tree"):
        n = int(case[4:])
        both(f"{n} {'copy' if n == 1 else 'copies'} of the corpus", copies(n),
             ["--format", "json"], ["--format", "json"], times=1 if n >= 100 else 2)
        if n >= 100:
            shutil.rmtree(os.path.join(work, case))
    elif case == "big-file":
        text = text or prose()
        big = write("big.md", (text + "\n\n") * max(1, 200_000_000 // len(text)))
        # Above the default input limit of 100 MB, which a file this size is meant to test.
        both("one 200 MB Markdown file", big, ["--format", "json", "--max-input-size", "1GB"],
             ["--format", "json"])
        os.remove(big)
    elif case == "long-line":
        text = text or prose()
        # The same bytes as one line and as normal lines: the cost must not depend on it.
        words = re.sub(r"\s+", " ", text)
        line = (words * max(1, 50_000_000 // len(words)))[:50_000_000]
        one = write("line.md", line + "\n")
        both("one 50 MB line", one, ["--format", "json"], ["--format", "json"])
        # Lines break only before a lowercase word, so that no line starts an HTML block or
        # a list, and the prose read is the same.
        split = write("lines.md", re.sub(r"(.{80}\S*) (?=[a-z])", "\\1\n", line) + "\n")
        both("the same 50 MB in lines", split, ["--format", "json"], ["--format", "json"])
        os.remove(one); os.remove(split)
    elif case.startswith("findings-"):
        fmt = case.split("-", 1)[1]
        many = os.path.join(work, "findings.md")
        if not os.path.exists(many):
            # A million findings: one in each line.
            write("findings.md", "Create a web hook in the dashboard.\n" * 1_000_000)
        if fmt == "split":
            # The same lines in 1,000 files of 1,000 findings each.
            d = os.path.join(work, "split")
            os.makedirs(d, exist_ok=True)
            for i in range(1000):
                write(f"split/f{i:04}.md", "Create a web hook in the dashboard.\n" * 1000)
            both("1M findings in 1,000 files, compact", d, ["--format", "compact"],
                 ["--format", "brief"], typos=False)
            shutil.rmtree(d)
        else:
            both(f"1M findings in one file, {fmt}", many, ["--format", fmt], typos=False)
    elif case == "globs":
        tree = copies(1)
        config = os.path.join(work, "globs.toml")
        globs = ", ".join(f'"**/skip{i}/**"' for i in range(6))
        with open(config, "w") as h:
            h.write(f"include = [\"**/*.md\", \"**/*.mdx\", \"*.md\", \"*.mdx\", \"docs/**\", \"**/x{{a,b}}/*\"]\n"
                    f"exclude = [{globs}]\n")
        plain = measure([termlint, "check", tree, "--isolated", "--format", "json"])
        globbed = measure([termlint, "check", tree, "--config", config, "--format", "json"])
        plain = min(plain, measure([termlint, "check", tree, "--isolated", "--format", "json"]))
        globbed = min(globbed, measure([termlint, "check", tree, "--config", config, "--format", "json"]))
        print(f"| corpus with 12 include/exclude globs | {size_of(tree) / 1e6:.1f} MB "
              f"| {globbed[0]:.2f} s (without: {plain[0]:.2f} s, "
              f"{(globbed[0] / plain[0] - 1) * 100:+.0f}%) | | {globbed[1]:.0f} MB | | | | |", flush=True)
    elif case.startswith("glossary-"):
        n = int(case.split("-")[1].rstrip("k")) * 1000
        d = os.path.join(work, case)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "terms.toml"), "w") as h:
            for i in range(n):
                h.write(f'[[term]]\nid = "t{i}"\ncategory = "user"\npreferred = ["goodword{i}"]\navoid = ["badword{i}"]\n'
                        f'message = "Use goodword{i}."\nexamples = [{{ bad = "A badword{i}.", good = "A goodword{i}." }}]\n\n')
        with open(os.path.join(d, "termlint.toml"), "w") as h:
            h.write('glossaries = ["terms.toml"]\n')
        write(f"{case}/doc.md", "A badword7 and a goodword7.\n")
        wall, rss = measure([termlint, "check", "doc.md"], cwd=d)
        print(f"| a user glossary of {n:,} terms, one small file | | {wall:.2f} s | | {rss:.0f} MB | | | | |",
              flush=True)
        shutil.rmtree(d)
    else:
        print(f"unknown case {case}", file=sys.stderr)
PY
