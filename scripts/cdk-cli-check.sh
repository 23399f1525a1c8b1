#!/usr/bin/env bash
# Shows that the AWS CDK CLI accepts a cloud assembly written by `Stack::write_assembly` or
# `App::write_assembly`: `cdk ls` lists every stack and `cdk synth` prints each template,
# offline (no AWS account). The CLI leaves the default synthesizer's CheckBootstrapVersion
# rule out of what it prints, so the comparison leaves it out of ours too.
#
#   scripts/cdk-cli-check.sh DIR      DIR: an assembly, e.g. from `cargo run --example seed -- --out DIR`
set -euo pipefail
dir=$(realpath "${1:?usage: $0 ASSEMBLY_DIR}")
cli=${CDK_CLI_DIR:-${TMPDIR:-/tmp}/cognito-cdk-cli}
if [ ! -x "$cli/node_modules/.bin/cdk" ]; then
  mkdir -p "$cli"
  (cd "$cli" && npm install --silent --no-audit --no-fund aws-cdk@2.1148.1 >/dev/null)
fi
cdk="$cli/node_modules/.bin/cdk"
export CDK_DISABLE_VERSION_CHECK=1
echo "\$ cdk --version"; "$cdk" --version
echo "\$ cdk ls --app $dir"
stacks=$("$cdk" ls --app "$dir" --no-notices)
echo "$stacks"
for s in $stacks; do
  echo "\$ cdk synth --app $dir $s | head -5"
  "$cdk" synth --app "$dir" "$s" --no-notices --json > "$dir/$s.from-cli.json"
  head -5 "$dir/$s.from-cli.json"
  # The CLI prints the template it read: it must be ours, unchanged.
  python3 -c 'import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
rules=b.get("Rules", {}); rules.pop("CheckBootstrapVersion", None)
if not rules: b.pop("Rules", None)
sys.exit(0 if a==b else "the CLI printed a different template")' \
    "$dir/$s.from-cli.json" "$dir/$s.template.json"
  echo "(the template the CLI printed equals ours)"
done
