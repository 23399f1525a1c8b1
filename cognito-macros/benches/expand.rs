//! Expansion speed and memory of the macro, in process: the whole pipeline (parse → lower →
//! check → generate) on 1, 100 and 1000 user pools with two clients each (the CDK's `big100`
//! shape). A stack holds at most 500 resources, so the 1000 pools are an app of ten stacks
//! of 100. Prints a table; `cargo bench -p cognito-macros --bench expand`.

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
        std::hint::black_box(pipeline::generate::generate_block(&checked.app, &checked.lxs, &private));
    });
    println!(
        "{:>6} parse {parse:.3} ms, lower {lower:.3} ms, check {check:.3} ms, generate {generate:.3} ms",
        ""
    );
}
