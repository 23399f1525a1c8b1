#!/usr/bin/env bash
# Runs the real AWS CDK (aws-cdk-lib 2.276.0) on reference cases, to learn what it does.
#
#   scripts/oracle.sh setup              copy the harness to $ORACLE_DIR and `npm ci` (~10 s)
#   scripts/oracle.sh synth CASE.js      print the template (or ERROR: …) for one case
#   scripts/oracle.sh check [NAME …]     re-synthesize cases and compare with expected/
#   scripts/oracle.sh regen NAME …       (re)write expected/NAME.{json,app.json,err}
#   scripts/oracle.sh app CASE.js        the cloud assembly of a whole app (app_*.js: several stacks, assets)
#   scripts/oracle.sh nag CASE.js        what cdk-nag 3.0.2's AwsSolutions pack finds ("SEVERITY RULE PATH")
#   scripts/oracle.sh regen-nag [NAME …] (re)write expected/nag/NAME.nag, for NAME or every case with a
#                                        single-stack template (expected/NAME.json)
#   scripts/oracle.sh diff BEFORE.js AFTER.js   what `cdk diff` says about deploying AFTER over BEFORE
#   scripts/oracle.sh regen-diff change_NAME …   (re)write expected/change_NAME.{before,after}.json and
#                                        expected/change_NAME.diff (what `cdk diff` prints) for the pair
#                                        cases/change_NAME.before.js, cases/change_NAME.after.js
#   scripts/oracle.sh regen-flags [NAME …]  under the recommended feature flags: expected/flags/NAME.json
#                                        for the cases whose template they change, flags/NAME.err for
#                                        those they make the CDK reject (default: every case)
#   scripts/oracle.sh regen-cli [NAME …]    expected/cli/NAME.json: the template as `cdk synth` writes it
#                                        (CLI bookkeeping; recommended flags where flags/NAME.json exists)
#   scripts/oracle.sh regen-paths [NAME …]  expected/paths/NAME.app.json: each app case's assembly with the
#                                        `aws:cdk:path` metadata `cdk synth` writes (single stacks: cli/)
#
# Environment knobs of synth (see harness/synth.js): ORACLE_PATH_METADATA=1, ORACLE_CLI_DEFAULTS=1,
# ORACLE_RECOMMENDED_FLAGS=1, ORACLE_OUTDIR=DIR.
#
# ORACLE_DIR defaults to ${TMPDIR:-/tmp}/cognito-oracle; it must be outside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$root/tests/fixtures/cdk"
dir=${ORACLE_DIR:-${TMPDIR:-/tmp}/cognito-oracle}

sync() {
  mkdir -p "$dir/cases" "$dir/expected"
  cp "$fixtures"/harness/{synth.js,synth_app.js,nag.js,cdk_diff.sh,package.json,package-lock.json,run_cases.sh} "$dir/"
  cp "$fixtures"/cases/*.js "$dir/cases/"
  if [ -d "$fixtures/cases/assets" ]; then cp -r "$fixtures/cases/assets" "$dir/cases/"; fi
  find "$fixtures/expected" -maxdepth 1 -type f -exec cp -t "$dir/expected/" {} +
}

abs() { realpath "$1"; }

# The single-stack cases that have a template (not an error, not a whole app), or the names given.
templated() {
  if [ $# -gt 0 ]; then printf '%s\n' "$@"; return; fi
  for f in "$fixtures"/expected/*.json; do
    n=$(basename "$f" .json)
    case $n in *.app) continue;; esac
    echo "$n"
  done
}

# Whether two JSON files hold the same value (key order aside).
same_json() {
  node -e 'const fs=require("fs"),u=require("util");
    const r=f=>JSON.parse(fs.readFileSync(f,"utf8"));
    process.exit(u.isDeepStrictEqual(r(process.argv[1]),r(process.argv[2]))?0:1)' "$1" "$2"
}

# Synthesizes case $1 with the environment knobs that follow; the template goes to $out.
synth_to() {
  local n=$1; shift
  (cd "$dir" && env "$@" node synth.js "cases/$n.js" > "$out")
}

case "${1:-}" in
  setup) sync; (cd "$dir" && npm ci --no-audit --no-fund) ;;
  synth) sync; f=$(abs "$2"); (cd "$dir" && node synth.js "$f") ;;
  app) sync; f=$(abs "$2"); (cd "$dir" && node synth_app.js "$f") ;;
  nag) sync; f=$(abs "$2"); (cd "$dir" && node nag.js "$f") ;;
  diff) sync; b=$(abs "$2"); a=$(abs "$3"); (cd "$dir" && bash cdk_diff.sh "$b" "$a") ;;
  check) shift; sync; (cd "$dir" && bash run_cases.sh --check "$@") ;;
  regen)
    shift; sync
    (cd "$dir" && bash run_cases.sh "$@")
    for n in "$@"; do
      rm -f "$fixtures/expected/$n.json" "$fixtures/expected/$n.app.json" "$fixtures/expected/$n.err"
      cp "$dir"/expected/"$n".* "$fixtures/expected/"
    done ;;
  regen-nag)
    shift; sync
    if [ $# -eq 0 ]; then
      set -- $(cd "$fixtures/expected" && ls -- *.json | grep -v '\.app\.json$' | sed 's/\.json$//')
    fi
    mkdir -p "$fixtures/expected/nag"
    for n in "$@"; do
      # A case the CDK rejects has no findings to record; nag.js would print its error.
      [ -f "$fixtures/expected/$n.json" ] || { echo "$n: no template (expected/$n.json)" >&2; exit 1; }
      (cd "$dir" && node nag.js "cases/$n.js") > "$fixtures/expected/nag/$n.nag.tmp"
      mv "$fixtures/expected/nag/$n.nag.tmp" "$fixtures/expected/nag/$n.nag"
    done ;;
  regen-diff)
    shift; sync
    for n in "$@"; do
      (cd "$dir" && bash run_cases.sh "$n.before" "$n.after")
      for side in before after; do cp "$dir/expected/$n.$side.json" "$fixtures/expected/"; done
      (cd "$dir" && CDK_DISABLE_VERSION_CHECK=1 bash cdk_diff.sh "cases/$n.before.js" "cases/$n.after.js") \
        > "$fixtures/expected/$n.diff"
    done ;;
  regen-flags)
    shift; sync; mkdir -p "$fixtures/expected/flags"; out=$(mktemp)
    for n in $(templated "$@"); do
      rm -f "$fixtures/expected/flags/$n.json" "$fixtures/expected/flags/$n.err"
      if ! synth_to "$n" ORACLE_RECOMMENDED_FLAGS=1; then
        cp "$out" "$fixtures/expected/flags/$n.err"; echo "rejected: $n"
      elif ! same_json "$out" "$fixtures/expected/$n.json"; then
        cp "$out" "$fixtures/expected/flags/$n.json"; echo "changed: $n"
      fi
    done
    rm -f "$out" ;;
  regen-cli)
    shift; sync; mkdir -p "$fixtures/expected/cli"; out=$(mktemp)
    for n in $(templated "$@"); do
      flags=0; [ -f "$fixtures/expected/flags/$n.json" ] && flags=1
      synth_to "$n" ORACLE_CLI_DEFAULTS=1 ORACLE_RECOMMENDED_FLAGS=$flags || { echo "FAIL $n"; continue; }
      cp "$out" "$fixtures/expected/cli/$n.json"
    done
    rm -f "$out" ;;
  regen-paths)
    shift; sync; mkdir -p "$fixtures/expected/paths"
    if [ $# -eq 0 ]; then
      set -- $(cd "$fixtures/expected" && ls -- app_*.app.json | sed 's/\.app\.json$//')
    fi
    for n in "$@"; do
      (cd "$dir" && ORACLE_PATH_METADATA=1 node synth_app.js "cases/$n.js") > "$fixtures/expected/paths/$n.app.json.tmp"
      mv "$fixtures/expected/paths/$n.app.json.tmp" "$fixtures/expected/paths/$n.app.json"
    done ;;
  *) sed -n '2,27p' "$0"; exit 2 ;;
esac
