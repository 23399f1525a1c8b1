//! Random stacks built at run time through the builders (`add`, `add_child`, `add_node`,
//! `add_trigger`, `add_grant`, `add_dependency`, `add_tag`), with the values only a program
//! can make: NaN and infinite durations, integers beyond 2^53, values nested 100,000 deep,
//! huge and empty strings, references to anything. `check`, `synth` and `synth_to_string`
//! must not panic and must agree: no violation exactly when a template comes out, and the
//! text is that template; a copy of the stack prints as the stack does.

use cognito_runtime::*;

use super::rng::Rng;

/// How far from a sane configuration the values go: `Wild` draws from the extremes.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Sane,
    Wild,
}

fn number(rng: &mut Rng, mode: Mode, sane: i64) -> i64 {
    match mode {
        Mode::Sane => sane,
        Mode::Wild => {
            *rng.pick(&[0, 1, -1, 5, 99, 128, 10_240, i64::MIN, i64::MAX, 1 << 53, (1 << 53) - 1, 1 << 60])
        }
    }
}

fn float(rng: &mut Rng, mode: Mode, sane: f64) -> f64 {
    match mode {
        Mode::Sane => sane,
        Mode::Wild => *rng.pick(&[
            0.0,
            2.5,
            -1.0,
            60.0,
            1e21,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            5e-324,
        ]),
    }
}

fn text(rng: &mut Rng, mode: Mode, big: usize) -> String {
    match mode {
        Mode::Sane => format!("name-{}", rng.below(1000)),
        Mode::Wild => {
            rng.pick(&["", "x", "a b", "aws:reserved", "{####}", "\u{0}", "🦀", "NaN"]).to_string()
                + &"y".repeat(*rng.pick(&[0, 0, 0, 300, big]))
        }
    }
}

/// A value, sometimes nested deep (up to `deep`) or referring to an item that may not exist.
fn value(rng: &mut Rng, mode: Mode, names: &[String], deep: usize) -> Value {
    if mode == Mode::Sane {
        return Value::from(text(rng, mode, 0));
    }
    match rng.below(8) {
        0 => {
            let depth = *rng.pick(&[2, 31, 32, 33, 1000, deep]);
            let mut v = Value::from(text(rng, mode, 0));
            for level in 1..depth {
                v = if level % 2 == 0 {
                    Value::join("-", [v, Value::from("z")])
                } else {
                    Value::import_value(v)
                };
            }
            v
        }
        1 => Value::attr(
            pick_name(rng, names),
            rng.pick(&[Attr::UserPoolId, Attr::FunctionArn, Attr::RoleArn]).clone(),
        ),
        2 => Value::reference(text(rng, mode, 0)),
        3 => Value::sub(text(rng, mode, 0)),
        _ => Value::from(text(rng, mode, deep)),
    }
}

fn pick_name(rng: &mut Rng, names: &[String]) -> String {
    if names.is_empty() || rng.one_in(8) { "missing".to_owned() } else { rng.pick(names).clone() }
}

fn duration(rng: &mut Rng, mode: Mode, sane: f64) -> Duration {
    let amount = float(rng, mode, sane);
    match rng.below(3) {
        0 if mode == Mode::Wild => Duration::seconds(amount),
        1 if mode == Mode::Wild => Duration::days(amount),
        _ => Duration::minutes(amount),
    }
}

/// Sizes: `deep` levels for the deepest values and `deep` bytes for the longest strings.
struct Gen<'a> {
    rng: &'a mut Rng,
    mode: Mode,
    deep: usize,
}

impl Gen<'_> {
    /// An item for the top level of the stack.
    fn top(&mut self, names: &[String]) -> Item {
        let (mode, deep) = (self.mode, self.deep);
        let rng = &mut *self.rng;
        match rng.below(6) {
            0 | 1 => Item::from(UserPool {
                user_pool_name: rng.one_in(2).then(|| value(rng, mode, names, deep)),
                password_policy: Some(PasswordPolicy {
                    min_length: Some(number(rng, mode, 8)),
                    temp_password_validity: Some(Duration::days(float(rng, mode, 3.0))),
                    ..PasswordPolicy::default()
                }),
                custom_attributes: rng.one_in(2).then(|| {
                    let (min, max) = (float(rng, mode, 1.0), float(rng, mode, 10.0));
                    let attr = CustomAttribute::Number(NumberAttributeProps {
                        min: Some(min),
                        max: Some(max),
                        mutable: None,
                    });
                    vec![(format!("a{}", rng.below(1000)), attr)]
                }),
                ..UserPool::default()
            }),
            2 => Item::from(LambdaFunction {
                runtime: "nodejs20.x".into(),
                handler: "index.handler".into(),
                code: Code::Inline("exports.handler = async () => {}".into()),
                memory_size: Some(number(rng, mode, 256)),
                timeout: rng.one_in(2).then(|| Duration::seconds(float(rng, mode, 30.0))),
                description: rng.one_in(2).then(|| value(rng, mode, names, deep)),
                ..LambdaFunction::default()
            }),
            3 => Item::from(Role {
                assumed_by: Principal::Service(if mode == Mode::Sane {
                    "lambda".into()
                } else {
                    text(rng, mode, 0)
                }),
                ..Role::default()
            }),
            4 => Item::from(Parameter { min_length: Some(number(rng, mode, 1)), ..Parameter::default() }),
            _ if mode == Mode::Wild => Item::from(ImportedUserPool::FromId(value(rng, mode, names, deep))),
            _ => Item::Construct,
        }
    }

    /// An item for inside a user pool.
    fn in_pool(&mut self, names: &[String]) -> Item {
        let (mode, deep) = (self.mode, self.deep);
        let rng = &mut *self.rng;
        match rng.below(4) {
            0 => Item::from(UserPoolClient {
                user_pool_client_name: rng.one_in(2).then(|| value(rng, mode, names, deep)),
                access_token_validity: Some(duration(rng, mode, 60.0)),
                ..UserPoolClient::default()
            }),
            1 => Item::from(UserPoolGroup {
                precedence: Some(number(rng, mode, 1)),
                group_name: rng.one_in(2).then(|| value(rng, mode, names, deep)),
                ..UserPoolGroup::default()
            }),
            2 => Item::from(UserPoolResourceServer {
                identifier: match mode {
                    Mode::Sane => format!("api-{}", rng.below(1000)),
                    Mode::Wild => rng.pick(&["api", "api", "", "a b"]).to_string(),
                },
                scopes: Some(vec![ResourceServerScope::new("read", "Read")]),
                ..UserPoolResourceServer::default()
            }),
            _ => Item::from(Output { value: value(rng, mode, names, deep), ..Output::default() }),
        }
    }
}

/// A random stack of up to 40 items, wired at random: half sane (mostly synthesizing), half
/// wild; values up to `deep` levels deep.
pub fn stack(rng: &mut Rng, deep: usize) -> Stack {
    let mode = if rng.one_in(2) { Mode::Sane } else { Mode::Wild };
    let name = if mode == Mode::Sane { "Stack" } else { *rng.pick(&["Stack", "S", "bad name", ""]) };
    let mut stack = Stack::new(name);
    let mut names: Vec<String> = Vec::new();
    let mut pools: Vec<NodeId> = Vec::new();
    let mut nodes: Vec<NodeId> = Vec::new();
    let mut g = Gen { rng, mode, deep };
    for i in 0..1 + g.rng.below(40) {
        let in_pool = !pools.is_empty() && g.rng.one_in(2);
        let (parent, item) =
            if in_pool { (Some(*g.rng.pick(&pools)), g.in_pool(&names)) } else { (None, g.top(&names)) };
        let name = match mode {
            Mode::Sane => Some(format!("n{i}")),
            Mode::Wild => (!g.rng.one_in(4)).then(|| format!("n{}", g.rng.below(i + 1))),
        };
        let id = if mode == Mode::Sane { format!("i{i}") } else { format!("i{}", g.rng.below(i + 2)) };
        let is_pool = matches!(item, Item::UserPool(_));
        let node = stack.add_node(parent, id, name.as_deref(), item);
        names.extend(name);
        nodes.push(node);
        if is_pool {
            pools.push(node);
        }
        if mode == Mode::Wild {
            wire(g.rng, &mut stack, &nodes, &names);
        }
    }
    stack
}

/// Sometimes a trigger, a grant, a dependency or a tag between random items.
fn wire(rng: &mut Rng, stack: &mut Stack, nodes: &[NodeId], names: &[String]) {
    let (a, b) = (*rng.pick(nodes), *rng.pick(nodes));
    match rng.below(8) {
        0 => {
            let op = *rng.pick(UserPoolOperation::ALL);
            stack.add_trigger(a, op, Arn::Item(b.into()), None);
        }
        1 => {
            stack.add_grant(a, b, vec![text(rng, Mode::Wild, 0)]);
        }
        2 => stack.add_dependency(a, pick_name(rng, names)),
        3 => stack.add_tag(a, text(rng, Mode::Wild, 0), text(rng, Mode::Wild, 0)),
        _ => {}
    }
}

/// What a run of random stacks found.
#[derive(Default)]
pub struct StackFigures {
    pub stacks: usize,
    pub valid: usize,
    pub rejected: usize,
    /// (seed, index, what went wrong)
    pub problems: Vec<(u64, u64, String)>,
}

/// Builds `count` random stacks (values up to `deep` levels deep) and checks each: no panic,
/// and `check`, `synth` and `synth_to_string` agree.
pub fn run(count: usize, seed: u64, deep: usize) -> StackFigures {
    let mut f = StackFigures::default();
    for i in 0..count as u64 {
        f.stacks += 1;
        let verdict = std::panic::catch_unwind(|| verdict(&stack(&mut Rng::new(seed, i), deep)));
        match verdict {
            Ok(Ok(true)) => f.valid += 1,
            Ok(Ok(false)) => f.rejected += 1,
            Ok(Err(problem)) => f.problems.push((seed, i, problem)),
            Err(_) => f.problems.push((seed, i, "panicked".to_owned())),
        }
    }
    f
}

/// Whether the stack synthesizes, or how `check`, `synth` and `synth_to_string` disagree (or
/// a copy differs from the stack).
fn verdict(stack: &Stack) -> Result<bool, String> {
    // Compared as printed: a stack holding NaN is not `==` to itself, as NaN is not.
    if format!("{:?}", stack.clone()) != format!("{stack:?}") {
        return Err("a copy of the stack differs from it".to_owned());
    }
    let violations = stack.check();
    match (stack.synth(), stack.synth_to_string()) {
        (Ok(value), Ok(text)) if violations.is_empty() => {
            let parsed: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
            if parsed == value { Ok(true) } else { Err("synth_to_string is not synth's template".to_owned()) }
        }
        (Err(a), Err(b)) if a == b && a.violations == violations && !violations.is_empty() => Ok(false),
        _ => Err(format!("check ({} violations), synth and synth_to_string disagree", violations.len())),
    }
}
