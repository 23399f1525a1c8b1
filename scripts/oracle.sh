#!/usr/bin/env bash
# Runs the real AWS CDK (aws-cdk-lib 2.276.0) on reference cases, to learn what it does.
#
#   scripts/oracle.sh setup              copy the harness to $ORACLE_DIR and `npm ci` (~10 s)
#   scripts/oracle.sh synth CASE.js      print the template (or ERROR: …) for one case
#   scripts/oracle.sh check [NAME …]     re-synthesize cases and compare with expected/
#   scripts/oracle.sh regen NAME …       (re)write expected/NAME.{json,err}
#
# ORACLE_DIR defaults to ${TMPDIR:-/tmp}/cognito-oracle; it must be outside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures="$root/tests/fixtures/cdk"
dir=${ORACLE_DIR:-${TMPDIR:-/tmp}/cognito-oracle}

sync() {
  mkdir -p "$dir/cases" "$dir/expected"
  cp "$fixtures"/harness/{synth.js,package.json,package-lock.json,run_cases.sh} "$dir/"
  cp "$fixtures"/cases/*.js "$dir/cases/"
  cp "$fixtures"/expected/* "$dir/expected/"
}

case "${1:-}" in
  setup) sync; (cd "$dir" && npm ci --no-audit --no-fund) ;;
  synth) sync; (cd "$dir" && node synth.js "$(realpath "$2")") ;;
  check) shift; sync; (cd "$dir" && bash run_cases.sh --check "$@") ;;
  regen)
    shift; sync
    (cd "$dir" && bash run_cases.sh "$@")
    for n in "$@"; do
      rm -f "$fixtures/expected/$n.json" "$fixtures/expected/$n.err"
      cp "$dir"/expected/"$n".* "$fixtures/expected/"
    done ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
