#!/usr/bin/env bash
# Build time of a small crate that uses `cognito!` with 1 and with 100 user pools (two
# clients each), measured the same way for both:
#   clean   — a fresh target directory: the crate and all its dependencies (cognito, syn, …);
#   alone   — the crate itself, its dependencies already built (`cargo clean -p`);
#   touched — the crate's main.rs touched after a build: only the crate (the macro re-runs).
# Also the workspace itself from clean. Prints seconds; run on an idle machine.
#
#   scripts/bench-build.sh [RUNS]     default 3 runs of each "touched" build (median shown)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench-build"
runs=${1:-3}
mkdir -p "$work"
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
median() { python3 -c "import sys, statistics; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" "$@"; }

make_crate() { # N (the crate is named after it)
  local dir="$work/pools$1"
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "pools$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
cognito = { path = "$root" }

[workspace]
TOML
  {
    echo 'fn main() {'
    echo '    let stack = cognito::cognito! {'
    python3 "$root/scripts/gen_dsl_big100.py" --body "$1"
    echo '    };'
    echo '    println!("{}", stack.synth_to_string().map(|t| t.len()).unwrap_or(0));'
    echo '}'
  } > "$dir/src/main.rs"
  echo "$dir"
}

echo "machine: $(nproc) cores, $(rustc --version)"
rm -rf "$work/target-ws"
t0=$(now); CARGO_TARGET_DIR="$work/target-ws" cargo build --quiet --manifest-path "$root/Cargo.toml" --workspace; t1=$(now)
echo "workspace, clean build (dev):            $(secs "$t0" "$t1") s"
for n in 1 100; do
  dir=$(make_crate "$n")
  rm -rf "$dir/target"
  t0=$(now); cargo build --quiet --manifest-path "$dir/Cargo.toml"; t1=$(now)
  clean=$(secs "$t0" "$t1")
  cargo clean --quiet --manifest-path "$dir/Cargo.toml" -p "pools$n"
  t0=$(now); cargo build --quiet --manifest-path "$dir/Cargo.toml"; t1=$(now)
  alone=$(secs "$t0" "$t1")
  times=()
  for _ in $(seq "$runs"); do
    touch "$dir/src/main.rs"
    t0=$(now); cargo build --quiet --manifest-path "$dir/Cargo.toml"; t1=$(now)
    times+=("$(secs "$t0" "$t1")")
  done
  printf 'crate with %3s pools: clean %6s s, the crate alone %6s s, touched (median of %s) %6s s\n' \
    "$n" "$clean" "$alone" "$runs" "$(median "${times[@]}")"
done
