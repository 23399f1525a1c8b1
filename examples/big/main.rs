//! Synthesizes `N` user pools with two clients each (default 100: the CDK's `big100` case)
//! and prints the template, or writes a cloud assembly with `--out DIR`. The whole-process
//! comparison with the CDK (`scripts/bench-vs-cdk.sh`) runs this program.
//!
//! ```sh
//! cargo run --release --example big -- 100
//! ```

mod stack;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n = args.iter().find_map(|a| a.parse::<usize>().ok()).unwrap_or(100);
    let stack = stack::big_stack(n);
    let out = args.iter().position(|a| a == "--out").and_then(|i| args.get(i + 1));
    let result = match out {
        Some(dir) => stack.write_assembly(dir),
        None => stack.synth_to_string().map(|t| println!("{t}")).map_err(Into::into),
    };
    if let Err(e) = result {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
