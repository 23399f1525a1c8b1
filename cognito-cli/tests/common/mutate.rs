//! A mutation engine for JSON documents (templates, cloud assembly manifests): the importer
//! fuzz tests change them structurally and check that an import or an error comes out.

use serde_json::{Value, json};

// The macro fuzz's generator (xorshift64*, seeded through SplitMix64).
#[path = "../../../cognito-macros/tests/fuzz/rng.rs"]
mod rng;
pub use rng::{Rng, env_number};

/// One change of `template` (a template: its resources' ids are read for references, and
/// some changes are of its resources; or any JSON value), described.
pub fn mutate(template: &mut Value, rng: &mut Rng) -> String {
    let ids: Vec<String> = template
        .get("Resources")
        .and_then(Value::as_object)
        .map(|r| r.keys().cloned().collect())
        .unwrap_or_default();
    // A resource's id, a missing one or a pseudo parameter (an empty id in a template
    // without resources).
    let an_id = |rng: &mut Rng| -> String {
        match rng.below(6) {
            0 => "Missing".into(),
            1 => "AWS::Region".into(),
            2 => "AWS::NoValue".into(),
            _ if !ids.is_empty() => rng.pick(&ids).clone(),
            _ => String::new(),
        }
    };
    let kind = rng.below(12);
    if kind >= 9 {
        return resource_mutation(template, rng, &ids, kind - 9);
    }
    let paths = paths(template);
    let path = rng.pick(&paths).clone();
    let label = &path;
    let replacement = match kind {
        0 => rng
            .pick(&[
                Value::Null,
                json!(true),
                json!(0),
                json!(-1),
                json!(1.5),
                json!(1e300),
                json!(""),
                json!("x"),
                json!("ü🚀\u{0}"),
                json!("a".repeat(3000)),
                json!([]),
                json!({}),
                json!([1, "a", null, {}]),
                json!({"a": {"b": []}}),
            ])
            .clone(),
        1 => {
            remove(template, &path);
            return format!("removed {label}");
        }
        2 => json!({ "Ref": an_id(rng) }),
        3 => {
            let target = an_id(rng);
            let attr = rng.pick(&[
                "Arn",
                "ProviderName",
                "ProviderURL",
                "UserPoolId",
                "ClientId",
                "Name",
                "Nope",
                "",
            ]);
            rng.pick(&[
                json!({ "Fn::GetAtt": [target, attr] }),
                json!({ "Fn::GetAtt": [target] }),
                json!({ "Fn::GetAtt": format!("{target}.{attr}") }),
                json!({ "Fn::GetAtt": [1, 2] }),
                json!({ "Fn::GetAtt": [target, attr, "x"] }),
            ])
            .clone()
        }
        4 => {
            let target = an_id(rng);
            let old = template.pointer(&path).cloned().unwrap_or(Value::Null);
            rng.pick(&[
                json!({ "Fn::Join": ["", [old.clone(), { "Ref": target }]] }),
                json!({ "Fn::Join": ["-", old.clone()] }),
                json!({ "Fn::Join": [1, [], 2] }),
                json!({ "Fn::Sub": format!("${{{target}}}-${{{target}.Arn}}") }),
                json!({ "Fn::Sub": ["${X}", { "X": { "Ref": target } }] }),
                json!({ "Fn::Sub": "${" }),
                json!({ "Fn::ImportValue": old.clone() }),
                json!({ "Fn::If": ["Cond", old.clone(), { "Ref": "AWS::NoValue" }] }),
                json!({ "Fn::Select": [0, [old.clone()]] }),
                json!({ "Fn::Select": [7, { "Fn::Split": [",", "a,b"] }] }),
                json!({ "Fn::GetAZs": "" }),
                json!({ "Fn::Base64": old.clone() }),
                json!({ "Fn::FindInMap": ["M", "a", "b"] }),
                json!({ "Fn::Equals": [old.clone(), old] }),
                json!({ "Ref": target, "Fn::GetAtt": [target, "Arn"] }),
            ])
            .clone()
        }
        5 => {
            let mut wrapped = template.pointer(&path).cloned().unwrap_or(Value::Null);
            for _ in 0..rng.pick(&[1, 2, 40, 300]).to_owned() {
                wrapped = if rng.below(2) == 0 { json!([wrapped]) } else { json!({ "k": wrapped }) };
            }
            wrapped
        }
        _ => {
            let other = rng.pick(&paths).clone();
            let copied = template.pointer(&other).cloned().unwrap_or(Value::Null);
            if let Some(slot) = template.pointer_mut(&path) {
                *slot = copied;
            }
            return format!("{label} given the value of {other}");
        }
    };
    if let Some(slot) = template.pointer_mut(&path) {
        *slot = replacement;
    }
    format!("{label} replaced (kind {kind})")
}

/// A resource copied under another id (with its path), renamed (its references left
/// behind), given another type, another construct path or a `DependsOn`.
fn resource_mutation(template: &mut Value, rng: &mut Rng, ids: &[String], kind: usize) -> String {
    let Some(resources) = template.get_mut("Resources").and_then(Value::as_object_mut) else {
        return "no resources".into();
    };
    if ids.is_empty() {
        return "no resources".into();
    }
    let id = rng.pick(ids).clone();
    let other = rng.pick(ids).clone();
    if !resources.get(&id).is_some_and(Value::is_object) {
        return format!("{id} not an object");
    }
    match (kind, rng.below(3)) {
        (0, 0) => {
            let copy = resources[&id].clone();
            resources.insert(format!("{id}Copy"), copy);
            format!("{id} copied")
        }
        (0, _) => {
            let moved = resources.remove(&id).unwrap_or(Value::Null);
            resources.insert(format!("{id}Renamed"), moved);
            format!("{id} renamed")
        }
        (1, _) => {
            let kinds = [
                "AWS::Cognito::UserPool",
                "AWS::Cognito::UserPoolClient",
                "AWS::Cognito::UserPoolDomain",
                "AWS::Cognito::UserPoolGroup",
                "AWS::Cognito::UserPoolIdentityProvider",
                "AWS::Cognito::UserPoolResourceServer",
                "AWS::Cognito::IdentityPool",
                "AWS::Cognito::IdentityPoolRoleAttachment",
                "AWS::IAM::Role",
                "AWS::Lambda::Function",
                "AWS::Lambda::Permission",
                "AWS::CloudFormation::CustomResource",
                "Custom::Thing",
            ];
            let new = rng.pick(&kinds);
            resources[&id]["Type"] = (*new).into();
            format!("{id} made a {new}")
        }
        (_, which) => {
            let resource = &mut resources[&id];
            if which == 0 {
                let path = rng.pick(&[
                    "",
                    "S",
                    "S//X",
                    "Other/X/Resource",
                    "Stack/Pööl/Resource",
                    "Stack/A/B/C/D/E/F/G",
                ]);
                resource["Metadata"] = json!({ "aws:cdk:path": path });
                format!("{id} at {path:?}")
            } else {
                let choices = [
                    json!(id.clone()),
                    json!(other.clone()),
                    json!([other.clone(), other.clone()]),
                    json!("Missing"),
                    json!(3),
                ];
                let on = rng.pick(&choices);
                resource["DependsOn"] = on.clone();
                format!("{id} depends on {on}")
            }
        }
    }
}

/// The JSON pointers of every value in `value`, the root left out.
fn paths(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![(value, String::new())];
    while let Some((v, path)) = todo.pop() {
        let children: Vec<(String, &Value)> = match v {
            Value::Object(o) => o.iter().map(|(k, c)| (k.replace('~', "~0").replace('/', "~1"), c)).collect(),
            Value::Array(a) => a.iter().enumerate().map(|(n, c)| (n.to_string(), c)).collect(),
            _ => Vec::new(),
        };
        for (token, child) in children {
            let p = format!("{path}/{token}");
            out.push(p.clone());
            todo.push((child, p));
        }
    }
    if out.is_empty() {
        out.push("/Resources".into());
    }
    out
}

/// Removes the value at `pointer` from its object or array.
fn remove(template: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else { return };
    match template.pointer_mut(parent) {
        Some(Value::Object(o)) => {
            o.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        Some(Value::Array(a)) => {
            if let Some(n) = last.parse().ok().filter(|n| *n < a.len()) {
                a.remove(n);
            }
        }
        _ => {}
    }
}

/// Runs `count` inputs from `seed` (`FUZZ_COUNT` and `FUZZ_SEED` override them): `make` makes
/// input `i` and says what it is (`None`: a document its writer cannot write), `import`
/// imports it (true when it imports, false when it gives an error); a panic fails the test,
/// naming the input. Prints the tally, and checks that the inputs reach both ends (some
/// import, some are refused).
pub fn fuzz<T>(
    name: &str,
    seed: u64,
    count: u64,
    mut make: impl FnMut(u64, &mut Rng) -> Option<(T, String)>,
    import: impl Fn(&T) -> bool,
) {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    let seed = env_number("FUZZ_SEED").unwrap_or(seed);
    let count = env_number("FUZZ_COUNT").unwrap_or(count);
    let mut rng = Rng::new(seed, 0);
    let (mut imported, mut refused, mut unmade) = (0, 0, 0);
    for i in 0..count {
        let Some((input, what)) = make(i, &mut rng) else {
            unmade += 1;
            continue;
        };
        match catch_unwind(AssertUnwindSafe(|| import(&input))) {
            Ok(true) => imported += 1,
            Ok(false) => refused += 1,
            Err(_) => panic!("the importer panicked on {name} {i} of seed {seed:#x}: {what}"),
        }
    }
    eprintln!(
        "seed {seed:#x}, {count} {name}: {imported} imported, {refused} refused, {unmade} not made, 0 panics"
    );
    assert!(imported > 0 && refused > 0, "{imported} imported, {refused} refused");
}

/// The templates `cdk synth` wrote for the reference cases (the round-trip fixtures), each
/// with its name.
pub fn cli_templates() -> Vec<(String, Value)> {
    let files = super::fixtures("cli");
    files
        .iter()
        .map(|f| (super::name(f), serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap()))
        .collect()
}

/// One of `templates` changed one to three times, and what it is: its name and the changes.
pub fn changed(templates: &[(String, Value)], rng: &mut Rng) -> (Value, String) {
    let (name, original) = rng.pick(templates);
    let mut template = original.clone();
    let done: Vec<String> = (0..1 + rng.below(3)).map(|_| mutate(&mut template, rng)).collect();
    (template, format!("{name}, {}", done.join("; ")))
}
