#!/usr/bin/env python3
"""Change-to-diagnostics latency of `termlint lsp`.

Starts the server over stdio, opens synthetic Markdown documents of 100, 1,000 and 10,000 lines,
then repeatedly sends an incremental `didChange` (one character typed into a line in the middle)
and times until the `publishDiagnostics` for that version arrives. The sizes are interleaved
round by round, so a load spike on a shared machine hits all of them alike. Prints the median,
the 10th and 90th percentiles and the extremes per size, in milliseconds.

    python3 bench/lsp_latency.py [path/to/termlint] [--rounds N] [--no-headings]

`--no-headings` leaves out the heading line (a flagged heading every eight lines), to separate
the cost of the checks that read the whole file for each finding in a heading.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

SIZES = (100, 1_000, 10_000)

# Prose written for this benchmark: most lines are clean, some hold terms the built-in glossary
# flags, so the server lints and converts a realistic number of findings.
LINES = (
    "The session token is refreshed before it expires, so a signed-in user stays signed in.",
    "Configure the web hook endpoint in the Clerk dashboard and copy the signing secret.",
    "Each organization has members, and each member has a role with permissions.",
    "Call the API from your backend; never expose the secret key in the browser.",
    "",
    "## Sign into your application",
    "Users can login with a password or a passkey; both go through the same flow.",
    "- The user object carries the primary email address and the external accounts.",
)


def document(lines, headings=True):
    kept = [line for line in LINES if headings or not line.startswith("#")]
    return "\n".join(kept[i % len(kept)] for i in range(lines)) + "\n"


class Server:
    def __init__(self, binary, root):
        self.proc = subprocess.Popen(
            [binary, "lsp"], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the server went away")
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == self.next_id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        while True:
            message = self.read()
            params = message.get("params", {})
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and params.get("uri") == uri and params.get("version") == version):
                return params["diagnostics"]


def main():
    args = sys.argv[1:]
    rounds = 30
    if "--rounds" in args:
        at = args.index("--rounds")
        rounds = int(args[at + 1])
        del args[at:at + 2]
    headings = "--no-headings" not in args
    args = [a for a in args if a != "--no-headings"]
    binary = args[0] if args else "target/release/termlint"
    with tempfile.TemporaryDirectory() as root:
        os.mkdir(os.path.join(root, ".git"))
        server = Server(binary, root)
        server.request("initialize", {"processId": None, "rootUri": "file://" + root,
                                      "capabilities": {}})
        server.notify("initialized", {})
        docs = {}
        for size in SIZES:
            uri = f"file://{root}/doc-{size}.md"
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "markdown", "version": 1,
                "text": document(size, headings)}})
            found = server.diagnostics(uri, 1)
            docs[size] = {"uri": uri, "version": 1, "findings": len(found), "times": []}
        for _ in range(rounds):
            for size in SIZES:
                doc = docs[size]
                doc["version"] += 1
                line = size // 2 + doc["version"] % 7
                start = time.perf_counter()
                server.notify("textDocument/didChange", {
                    "textDocument": {"uri": doc["uri"], "version": doc["version"]},
                    "contentChanges": [{"range": {
                        "start": {"line": line, "character": 0},
                        "end": {"line": line, "character": 0}}, "text": "x"}],
                })
                server.diagnostics(doc["uri"], doc["version"])
                doc["times"].append((time.perf_counter() - start) * 1000)
        server.request("shutdown", None)
        server.notify("exit", None)
        server.proc.wait(timeout=10)
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"on {os.cpu_count()} CPUs; {rounds} changes per size, sizes interleaved")
    print("| lines | findings | median ms | p10 ms | p90 ms | min ms | max ms |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in SIZES:
        t = sorted(docs[size]["times"])
        deciles = statistics.quantiles(t, n=10)
        print(f"| {size:,} | {docs[size]['findings']} | {statistics.median(t):.1f} | "
              f"{deciles[0]:.1f} | {deciles[-1]:.1f} | {t[0]:.1f} | {t[-1]:.1f} |")


if __name__ == "__main__":
    main()
