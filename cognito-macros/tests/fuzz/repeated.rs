//! Blocks of `n` repeated items or settings, valid or full of errors: every shape whose cost
//! could grow faster than the block (a scan of every item per item, a suggestion computed
//! against every name, a duplicate looked for among all earlier ones).

/// A shape: its name, and the text of a block with `n` repetitions.
pub type Shape = (&'static str, fn(usize) -> String);

/// The shapes.
pub const SHAPES: &[Shape] = &[
    ("pools", pools),
    ("clients in one pool", clients),
    ("duplicate items", duplicate_items),
    ("unknown keys", unknown_keys),
    ("duplicate keys", duplicate_keys),
    ("unknown references", unknown_references),
    ("unknown item kinds", unknown_kinds),
    ("groups", groups),
    ("providers of one name", providers),
    ("providers", distinct_providers),
    ("clients naming providers", clients_naming_providers),
    ("pools with a provider", pools_with_a_provider),
    ("identity pools", identity_pools),
    ("roles with a grant", roles_with_a_grant),
    ("triggers of one operation", triggers),
    ("servers of one identifier", servers),
    ("outputs", outputs),
    ("dependency chain", dependency_chain),
    ("tags", tags),
    ("custom attributes", custom_attributes),
    ("duplicate attributes", duplicate_attributes),
    ("callback urls", callback_urls),
];

fn repeat(n: usize, item: impl Fn(usize) -> String) -> String {
    (0..n).map(item).collect::<Vec<_>>().join("\n")
}

fn pools(n: usize) -> String {
    repeat(n, |i| format!("user_pool Pool{i} {{ user_pool_name: \"pool-{i}\", client web {{}} }}"))
}

fn clients(n: usize) -> String {
    format!("user_pool p {{ {} }}", repeat(n, |i| format!("client c{i} {{ auth_flows: {{ user_srp }} }}")))
}

fn duplicate_items(n: usize) -> String {
    repeat(n, |_| "user_pool p { user_pool_name: \"same\" }".to_owned())
}

fn unknown_keys(n: usize) -> String {
    format!("user_pool p {{ {} }}", repeat(n, |i| format!("user_pool_nam{i}: \"x\",")))
}

fn duplicate_keys(n: usize) -> String {
    format!("user_pool p {{ {} }}", repeat(n, |_| "user_pool_name: \"x\",".to_owned()))
}

fn unknown_references(n: usize) -> String {
    repeat(n, |i| format!("user_pool_client c{i} {{ user_pool: missing{i} }}"))
}

fn unknown_kinds(n: usize) -> String {
    repeat(n, |i| format!("user_pol p{i} {{}}"))
}

fn groups(n: usize) -> String {
    format!("user_pool p {{ {} }}", repeat(n, |i| format!("group g{i} {{ precedence: {i} }}")))
}

fn providers(n: usize) -> String {
    let oidc = |i| {
        format!(
            "user_pool_identity_provider_oidc o{i} {{ user_pool: p, name: \"Same\", client_id: \"c\", client_secret: \"s\", issuer_url: \"https://issuer.example.com\" }}"
        )
    };
    format!("user_pool p {{}}\n{}", repeat(n, oidc))
}

fn oidc(i: usize) -> String {
    format!(
        "user_pool_identity_provider_oidc o{i} {{ user_pool: p, name: \"P{i}\", client_id: \"c\", client_secret: \"s\", issuer_url: \"https://issuer.example.com\" }}"
    )
}

fn distinct_providers(n: usize) -> String {
    format!("user_pool p {{}}\n{}", repeat(n, oidc))
}

fn clients_naming_providers(n: usize) -> String {
    let client = |i| {
        format!("user_pool_client c{i} {{ user_pool: p, supported_identity_providers: [custom(\"P{i}\")] }}")
    };
    format!("user_pool p {{}}\n{}\n{}", repeat(n, oidc), repeat(n, client))
}

fn pools_with_a_provider(n: usize) -> String {
    let pool = |i| {
        format!(
            "user_pool p{i} {{}}\nuser_pool_identity_provider_oidc o{i} {{ user_pool: p{i}, name: \"P\", client_id: \"c\", client_secret: \"s\", issuer_url: \"https://issuer.example.com\" }}\nuser_pool_client c{i} {{ user_pool: p{i} }}"
        )
    };
    repeat(n, pool)
}

fn identity_pools(n: usize) -> String {
    let pair = |i| {
        format!(
            "user_pool p{i} {{}}\nidentity_pool i{i} {{ authentication_providers: {{ user_pools: [{{ user_pool: p{i} }}] }} }}"
        )
    };
    repeat(n, pair)
}

fn roles_with_a_grant(n: usize) -> String {
    let pair = |i| {
        format!(
            "role r{i} {{ assumed_by: service_principal(\"lambda.amazonaws.com\") }}\nuser_pool p{i} {{ grant r{i} {{ actions: [\"cognito-idp:AdminCreateUser\"] }} }}"
        )
    };
    repeat(n, pair)
}

fn triggers(n: usize) -> String {
    let function =
        "lambda_function f { runtime: \"nodejs20.x\", handler: \"index.handler\", code: inline(\"x\") }";
    format!(
        "{function}\nuser_pool p {{ {} }}",
        repeat(n, |_| "trigger pre_sign_up { function: f }".to_owned())
    )
}

fn servers(n: usize) -> String {
    format!("user_pool p {{ {} }}", repeat(n, |i| format!("resource_server r{i} {{ identifier: \"api\" }}")))
}

fn outputs(n: usize) -> String {
    format!("user_pool p {{}}\n{}", repeat(n, |i| format!("output o{i} {{ value: p.user_pool_id }}")))
}

fn dependency_chain(n: usize) -> String {
    let pool = |i: usize| match i {
        0 => "user_pool p0 {}".to_owned(),
        _ => format!("user_pool p{i} {{ depends_on: [p{}] }}", i - 1),
    };
    repeat(n, pool)
}

fn tags(n: usize) -> String {
    format!("user_pool p {{ tags: {{ {} }} }}", repeat(n, |i| format!("k{i}: \"v\",")))
}

fn custom_attributes(n: usize) -> String {
    format!("user_pool p {{ custom_attributes: {{ {} }} }}", repeat(n, |i| format!("a{i}: string,")))
}

fn duplicate_attributes(n: usize) -> String {
    format!("user_pool p {{ custom_attributes: {{ {} }} }}", repeat(n, |_| "a: string,".to_owned()))
}

fn callback_urls(n: usize) -> String {
    let urls = repeat(n, |i| format!("\"https://app.example.com/{i}\","));
    format!(
        "user_pool p {{ client c {{ o_auth: {{ flows: {{ authorization_code_grant }}, callback_urls: [{urls}] }} }} }}"
    )
}
