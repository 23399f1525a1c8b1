//! Items that refer to each other in circles: `depends_on` rings and random graphs,
//! self-references, a trigger whose function reads its own pool, clients of a client,
//! identity pools and groups of one another's roles, imports given one another's values (an
//! imported pool's id its own). The check must report each circle (or the wrong reference), in
//! time linear in the block, and the render must not follow one without end.

use std::str::FromStr;

use proc_macro2::TokenStream;

use super::rng::Rng;

const FUNCTION: &str = "runtime: \"nodejs20.x\", handler: \"index.handler\", code: inline(\"x\")";

fn ring(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    (0..n).map(|i| format!("user_pool p{i} {{ depends_on: [p{}] }}\n", (i + 1) % n)).collect()
}

fn random_graph(rng: &mut Rng) -> String {
    let n = 1 + rng.below(30);
    let mut out = String::new();
    for i in 0..n {
        let deps: Vec<String> = (0..rng.below(4)).map(|_| format!("i{}", rng.below(n))).collect();
        let kind = *rng.pick(&["user_pool", "role", "construct"]);
        let body = match kind {
            "role" => "assumed_by: service_principal(\"lambda.amazonaws.com\"),",
            _ => "",
        };
        out.push_str(&format!("{kind} i{i} {{ {body} depends_on: [{}] }}\n", deps.join(", ")));
    }
    out
}

fn trigger_reads_its_pool(rng: &mut Rng) -> String {
    let n = 1 + rng.below(10);
    (0..n)
        .map(|i| {
            format!(
                "user_pool p{i} {{ triggers: {{ pre_sign_up: f{i} }} }}\nlambda_function f{i} {{ {FUNCTION}, environment: {{ POOL: p{j}.user_pool_id }} }}\n",
                j = (i + rng.below(2)) % n
            )
        })
        .collect()
}

fn wrong_kinds(rng: &mut Rng) -> String {
    let n = 1 + rng.below(10);
    (0..n)
        .map(|i| {
            let other = rng.below(n);
            match rng.below(4) {
                0 => format!("user_pool_client c{i} {{ user_pool: c{other} }}\n"),
                1 => format!("user_pool p{i} {{ group g{i} {{ role: p{other} }} }}\n"),
                2 => format!(
                    "identity_pool c{i} {{ authentication_providers: {{ user_pools: [{{ user_pool: c{other}, user_pool_client: c{i} }}] }} }}\n"
                ),
                _ => format!("user_pool c{i} {{ depends_on: [c{i}] }} output o{i} {{ value: c{other}.user_pool_client_id }}\n"),
            }
        })
        .collect()
}

/// Imports whose values are one another's attributes (a pool's id, a client's name), at
/// random: rings, self-references and chains, read by an output.
fn imports_in_circles(rng: &mut Rng) -> String {
    // Sometimes a chain (each import the value of the one before) past the limit of 32.
    let chain = rng.one_in(3);
    let n = 1 + rng.below(if chain { 80 } else { 12 });
    let mut out = String::from("user_pool real {}\n");
    for i in 0..n {
        let j = if chain { i.saturating_sub(1) } else { rng.below(n) };
        let line = match rng.below(6) {
            0 => format!("user_pool i{i} = from_user_pool_id(i{j}.user_pool_id);\n"),
            1 => format!("user_pool i{i} = from_user_pool_arn(join(\"\", [i{j}.user_pool_arn, \"x\"]));\n"),
            2 => format!("user_pool_group i{i} = from_group_name(i{j}.group_name);\n"),
            3 => format!("user_pool_client i{i} = from_user_pool_client_id(i{j}.user_pool_client_id);\n"),
            4 => format!("identity_pool i{i} = from_identity_pool_id(i{j}.identity_pool_id);\n"),
            _ => format!(
                "user_pool_client i{i} {{ user_pool: real, user_pool_client_name: i{j}.user_pool_client_name }}\n"
            ),
        };
        out.push_str(&line);
    }
    out + &format!("output o {{ value: i{}.user_pool_id }}\n", rng.below(n))
}

/// A block whose items refer to each other in circles or across kinds.
pub fn circular(rng: &mut Rng) -> TokenStream {
    let text = match rng.below(5) {
        0 => ring(rng),
        1 => random_graph(rng),
        2 => trigger_reads_its_pool(rng),
        3 => imports_in_circles(rng),
        _ => wrong_kinds(rng),
    };
    TokenStream::from_str(&text).expect("generated blocks tokenize")
}
