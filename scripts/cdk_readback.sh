#!/usr/bin/env bash
# Reads a cloud assembly written by cognito (App::write_assembly, `--out DIR`) back with the
# real AWS CDK CLI: `cdk ls --app DIR`, then `cdk synth --app DIR --json STACK` for every
# stack, compared with DIR/STACK.template.json as JSON values. The CLI leaves the
# CheckBootstrapVersion rule out of what it prints, so it is left out of the comparison.
#
#   scripts/cdk_readback.sh DIR        (needs `scripts/oracle.sh setup` once; uses $ORACLE_DIR)
set -euo pipefail
dir=$(realpath "$1")
oracle=${ORACLE_DIR:-${TMPDIR:-/tmp}/cognito-oracle}
cd "$oracle"
stacks=$(npx --no-install cdk ls --app "$dir" 2>/dev/null)
[ -n "$stacks" ] || { echo "cdk ls listed no stack in $dir"; exit 1; }
compare='
import json, sys
printed, ours = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
rules = ours.get("Rules", {})
rules.pop("CheckBootstrapVersion", None)
if not rules:
    ours.pop("Rules", None)
sys.exit(0 if printed == ours else 1)'
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
bad=0
for s in $stacks; do
  npx --no-install cdk synth --app "$dir" --json "$s" >"$tmp" 2>/dev/null
  if python3 -c "$compare" "$tmp" "$dir/$s.template.json"; then
    echo "$s: read back unchanged"
  else
    echo "$s: DIFFERENT"; bad=1
  fi
done
exit $bad
