//! Synthesizes `N` user pools with two clients each (default 100: the CDK's `big100` case)
//! and prints the template, or writes a cloud assembly with `--out DIR`. The whole-process
//! comparison with the CDK (`scripts/bench-vs-cdk.sh`) runs this program.
//!
//! ```sh
//! cargo run --release --example big -- 100
//! ```

mod stack;

fn main() {
    let n = std::env::args().skip(1).find_map(|a| a.parse::<usize>().ok()).unwrap_or(100);
    cognito::cli::main(&stack::big_stack(n));
}
