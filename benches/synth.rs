//! Synthesis speed and memory: 1, 100 and 1000 user pools with two clients each (the CDK's
//! `big100` case scaled), in process. Prints a table; `cargo bench --bench synth`.

#[path = "alloc.rs"]
mod alloc;
#[path = "../examples/big/stack.rs"]
mod big;

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

fn main() {
    println!(
        "{:>6} {:>10} {:>12} {:>12} {:>10}",
        "pools", "resources", "synth ms", "to_string ms", "peak MiB"
    );
    for n in [1usize, 100, 1000] {
        let stack = big::big_stack(n);
        let runs = if n == 1000 { 21 } else { 101 };
        let (template, peak) = alloc::peak_during(|| stack.synth().expect("the stack is valid"));
        let resources = template["Resources"].as_object().map_or(0, |o| o.len());
        let synth = alloc::median_ms(runs, || {
            std::hint::black_box(stack.synth().expect("the stack is valid"));
        });
        let text = alloc::median_ms(runs, || {
            std::hint::black_box(stack.synth_to_string().expect("the stack is valid"));
        });
        println!("{n:>6} {resources:>10} {synth:>12.3} {text:>12.3} {:>10.2}", peak as f64 / 1048576.0);
    }
}
