//! The proof a `cognito!` expansion gives its stack: the macro ran every rule on that very
//! stack, so `synth` renders it without running them again. Only a block without `(EXPR)`
//! gives it, every change through the API takes it away, and what the macro cannot see (the
//! files a function's code names) is checked at run time all the same. A block of one stack
//! without `(EXPR)` and files also carries the template the macro rendered, which
//! `synth_to_string` and the command line print.

use cognito::*;

fn literal() -> Stack {
    cognito! {
        user_pool Pool {
            password_policy: { min_length: 8 },
            client "web" {}
        }
    }
}

fn pool(stack: &Stack) -> NodeId {
    stack.find("Pool").expect("the block declares Pool")
}

#[test]
fn a_literal_block_carries_the_proof_and_synthesizes_as_without_it() {
    let stack = literal();
    assert!(stack.__is_checked_by_macro());
    assert_eq!(stack.check(), vec![]);
    let mut unproven = stack.clone();
    unproven.node_mut(pool(&unproven));
    assert!(!unproven.__is_checked_by_macro());
    assert_eq!(stack, unproven, "the proof takes no part in equality");
    assert_eq!(stack.synth_to_string().ok(), unproven.synth_to_string().ok());
    assert!(stack.synth_to_string().is_ok());
}

#[test]
fn a_block_with_a_run_time_value_carries_none() {
    let min_length = 8;
    let stack = cognito! {
        user_pool Pool { password_policy: { min_length: (min_length) } }
    };
    assert!(!stack.__is_checked_by_macro());
    assert_eq!(stack.compiled_template(), None);
}

#[test]
fn a_literal_block_carries_the_template_the_macro_rendered() {
    let stack = literal();
    let compiled = stack.compiled_template().expect("the macro knew every value of the block");
    // The same text as the stack renders now, without the proof.
    let mut unproven = stack.clone();
    unproven.node_mut(pool(&unproven));
    assert_eq!(unproven.compiled_template(), None);
    assert_eq!(Ok(compiled.to_owned()), unproven.synth_to_string());
    assert_eq!(stack.synth_to_string().as_deref(), Ok(compiled));
    assert_eq!(stack.template().map(|t| t.to_pretty_string()).as_deref(), Ok(compiled));
    assert!(compiled.contains("\"MinimumLength\": 8"));
}

#[test]
fn the_stacks_of_an_app_carry_no_template() {
    // An app's templates depend on one another (exports, imports): the app renders them.
    let app: App = cognito! {
        stack Auth { user_pool Pool {} }
        stack Api { user_pool_client Web { user_pool: Pool } }
    };
    assert!(app.stacks().iter().all(|s| s.compiled_template().is_none()));
}

#[test]
fn a_stack_whose_function_names_a_file_carries_no_template() {
    // The file's hash is part of the template, and the file is read where the program runs.
    let stack = cognito! {
        lambda_function Check {
            runtime: NODEJS_22_X,
            handler: "index.handler",
            code: asset("tests/fixtures/cdk/cases/assets/hello"),
        }
    };
    assert!(stack.__is_checked_by_macro());
    assert_eq!(stack.compiled_template(), None);
    // Nor does one given a text by any other caller.
    let built = with_function_code("tests/fixtures/cdk/cases/assets/hello");
    assert_eq!(built.__checked_by_macro(Some("{}")).compiled_template(), None);
}

/// A change to a stack, named by the method it calls.
type Change = (&'static str, fn(&mut Stack));

/// Every public method that changes a stack, each applied to a stack the macro checked.
const CHANGES: &[Change] = &[
    ("with_env", |s| *s = s.clone().with_env(Env::default())),
    ("with_synthesizer", |s| *s = s.clone().with_synthesizer(Synthesizer::Bootstrapless)),
    ("with_feature_flags", |s| *s = s.clone().with_feature_flags(FeatureFlags::recommended())),
    ("set_feature_flags", |s| s.set_feature_flags(FeatureFlags::recommended())),
    ("reserve", |s| s.reserve(1)),
    ("node_mut", |s| {
        s.node_mut(pool(s));
    }),
    ("add_node", |s| {
        s.add_node(None, "Other", None, Item::Construct);
    }),
    ("add", |s| {
        s.add("Other", UserPool::default());
    }),
    ("add_child", |s| {
        s.add_child(pool(s), "Group", UserPoolGroup::default());
    }),
    ("add_client", |s| {
        s.add_client(pool(s), "api", UserPoolClient::default());
    }),
    ("add_grant", |s| {
        s.add_grant(pool(s), ItemRef::Name("Role".into()), vec!["cognito-idp:ListUsers".into()]);
    }),
    ("add_trigger", |s| {
        s.add_trigger(pool(s), UserPoolOperation::PreSignUp, Arn::Item("Function".into()), None);
    }),
    ("add_dependency", |s| s.add_dependency(pool(s), ItemRef::Name("Pool".into()))),
    ("set_item", |s| s.set_item(pool(s), UserPool::default())),
    ("add_override", |s| s.add_override(pool(s), "DeletionPolicy", "Delete")),
    ("add_property_override", |s| s.add_property_override(pool(s), "UserPoolName", "other")),
    ("add_deletion_override", |s| s.add_deletion_override(pool(s), "DeletionPolicy")),
    ("add_property_deletion_override", |s| s.add_property_deletion_override(pool(s), "UserPoolName")),
    ("add_stack_tag", |s| s.add_stack_tag("team", "identity")),
    ("add_tag", |s| s.add_tag(pool(s), "team", "identity")),
    ("add_provider_clients", |s| {
        s.add_provider_clients(pool(s));
    }),
    ("enable_checks", |s| s.enable_checks(Pack::AwsSolutions)),
    ("acknowledge", |s| s.acknowledge(None, "AwsSolutions-COG1", "sign-in is federated")),
    ("accept_replacement", |s| s.accept_replacement(pool(s))),
    ("accept_removal", |s| s.accept_removal("OldPool")),
];

#[test]
fn every_change_takes_the_proof_away() {
    for (method, change) in CHANGES {
        let mut stack = literal();
        change(&mut stack);
        assert!(!stack.__is_checked_by_macro(), "`{method}` left the proof on a changed stack");
        assert_eq!(
            stack.compiled_template(),
            None,
            "`{method}` left the compiled template on a changed stack"
        );
    }
}

/// The public methods of `Stack` that take `&mut self` or `mut self`, from the runtime's
/// source: a new one must join [`CHANGES`] (and take the proof away).
#[test]
fn the_changes_above_are_every_method_that_changes_a_stack() {
    let mut found = Vec::new();
    let mut dirs =
        vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/cognito-runtime/src"))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("the runtime's source is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("a source file is text");
                found.extend(mutating_stack_methods(&source));
            }
        }
    }
    found.sort();
    let mut listed: Vec<String> = CHANGES.iter().map(|(m, _)| (*m).to_owned()).collect();
    listed.sort();
    assert_eq!(found, listed);
}

/// The names of the `pub fn`s taking `&mut self` or `mut self` inside `impl Stack` blocks
/// (but `__checked_by_macro`, the one that gives the proof).
fn mutating_stack_methods(source: &str) -> Vec<String> {
    let mut in_stack = false;
    let mut names = Vec::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("impl") {
            in_stack = line.trim_end() == "impl Stack {";
        }
        let Some(rest) = line.trim_start().strip_prefix("pub fn ") else { continue };
        let Some((name, args)) = rest.split_once('(') else { continue };
        // A long signature puts its first argument on the next line.
        let first = if args.trim().is_empty() { lines.peek().map_or("", |l| l.trim_start()) } else { args };
        let name = name.split('<').next().unwrap_or(name);
        if in_stack
            && !name.starts_with("__")
            && (first.starts_with("&mut self") || first.starts_with("mut self"))
        {
            names.push(name.to_owned());
        }
    }
    names
}

#[test]
fn a_change_that_breaks_a_rule_is_caught() {
    let mut stack = literal();
    let pool = pool(&stack);
    if let Some(Node { item: Item::UserPool(p), .. }) = stack.node_mut(pool) {
        p.password_policy = Some(PasswordPolicy { min_length: Some(5), ..PasswordPolicy::default() });
    }
    let error = stack.synth().expect_err("a minimum length of 5 breaks a rule");
    let paths: Vec<&str> = error.violations.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(paths, ["password_policy.min_length"]);
}

#[test]
fn the_files_a_function_names_are_checked_where_the_program_runs() {
    let stack = with_function_code("tests/fixtures/no-such-directory").__checked_by_macro(None);
    let error = stack.synth().expect_err("the code's directory does not exist");
    let rules: Vec<&str> = error.violations.iter().map(|v| v.rule).collect();
    assert_eq!(rules, ["lambda_function.code.asset"]);
}

/// A stack built with the API, of one Lambda function whose code is the directory `dir`.
fn with_function_code(dir: &str) -> Stack {
    let mut stack = Stack::new("Stack");
    stack.add(
        "Function",
        LambdaFunction {
            runtime: "nodejs20.x".into(),
            handler: "index.handler".into(),
            code: Code::Asset(dir.into()),
            ..LambdaFunction::default()
        },
    );
    stack
}
