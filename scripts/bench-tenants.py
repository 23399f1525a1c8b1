#!/usr/bin/env python3
"""Whole-process comparison with the AWS CDK on the 1,000-tenant app of
`examples/tenants.rs` (a shared stack with a Rust trigger, ten stacks of 100 pools each):
writes the same app as a CDK program, then runs ours (`target/release/examples/tenants --out
DIR`) and the CDK's (`node bench_app.js`, a variant of the oracle harness's `synth_app.js`
that only synthesizes into a directory, as `cdk synth` does) alternately; checks that the two
cloud assemblies are the same (every template byte for byte, manifest, asset manifests,
staged assets), and prints the medians, the peak memory of each and the ratio.

    scripts/oracle.sh setup            # once (ORACLE_DIR, default $TMPDIR/cognito-oracle)
    scripts/bench-tenants.py [RUNS]    # default 11 runs of each
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
oracle = Path(os.environ.get("ORACLE_DIR", Path(os.environ.get("TMPDIR", "/tmp")) / "cognito-oracle"))
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 11
zip_path = root / "tests/fixtures/cdk/cases/assets/bootstrap.zip"
if not (oracle / "node_modules").exists():
    sys.exit(f"no CDK in {oracle}: run scripts/oracle.sh setup first")

# The same app, written for the CDK (examples/tenants.rs, app_tenants.js at scale).
CASE = """
module.exports = (app, cdk) => {
  const lambda = cdk.aws_lambda;
  const c = cdk.aws_cognito;
  const shared = new cdk.Stack(app, 'Shared', { synthesizer: new cdk.DefaultStackSynthesizer() });
  const check = new lambda.Function(shared, 'presignup', {
    runtime: lambda.Runtime.PROVIDED_AL2023,
    handler: 'bootstrap',
    architecture: lambda.Architecture.ARM_64,
    code: lambda.Code.fromAsset(%(zip)s),
    environment: { ALLOWED_DOMAIN: 'example.com' },
  });
  const tenants = 1000, perStack = 100;
  for (let k = 0; k * perStack < tenants; k++) {
    const stack = new cdk.Stack(app, `Tenants${k + 1}`, { synthesizer: new cdk.DefaultStackSynthesizer() });
    for (let n = k * perStack + 1; n <= Math.min(tenants, (k + 1) * perStack); n++) {
      const t = 't' + String(n).padStart(4, '0');
      const pool = new c.UserPool(stack, t, {
        userPoolName: `tenant-${t}`,
        signInAliases: { email: true },
        selfSignUpEnabled: true,
        lambdaTriggers: { preSignUp: check },
      });
      const client = pool.addClient('web', { generateSecret: false });
      new cdk.CfnOutput(stack, `${t}pool`, { value: pool.userPoolId });
      new cdk.CfnOutput(stack, `${t}client`, { value: client.userPoolClientId });
    }
  }
};
"""

# synth_app.js's App settings; the assembly stays in OUTDIR, as `cdk synth` leaves it.
HARNESS = """
'use strict';
const cdk = require('aws-cdk-lib');
const [casePath, outdir] = process.argv.slice(2);
const app = new cdk.App({
  outdir, analyticsReporting: false, stackTraces: false, treeMetadata: false,
  performanceReporting: false, builtinCloudFormationValidation: false,
  context: {
    'aws:cdk:enable-path-metadata': false,
    'aws:cdk:enable-asset-metadata': false,
    'aws:cdk:version-reporting': false,
  },
});
require(casePath)(app, cdk);
app.synth();
"""

case = oracle / "cases" / "bench_tenants1000.js"
case.parent.mkdir(parents=True, exist_ok=True)
case.write_text(CASE % {"zip": json.dumps(str(zip_path))})
harness = oracle / "bench_app.js"
harness.write_text(HARNESS)

subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "tenants"], cwd=root, check=True)
work = Path(tempfile.mkdtemp(prefix="bench-tenants-"))
ours_dir, cdk_dir = work / "ours", work / "cdk"
ours_cmd = [str(root / "target/release/examples/tenants"), "--out", str(ours_dir)]
cdk_cmd = [shutil.which("node") or "node", str(harness), str(case), str(cdk_dir)]
env = dict(os.environ, TRIGGER_ZIP=str(zip_path))


def run(cmd, cwd, out):
    """Wall time in seconds of one run into a fresh `out`; output to /dev/null."""
    shutil.rmtree(out, ignore_errors=True)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, env, file_actions=[
            (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
        _, status = os.waitpid(pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        os.close(devnull)
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed")
    return elapsed


def peak_rss_mib(cmd, cwd, out):
    shutil.rmtree(out, ignore_errors=True)
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, env=env, capture_output=True, text=True)
    return int(p.stderr.strip().splitlines()[-1]) / 1024


def assembly(d):
    """The assembly in `d`, as the tests compare it: the manifest without its version
    fields (and the CDK's feature-flag report), each template's bytes, each asset manifest,
    the staged assets."""
    manifest = json.loads((d / "manifest.json").read_text())
    manifest.pop("version", None)
    manifest.pop("minimumCliVersion", None)
    arts = manifest["artifacts"]
    for k in [k for k, a in arts.items() if a["type"] == "cdk:feature-flag-report"]:
        del arts[k]
    stacks = {}
    for k, a in arts.items():
        if a["type"] != "aws:cloudformation:stack":
            continue
        assets = d / f"{k}.assets.json"
        assets = json.loads(assets.read_text()) if assets.exists() else None
        if assets:
            assets.pop("version", None)
        stacks[k] = ((d / f"{k}.template.json").read_bytes(), assets)
    staged = sorted(p.name for p in d.iterdir() if p.name.startswith("asset."))
    return manifest, stacks, staged


ours_t, cdk_t = [], []
for _ in range(runs):
    ours_t.append(run(ours_cmd, root, ours_dir))
    cdk_t.append(run(cdk_cmd, oracle, cdk_dir))

ours_rss = peak_rss_mib(ours_cmd, root, ours_dir)
cdk_rss = peak_rss_mib(cdk_cmd, oracle, cdk_dir)
equal = assembly(ours_dir) == assembly(cdk_dir)
stacks = len(assembly(ours_dir)[1])
resources = sum(len(json.loads(t)["Resources"]) for t, _ in assembly(ours_dir)[1].values())
ours_m, cdk_m = statistics.median(ours_t), statistics.median(cdk_t)
print(f"app: {stacks} stacks, {resources} resources; runs: {runs} of each, alternating")
print(f"ours (examples/tenants --out):  median {ours_m * 1000:9.2f} ms, peak RSS {ours_rss:7.1f} MiB")
print(f"CDK  (node bench_app.js):       median {cdk_m * 1000:9.2f} ms, peak RSS {cdk_rss:7.1f} MiB")
print(f"ratio of medians (CDK / ours): {cdk_m / ours_m:.0f}x; of peak memory: {cdk_rss / ours_rss:.0f}x")
print(f"assemblies equal (templates byte for byte): {equal}")
shutil.rmtree(work, ignore_errors=True)
sys.exit(0 if equal else 1)
