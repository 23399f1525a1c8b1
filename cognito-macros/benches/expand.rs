//! Expansion speed and memory of the macro, in process: the whole pipeline (parse → lower →
//! check → generate) on 1, 100 and 1000 user pools with two clients each (the CDK's `big100`
//! shape). A stack holds at most 500 resources, so the 1000 pools are an app of ten stacks
//! of 100. Then what a `baseline` adds to the 100 pools: the block compared with its own
//! template (the common case: nothing changed), as the CDK writes it, and with one setting
//! of one pool changed. Prints tables; `cargo bench -p cognito-macros --bench expand`.

#[path = "../../benches/alloc.rs"]
mod alloc;
#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;

use std::str::FromStr;

use proc_macro2::TokenStream;

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

/// `n` pools in the language, as `scripts/gen_dsl_big100.py` writes them; over 100, in
/// stacks of 100 (each pool and its two clients are three resources).
fn input(n: usize) -> TokenStream {
    let mut text = String::new();
    for i in 0..n {
        if n > 100 && i % 100 == 0 {
            text.push_str(&format!("{}stack Pools{} {{\n", if i > 0 { "}\n" } else { "" }, i / 100));
        }
        text.push_str(&format!(
            r#"user_pool Pool{i} {{
                user_pool_name: "pool-{i}",
                self_sign_up_enabled: {signup},
                sign_in_aliases: {{ username, email }},
                password_policy: {{ min_length: {min} }},
                client "web" {{ auth_flows: {{ user_srp }} }}
                client "api" {{
                    generate_secret: true,
                    o_auth: {{
                        flows: {{ authorization_code_grant }},
                        callback_urls: ["https://app{i}.example.com/cb"],
                    }},
                }}
            }}
            "#,
            signup = i % 2 == 0,
            min = 8 + i % 10,
        ));
    }
    if n > 100 {
        text.push_str("}\n");
    }
    TokenStream::from_str(&text).expect("the generated input tokenizes")
}

fn main() {
    println!("{:>6} {:>10} {:>12} {:>10}", "pools", "bytes", "expand ms", "peak MiB");
    for n in [1usize, 100, 1000] {
        let tokens = input(n);
        let count = tokens.to_string().len();
        let (out, peak) = alloc::peak_during(|| pipeline::expand(tokens.clone()));
        assert!(!out.to_string().contains("compile_error"), "the input is valid");
        let runs = if n == 1000 { 11 } else { 51 };
        let ms = alloc::median_ms(runs, || {
            std::hint::black_box(pipeline::expand(tokens.clone()));
        });
        println!("{n:>6} {count:>10} {ms:>12.3} {:>10.2}", peak as f64 / 1048576.0);
        phases(&tokens, runs);
    }
    baseline_cost(100, 101);
}

/// The block of `n` pools inside `stack Stack { SETTINGS … }`.
fn in_stack(n: usize, settings: &str) -> TokenStream {
    let block = input(n);
    TokenStream::from_str(&format!("stack Stack {{ {settings} {block} }}")).expect("tokens")
}

/// The block of `n` pools inside `stack Stack { baseline: "PATH", … }`.
fn with_baseline(n: usize, path: &std::path::Path) -> TokenStream {
    let path = path.to_str().expect("a UTF-8 path");
    in_stack(n, &format!("baseline: {path:?},"))
}

/// The medians of `plain` and `other`, timed in alternation (so that the machine's drift
/// weighs on both alike).
fn alternating(runs: usize, plain: &TokenStream, other: &TokenStream) -> (f64, f64) {
    let (mut a, mut b) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for _ in 0..runs {
        a.push(alloc::median_ms(1, || drop(std::hint::black_box(pipeline::expand(plain.clone())))));
        b.push(alloc::median_ms(1, || drop(std::hint::black_box(pipeline::expand(other.clone())))));
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(a), median(b))
}

/// What comparing with a baseline adds to the expansion of `n` pools.
fn baseline_cost(n: usize, runs: usize) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    // The same stack without its baseline: what the setting adds, and nothing else.
    let plain = in_stack(n, "");
    let lowered = pipeline::lower::lower_input(&pipeline::ast::parse(plain.clone()));
    let stack = &lowered.first().expect("one stack").stack;
    let template = stack.synth_to_string().expect("the block synthesizes");
    // What the macro checks: the block as an app of one stack.
    let mut app = cognito_runtime::App::new();
    app.add_stack(stack.clone());
    // As `cdk synth` writes it: every resource with its construct path, and the bookkeeping.
    let mut cli: serde_json::Value = serde_json::from_str(&template).expect("JSON");
    for (id, resource) in cli["Resources"].as_object_mut().into_iter().flatten() {
        resource["Metadata"] = serde_json::json!({ "aws:cdk:path": format!("Stack/{id}/Resource") });
    }
    cli["Resources"]["CDKMetadata"] =
        serde_json::json!({ "Type": "AWS::CDK::Metadata", "Condition": "CDKMetadataAvailable" });
    cli["Parameters"] =
        serde_json::json!({ "BootstrapVersion": { "Type": "AWS::SSM::Parameter::Value<String>" } });
    let changed = template.replacen("\"pool-1\"", "\"pool-one\"", 1);
    let files = [
        ("its own template", template),
        ("as `cdk synth` writes it", serde_json::to_string_pretty(&cli).expect("JSON")),
        ("one pool's name changed", changed),
    ];
    println!("\n{n} pools with a baseline ({runs} runs, alternating with the block without one):");
    println!(
        "{:>26} {:>6} {:>11} {:>9} {:>7} {:>9} {:>12}",
        "baseline", "KiB", "without ms", "with ms", "added", "check ms", "+compare ms"
    );
    for (i, (what, text)) in files.iter().enumerate() {
        let path = dir.join(format!("baseline{n}-{i}.json"));
        std::fs::write(&path, text).expect("the target directory is writable");
        let tokens = with_baseline(n, &path);
        let out = pipeline::expand(tokens.clone()).to_string();
        assert!(!out.contains("compile_error"), "{what}: nothing is refused");
        let (without, with) = alternating(runs, &plain, &tokens);
        let kib = text.len() as f64 / 1024.0;
        let added = (with - without) / without * 100.0;
        // The app's check alone, and the check keeping the template, then the comparison of
        // that template with the text (what the macro runs: one render).
        let check = alloc::median_ms(runs, || drop(std::hint::black_box(app.check())));
        let compare = alloc::median_ms(runs, || {
            let mut checked = app.check_keeping_templates();
            drop(std::hint::black_box(checked.compare(0, &[Some(text.as_str())])))
        });
        println!(
            "{what:>26} {kib:>6.0} {without:>11.3} {with:>9.3} {added:>6.1}% {check:>9.3} {compare:>12.3}"
        );
    }
}

/// The median time of each phase of the pipeline, to see where expansion time goes.
fn phases(tokens: &TokenStream, runs: usize) {
    let parse = alloc::median_ms(runs, || {
        std::hint::black_box(pipeline::ast::parse(tokens.clone()));
    });
    let ast = pipeline::ast::parse(tokens.clone());
    let lower = alloc::median_ms(runs, || {
        std::hint::black_box(pipeline::lower::lower_input(&ast));
    });
    // Lowering moves its stacks into the app the check runs on: the check's time is the pair's
    // less the lowering's.
    let lower_and_check = alloc::median_ms(runs, || {
        std::hint::black_box(pipeline::check::check(pipeline::lower::lower_input(&ast), false));
    });
    let check = lower_and_check - lower;
    let checked = pipeline::check::check(pipeline::lower::lower_input(&ast), false);
    let private = pipeline::krate::CratePath::default().private();
    let generate = alloc::median_ms(runs, || {
        std::hint::black_box(pipeline::generate::generate_block(
            &checked.app,
            &checked.lxs,
            checked.compiled.as_deref(),
            &private,
        ));
    });
    println!(
        "{:>6} parse {parse:.3} ms, lower {lower:.3} ms, check {check:.3} ms, generate {generate:.3} ms",
        ""
    );
}
