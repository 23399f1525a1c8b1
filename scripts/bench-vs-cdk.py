#!/usr/bin/env python3
"""Whole-process comparison with the AWS CDK on the `big100` case (100 user pools with two
clients each), three programs in one run, alternating (the CDK first, then ours, each first
in every other round): the program a user writes
(`examples/big_macro.rs`: one `cognito!` block, then `cognito::cli::main`), the same stack
built with the runtime's builders in a loop (`examples/big`, 100 pools by default), both built
`--release` first, and the CDK (`node synth.js cases/big100.js` in the oracle, see
scripts/oracle.sh). Checks that the three templates are equal (ours byte for byte with each
other, and as JSON values with the CDK's), and prints the medians, the peak memory of each
and the ratios, with the machine's load average before and after.

    scripts/oracle.sh setup          # once
    scripts/bench-vs-cdk.py [RUNS]   # default 15 runs of each
    BENCH_BIN=DIR scripts/bench-vs-cdk.py [RUNS]   # binaries built before, in DIR
"""

import json
import shutil
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
oracle = Path(os.environ.get("ORACLE_DIR", Path(os.environ.get("TMPDIR", "/tmp")) / "cognito-oracle"))
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15

# BENCH_BIN=DIR times binaries built before (DIR/big_macro, DIR/big) instead of building.
bin_dir = os.environ.get("BENCH_BIN")
if bin_dir is None:
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--example", "big", "--example", "big_macro"], cwd=root, check=True
    )
bins = Path(bin_dir) if bin_dir else root / "target/release/examples"
# The floor: a Rust program that does nothing (`fn main() {}`, built as the examples are),
# timed in the same rounds, so the ratios can be read against what any process costs.
floor = root / "target" / "bench-floor"
floor.mkdir(parents=True, exist_ok=True)
(floor / "nothing.rs").write_text("fn main() {}\n")
subprocess.run(["rustc", "-O", "--edition", "2024", str(floor / "nothing.rs"), "-o", str(floor / "nothing")], check=True)
programs = [
    ("ours, cognito! (examples/big_macro)", [str(bins / "big_macro")], root),
    ("ours, builders (examples/big)", [str(bins / "big")], root),
    ("CDK (node synth.js)", [shutil.which("node") or "node", str(oracle / "synth.js"), str(oracle / "cases" / "big100.js")], oracle),
    ("a Rust program that does nothing", [str(floor / "nothing")], root),
]
if not (oracle / "node_modules").exists():
    sys.exit(f"no CDK in {oracle}: run scripts/oracle.sh setup first")


def run(cmd, cwd):
    """Wall time in seconds of one run, stdout to /dev/null. `posix_spawn` keeps the
    harness's own cost (about 0.5 ms, the same for both programs) as small as it can be."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
        _, status = os.waitpid(pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        os.close(devnull)
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed")
    return elapsed


def output(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def peak_rss_mib(cmd, cwd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, capture_output=True, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


load_before = load()
times = [[] for _ in programs]
# Each round runs the CDK, then our two programs, in turn first: the program run right after
# the CDK's (a process of 80 MiB that leaves the caches cold) takes 0.5-1 ms more, and a
# fixed order charged that to the `cognito!` program alone.
for r in range(runs):
    for i in (2, 0, 1, 3) if r % 2 == 0 else (2, 1, 0, 3):
        _, cmd, cwd = programs[i]
        times[i].append(run(cmd, cwd))
load_after = load()

texts = [output(cmd, cwd) for _, cmd, cwd in programs[:3]]
equal = texts[0] == texts[1] and json.loads(texts[0]) == json.loads(texts[2])
medians = [statistics.median(t) for t in times]
print(f"runs: {runs} of each, alternating; load average before {load_before}, after {load_after}")
for (name, cmd, cwd), m in zip(programs, medians):
    print(f"{name:<38} median {m * 1000:8.2f} ms, peak RSS {peak_rss_mib(cmd, cwd):6.1f} MiB")
cdk = medians[2]
print(f"ratio of medians, CDK / cognito!: {cdk / medians[0]:.0f}x")
print(f"ratio of medians, CDK / builders: {cdk / medians[1]:.0f}x")
print(f"ratio of medians, cognito! / builders: {medians[0] / medians[1]:.2f}")
print(f"ratio of medians, CDK / a program that does nothing: {cdk / medians[3]:.0f}x (the most any program can reach)")
print(f"templates equal: {equal}")
sys.exit(0 if equal else 1)
