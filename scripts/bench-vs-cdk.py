#!/usr/bin/env python3
"""Whole-process comparison with the AWS CDK on the `big100` case (100 user pools with two
clients each): runs our program (`cargo run --release --example big -- 100`, built first)
and the CDK (`node synth.js cases/big100.js` in the oracle, see scripts/oracle.sh)
alternately, checks that both templates are equal, and prints the medians, the peak
memory of each and the ratio.

    scripts/oracle.sh setup          # once
    scripts/bench-vs-cdk.py [RUNS]   # default 15 runs of each
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

subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "big"], cwd=root, check=True)
ours_cmd = [str(root / "target/release/examples/big"), "100"]
cdk_cmd = [shutil.which("node") or "node", str(oracle / "synth.js"), str(oracle / "cases" / "big100.js")]
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


ours_t, cdk_t = [], []
for _ in range(runs):
    ours_t.append(run(ours_cmd, root))
    cdk_t.append(run(cdk_cmd, oracle))

equal = json.loads(output(ours_cmd, root)) == json.loads(output(cdk_cmd, oracle))
ours_m, cdk_m = statistics.median(ours_t), statistics.median(cdk_t)
print(f"runs: {runs} of each, alternating")
print(f"ours (examples/big 100): median {ours_m * 1000:8.2f} ms, peak RSS {peak_rss_mib(ours_cmd, root):6.1f} MiB")
print(f"CDK  (node synth.js):     median {cdk_m * 1000:8.2f} ms, peak RSS {peak_rss_mib(cdk_cmd, oracle):6.1f} MiB")
print(f"ratio of medians (CDK / ours): {cdk_m / ours_m:.0f}x")
print(f"templates equal: {equal}")
sys.exit(0 if equal else 1)
