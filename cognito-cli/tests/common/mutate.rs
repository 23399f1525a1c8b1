//! A mutation engine for JSON documents (templates, cloud assembly manifests): the importer
//! fuzz tests change them structurally and check that an import or an error comes out.

use serde_json::{Value, json};

/// A step of a path into a JSON value.
#[derive(Clone)]
pub enum Step {
    Key(String),
    At(usize),
}

// The macro fuzz's generator (xorshift64*, seeded through SplitMix64).
#[path = "../../../cognito-macros/tests/fuzz/rng.rs"]
mod rng;
pub use rng::Rng;

/// The number in the environment variable `name` (decimal or `0x…`, `_` allowed), if set.
pub fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().map(|text| {
        let text = text.trim().replace('_', "");
        match text.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => text.parse(),
        }
        .unwrap_or_else(|_| panic!("{name} must be a number, decimal or 0x…, got {text:?}"))
    })
}

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
    let label = describe(&path);
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
            let old = get(template, &path).cloned().unwrap_or(Value::Null);
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
            let mut wrapped = get(template, &path).cloned().unwrap_or(Value::Null);
            for _ in 0..rng.pick(&[1, 2, 40, 300]).to_owned() {
                wrapped = if rng.below(2) == 0 { json!([wrapped]) } else { json!({ "k": wrapped }) };
            }
            wrapped
        }
        _ => {
            let other = rng.pick(&paths).clone();
            let copied = get(template, &other).cloned().unwrap_or(Value::Null);
            if let Some(slot) = get_mut(template, &path) {
                *slot = copied;
            }
            return format!("{label} given the value of {}", describe(&other));
        }
    };
    if let Some(slot) = get_mut(template, &path) {
        *slot = replacement;
    }
    format!("{label} replaced (kind {kind})")
}

/// A resource copied under another id (with its path), renamed (its references left
/// behind), given another type, another construct path or a `DependsOn`.
pub fn resource_mutation(template: &mut Value, rng: &mut Rng, ids: &[String], kind: usize) -> String {
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
                resource["Metadata"] = serde_json::json!({ "aws:cdk:path": path });
                format!("{id} at {path:?}")
            } else {
                let choices = [
                    serde_json::json!(id.clone()),
                    serde_json::json!(other.clone()),
                    serde_json::json!([other.clone(), other.clone()]),
                    serde_json::json!("Missing"),
                    serde_json::json!(3),
                ];
                let on = rng.pick(&choices);
                resource["DependsOn"] = on.clone();
                format!("{id} depends on {on}")
            }
        }
    }
}

/// The paths of every value in `value`, the root left out.
pub fn paths(value: &Value) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    let mut todo = vec![(value, Vec::new())];
    while let Some((v, path)) = todo.pop() {
        match v {
            Value::Object(o) => {
                for (k, child) in o {
                    let mut p: Vec<Step> = path.clone();
                    p.push(Step::Key(k.clone()));
                    out.push(p.clone());
                    todo.push((child, p));
                }
            }
            Value::Array(a) => {
                for (n, child) in a.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(Step::At(n));
                    out.push(p.clone());
                    todo.push((child, p));
                }
            }
            _ => {}
        }
    }
    if out.is_empty() {
        out.push(vec![Step::Key("Resources".into())]);
    }
    out
}

pub fn get<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::At(n) => v.get(n),
    })
}

pub fn get_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::At(n) => v.get_mut(n),
    })
}

pub fn remove(template: &mut Value, path: &[Step]) {
    let Some((last, parent)) = path.split_last() else { return };
    match (get_mut(template, parent), last) {
        (Some(Value::Object(o)), Step::Key(k)) => {
            o.remove(k);
        }
        (Some(Value::Array(a)), Step::At(n)) if *n < a.len() => {
            a.remove(*n);
        }
        _ => {}
    }
}

pub fn describe(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => k.clone(),
            Step::At(n) => n.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// How a fuzz run's inputs went.
#[derive(Default)]
pub struct Tally {
    pub imported: usize,
    pub refused: usize,
    /// Inputs `make` did not make (a document its writer cannot write).
    pub unmade: usize,
}

/// Runs `count` inputs from `seed` (`FUZZ_COUNT` and `FUZZ_SEED` override them): `make` makes
/// input `i` and says what it is, `import` imports it (true when it imports, false when it
/// gives an error); a panic fails the test, naming the input. Prints the tally, and checks
/// that the inputs reach both ends (some import, some are refused).
pub fn fuzz<T>(
    name: &str,
    seed: u64,
    count: u64,
    mut make: impl FnMut(u64, &mut Rng) -> Option<(T, String)>,
    import: impl Fn(&T) -> bool,
) -> Tally {
    use std::panic::{AssertUnwindSafe, catch_unwind};
    let seed = env_number("FUZZ_SEED").unwrap_or(seed);
    let count = env_number("FUZZ_COUNT").unwrap_or(count);
    let mut rng = Rng::new(seed, 0);
    let mut tally = Tally::default();
    for i in 0..count {
        let Some((input, what)) = make(i, &mut rng) else {
            tally.unmade += 1;
            continue;
        };
        match catch_unwind(AssertUnwindSafe(|| import(&input))) {
            Ok(true) => tally.imported += 1,
            Ok(false) => tally.refused += 1,
            Err(_) => panic!("the importer panicked on {name} {i} of seed {seed:#x}: {what}"),
        }
    }
    let Tally { imported, refused, unmade } = tally;
    eprintln!(
        "seed {seed:#x}, {count} {name}: {imported} imported, {refused} refused, {unmade} not made, 0 panics"
    );
    assert!(imported > 0 && refused > 0, "{imported} imported, {refused} refused");
    tally
}
