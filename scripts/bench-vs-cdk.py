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
cdk_cmd = ["node", "synth.js", "cases/big100.js"]
if not (oracle / "node_modules").exists():
    sys.exit(f"no CDK in {oracle}: run scripts/oracle.sh setup first")


def run(cmd, cwd):
    """Wall time in seconds of one run, output discarded (as a pipe would cost both alike)."""
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, close_fds=False)
    return time.perf_counter() - start


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
