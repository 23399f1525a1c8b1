//! The importer never panics: truncations and byte mutations of a real template, random
//! JSON shapes, the same for a YAML template, and structured mutations of every template the
//! round trip reads give an import or an error.

use std::panic::{AssertUnwindSafe, catch_unwind};

fn import_ok(text: &str, what: &str) {
    if catch_unwind(AssertUnwindSafe(|| cognito_cli::import(text))).is_err() {
        panic!("the importer panicked on {what}:\n{text}");
    }
}

fn fixture() -> String {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/cdk/expected/cli/google_idp_client.json");
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn truncations() {
    let text = fixture();
    let mut n = 0;
    for end in (0..text.len()).step_by(13).filter(|e| text.is_char_boundary(*e)) {
        import_ok(&text[..end], &format!("the first {end} bytes"));
        n += 1;
    }
    assert!(n > 100, "{n} truncations");
}

/// A YAML template with short forms, block scalars, flow collections and anchors.
const YAML: &str = "Parameters:\n  Name: {Type: String, Default: 'x'}\nResources:\n  PoolD3F588B8:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolName: !Sub \"${Name}-pool\"\n      AliasAttributes: &a [email, phone_number]\n      EmailVerificationMessage: |\n        code {####}\n      Tags: !If [C, !Ref AWS::NoValue, {a: *a}]\n      UserPoolTags: {az: !Join ['', [!Ref Name, !Select [0, !GetAZs '']]]}\n    Metadata:\n      aws:cdk:path: Stack/Pool/Resource\nOutputs:\n  Arn:\n    Value: !GetAtt PoolD3F588B8.Arn\n  Id:\n    Value: !Ref PoolD3F588B8\n";

#[test]
fn yaml_truncations_and_mutations() {
    if let Err(e) = cognito_cli::import(YAML) {
        panic!("the seed does not read: {e}");
    }
    for end in (0..YAML.len()).filter(|e| YAML.is_char_boundary(*e)) {
        import_ok(&YAML[..end], &format!("the first {end} bytes of the YAML"));
    }
    walk(YAML, b"!&*|>-:[]{}'\"# \n?,", 600);
}

#[test]
fn mutations() {
    walk(&fixture(), b"{}[]\",:0-ex \\/Ref", 400);
}

/// `count` mutations of one byte of `text` each, by one of `replacements`.
fn walk(text: &str, replacements: &[u8], count: usize) {
    let bytes = text.as_bytes();
    // A fixed pseudo-random walk (xorshift), so a failure reproduces.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..count {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let at = (state % bytes.len() as u64) as usize;
        let with = replacements[(state >> 32) as usize % replacements.len()];
        let mut mutated = bytes.to_vec();
        mutated[at] = with;
        if let Ok(s) = String::from_utf8(mutated) {
            import_ok(&s, &format!("mutation {i} (byte {at} → {:?})", with as char));
        }
    }
}

#[test]
fn odd_shapes() {
    for text in [
        r#"{"Resources": []}"#,
        r#"{"Resources": {"A": 1}}"#,
        r#"{"Resources": {"A": {"Type": 7}}}"#,
        r#"{"Resources": {"A": {"Type": "AWS::Cognito::UserPool", "Metadata": {"aws:cdk:path": 3}}}}"#,
        r#"{"Resources": {"A": {"Type": "X", "Metadata": {"aws:cdk:path": "S//A"}}}}"#,
        r#"{"Resources": {"PoolD3F588B8": {"Type": "AWS::Cognito::UserPool", "Properties": [], "Metadata": {"aws:cdk:path": "S/Pool/Resource"}}}}"#,
        r#"{"Resources": {"PoolD3F588B8": {"Type": "AWS::Cognito::UserPool", "Properties": {"Schema": [1, {"Name": 2}]}, "Metadata": {"aws:cdk:path": "S/Pool/Resource"}}}}"#,
        r#"{"Resources": {}, "Outputs": {"A": {"Value": {"Ref": []}}}}"#,
        r#"{"Resources": {}, "Parameters": {"P": {"Type": "String", "Default": {"x": 1}}}}"#,
        "\u{feff}{\"Resources\": {}}",
        "1e999999",
        &"[".repeat(5000),
    ] {
        import_ok(text, text);
    }
}

/// Structured mutations of the templates the CDK CLI wrote for the reference cases (the
/// round-trip fixtures): a value replaced by one of another shape, by a reference to a
/// resource (itself among them), a missing one or a pseudo parameter, by an intrinsic function
/// of a right or wrong shape, or by another value of the same template; a key or an element
/// removed; a value wrapped deep; a resource copied, renamed, given another type, path or
/// `DependsOn`. One to three at a time; the importer gives an import or an error.
#[test]
fn structured_mutations() {
    structured(0x1A7E_C061_2026_1203, 240);
}

/// The same, longer: `FUZZ_COUNT` inputs (default 20,000) from `FUZZ_SEED` (default the short
/// run's), printing the seed; `cargo test --release -p cognito-cli --test fuzz -- --ignored
/// --nocapture`.
#[test]
#[ignore]
fn structured_mutations_long() {
    let number = |name: &str| {
        std::env::var(name).ok().map(|text| {
            let text = text.trim().replace('_', "");
            match text.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => text.parse(),
            }
            .unwrap_or_else(|_| panic!("{name} must be a number, decimal or 0x…, got {text:?}"))
        })
    };
    let seed = number("FUZZ_SEED").unwrap_or(0x1A7E_C061_2026_1203);
    let count = number("FUZZ_COUNT").unwrap_or(20_000) as usize;
    println!("seed {seed:#x}, {count} inputs");
    structured(seed, count);
}

/// A step of a path into a JSON value.
#[derive(Clone)]
enum Step {
    Key(String),
    At(usize),
}

/// xorshift64*: a fixed pseudo-random walk, so that a failure reproduces from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn structured(seed: u64, count: usize) {
    use serde_json::{Value, json};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/cdk/expected/cli");
    let mut seeds: Vec<(String, Value)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            let text = std::fs::read_to_string(&path).ok()?;
            Some((path.file_name()?.to_string_lossy().into_owned(), serde_json::from_str(&text).ok()?))
        })
        .collect();
    seeds.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(seeds.len() > 400, "{} templates", seeds.len());
    let mut rng = Rng(seed | 1);
    let (mut imported, mut refused) = (0, 0);
    for i in 0..count {
        let (name, original) = &seeds[rng.below(seeds.len())];
        let mut template = original.clone();
        let mut done = Vec::new();
        for _ in 0..1 + rng.below(3) {
            done.push(mutate(&mut template, &mut rng));
        }
        let text = if rng.below(4) == 0 {
            serde_json::to_string(&template).unwrap()
        } else {
            serde_json::to_string_pretty(&template).unwrap()
        };
        let what = format!("input {i} of seed {seed:#x}: {name}, {}", done.join("; "));
        match catch_unwind(AssertUnwindSafe(|| cognito_cli::import(&text))) {
            Ok(Ok(_)) => imported += 1,
            Ok(Err(_)) => refused += 1,
            Err(_) => panic!("the importer panicked on {what}:\n{text}"),
        }
    }
    println!("{count} mutated templates: {imported} imported, {refused} refused, 0 panics");
    // The walk reaches both ends: what still imports and what the importer refuses.
    assert!(imported > 0 && refused > 0, "{imported} imported, {refused} refused");

    fn mutate(template: &mut Value, rng: &mut Rng) -> String {
        let ids: Vec<String> = template
            .get("Resources")
            .and_then(Value::as_object)
            .map(|r| r.keys().cloned().collect())
            .unwrap_or_default();
        let id = || -> String { ids.first().cloned().unwrap_or_default() };
        let an_id = |rng: &mut Rng| -> String {
            match rng.below(6) {
                0 => "Missing".into(),
                1 => "AWS::Region".into(),
                2 => "AWS::NoValue".into(),
                _ if !ids.is_empty() => rng.pick(&ids).clone(),
                _ => id(),
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
    fn paths(value: &Value) -> Vec<Vec<Step>> {
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

    fn get<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
        path.iter().try_fold(value, |v, step| match step {
            Step::Key(k) => v.get(k),
            Step::At(n) => v.get(n),
        })
    }

    fn get_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
        path.iter().try_fold(value, |v, step| match step {
            Step::Key(k) => v.get_mut(k),
            Step::At(n) => v.get_mut(n),
        })
    }

    fn remove(template: &mut Value, path: &[Step]) {
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

    fn describe(path: &[Step]) -> String {
        path.iter()
            .map(|s| match s {
                Step::Key(k) => k.clone(),
                Step::At(n) => n.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}
