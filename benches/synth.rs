//! Synthesis speed and memory: 1, 100 and 1000 user pools with two clients each (the CDK's
//! `big100` case scaled), in process. Prints a table; `cargo bench --bench synth`.
//!
//! Three ways to the template, each timed until its output is there (what it returns is
//! dropped after the clock stops, as `cognito::cli::main` ends the process without freeing
//! its template): `stream` is what `cli::main` does (`Stack::template`, printed, here to a
//! sink), `synth` is `Stack::synth()` (a `serde_json::Value`), `to_string` is
//! `Stack::synth_to_string()`.
//!
//! `cargo bench --bench synth -- once WAY N` does one of them once for `N` pools (`build`:
//! only builds the stack), for counting instructions under `valgrind --tool=callgrind`.
//!
//! `cargo bench --bench synth -- fresh [ROUNDS]` times each way as a program does it once:
//! each run is a process of its own (this binary, `fresh-one WAY N`), which builds the stack,
//! times the one way and prints its time; the ways alternate, and the table gives the medians.
//! A program calls `synth()` once, on an allocator that has served nothing else, where the
//! in-process loop above times each way on a heap the ways before it have fragmented.
//!
//! `cargo bench --bench synth -- parts` times the parts of the ways, in the loop: the
//! template (`Stack::template`), printing it, converting it (`Json::into_serde`, what `synth`
//! adds), cloning the `serde_json::Value` it converts to (what building that value costs,
//! whatever it is built from) and dropping the template (what freeing our tree costs).

// Shared with the expansion bench, which uses what this one does not.
#[allow(dead_code)]
#[path = "alloc.rs"]
mod alloc;
#[path = "../examples/big/stack.rs"]
mod big;

use cognito::{Json, Stack};

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

/// `Stack::template`, printed as `cli::main` prints it, to a sink.
fn stream(stack: &Stack) -> Json {
    let template = stack.template().expect("the stack is valid");
    template.write_pretty(&mut std::io::sink()).expect("a sink takes every byte");
    template
}

fn synth(stack: &Stack) -> serde_json::Value {
    stack.synth().expect("the stack is valid")
}

fn to_string(stack: &Stack) -> String {
    stack.synth_to_string().expect("the stack is valid")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if let [once, way, n] = args.as_slice()
        && once == "once"
    {
        let stack = big::big_stack(n.parse().expect("N is a number of pools"));
        // Forgotten, as the command line does, so that the count is the way's alone.
        match way.as_str() {
            "stream" => std::mem::forget(stream(&stack)),
            "synth" => std::mem::forget(synth(&stack)),
            "to_string" => std::mem::forget(to_string(&stack)),
            // `synth` as it could be: converting a borrowed template, freed afterwards.
            "synth_by_ref" => {
                let template = stack.template().expect("the stack is valid");
                std::mem::forget(template.to_serde());
            }
            _ => {}
        }
        std::mem::forget(stack);
        return;
    }
    if let [one, way, n] = args.as_slice()
        && one == "fresh-one"
    {
        let stack = big::big_stack(n.parse().expect("N is a number of pools"));
        let ms = match way.as_str() {
            "stream" => alloc::timed(|| stream(&stack)).0,
            "synth" => alloc::timed(|| synth(&stack)).0,
            _ => alloc::timed(|| to_string(&stack)).0,
        };
        println!("{ms}");
        return;
    }
    if args.first().is_some_and(|a| a == "parts") {
        parts();
        return;
    }
    if args.first().is_some_and(|a| a == "fresh") {
        let rounds = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(41);
        fresh(rounds);
        return;
    }
    println!(
        "{:>6} {:>10} {:>10} {:>10} {:>12} {:>8} {:>9} {:>9}",
        "pools", "resources", "stream ms", "synth ms", "to_string ms", "synth ×", "string ×", "peak MiB"
    );
    for n in [1usize, 100, 1000] {
        let stack = big::big_stack(n);
        let runs = if n == 1000 { 21 } else { 101 };
        let (template, peak) = alloc::peak_during(|| synth(&stack));
        let resources = template["Resources"].as_object().map_or(0, |o| o.len());
        // Alternating, so that a change in the machine's load falls on the three alike.
        let (mut s, mut v, mut t) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            s.push(alloc::timed(|| stream(&stack)).0);
            v.push(alloc::timed(|| synth(&stack)).0);
            t.push(alloc::timed(|| to_string(&stack)).0);
        }
        let (s, v, t) = (alloc::median(s), alloc::median(v), alloc::median(t));
        println!(
            "{n:>6} {resources:>10} {s:>10.3} {v:>10.3} {t:>12.3} {:>8.2} {:>9.2} {:>9.2}",
            v / s,
            t / s,
            peak as f64 / 1048576.0
        );
    }
}

/// Each way once per process, `rounds` processes of each, alternating (see the crate docs).
fn fresh(rounds: usize) {
    let exe = std::env::current_exe().expect("the bench binary's path");
    let one = |way: &str, n: usize| -> f64 {
        let out = std::process::Command::new(&exe)
            .args(["fresh-one", way, &n.to_string()])
            .output()
            .expect("the bench binary runs");
        String::from_utf8_lossy(&out.stdout).trim().parse().expect("it prints its time")
    };
    println!("one way per process, {rounds} processes of each, alternating");
    println!(
        "{:>6} {:>10} {:>10} {:>12} {:>8} {:>9}",
        "pools", "stream ms", "synth ms", "to_string ms", "synth ×", "string ×"
    );
    for n in [100usize, 1000] {
        let (mut s, mut v, mut t) = (Vec::new(), Vec::new(), Vec::new());
        for round in 0..rounds {
            // Each way first in turn, so that none always follows the same one.
            let ways = [("stream", &mut s), ("synth", &mut v), ("to_string", &mut t)];
            let mut ways: Vec<_> = ways.into_iter().collect();
            ways.rotate_left(round % 3);
            for (way, times) in ways {
                times.push(one(way, n));
            }
        }
        let (s, v, t) = (alloc::median(s), alloc::median(v), alloc::median(t));
        println!("{n:>6} {s:>10.3} {v:>10.3} {t:>12.3} {:>8.2} {:>9.2}", v / s, t / s);
    }
}

/// The parts of the ways, each timed alone, alternating (see the crate docs).
fn parts() {
    println!(
        "{:>6} {:>12} {:>9} {:>11} {:>12} {:>9}",
        "pools", "template ms", "print ms", "convert ms", "clone ms", "drop ms"
    );
    for n in [100usize, 1000] {
        let stack = big::big_stack(n);
        let runs = if n == 1000 { 21 } else { 101 };
        let template = || stack.template().expect("the stack is valid");
        let mut times: [Vec<f64>; 5] = Default::default();
        for _ in 0..runs {
            times[0].push(alloc::timed(template).0);
            let t = template();
            times[1].push(
                alloc::timed(|| t.write_pretty(&mut std::io::sink()).expect("a sink takes every byte")).0,
            );
            drop(t);
            let t = template();
            let (ms, value) = alloc::timed(|| t.into_serde());
            times[2].push(ms);
            times[3].push(alloc::timed(|| value.clone()).0);
            drop(value);
            let t = template();
            times[4].push(alloc::time_ms(|| drop(t)));
        }
        let [t, p, c, k, d] = times.map(alloc::median);
        println!("{n:>6} {t:>12.3} {p:>9.3} {c:>11.3} {k:>12.3} {d:>9.3}");
    }
}
