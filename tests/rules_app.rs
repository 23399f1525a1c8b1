//! One test per rule of apps, stacks' limits and Lambda functions' props, at the runtime
//! level: the rule, the field path and the message.

mod common;

use cognito::*;
use common::app::{asset, identity_pool_stack};
use common::pool::{function, output};
use common::violation;

/// The first error (or warning) of `app` of rule `rule`, which must be at `path`: its
/// message and its stack.
fn app_violation(app: &App, rule: &str, path: &str) -> (String, String) {
    let findings = app.check();
    let found = findings.iter().find(|f| f.violation.rule == rule);
    let f = found.unwrap_or_else(|| panic!("expected a finding of {rule}, got {findings:#?}"));
    assert_eq!(f.violation.path, path, "path of {rule}");
    (f.violation.message.clone(), f.stack_name.clone())
}

fn app(stacks: impl IntoIterator<Item = Stack>) -> App {
    let mut app = App::new();
    stacks.into_iter().for_each(|s| {
        app.add_stack(s);
    });
    app
}

fn client_of(pool: &str) -> UserPoolClient {
    UserPoolClient { user_pool: Some(pool.into()), ..Default::default() }
}

fn with_function(f: LambdaFunction) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("f", f);
    s
}

#[test]
fn lambda_runtime() {
    let s = with_function(LambdaFunction { runtime: "nodejs99.x".into(), ..function(false) });
    let m = violation(&s, "lambda_function.runtime", "runtime");
    assert_eq!(
        m,
        "`runtime` must be one of the 52 values the resource schema lists (got \"nodejs99.x\"; did you mean `nodejs26.x`?); CloudFormation rejects it at deploy time (the `AWS::Lambda::Function` schema, `Runtime`)"
    );
    let s = with_function(LambdaFunction { runtime: "".into(), ..function(false) });
    let m = violation(&s, "lambda_function.runtime", "runtime");
    assert!(
        m.starts_with(
            "`runtime` must be one of the 52 values the resource schema lists, e.g. `ruby4.0` (got \"\")"
        ),
        "{m}"
    );
}

/// Every runtime aws-cdk-lib 2.276's `Runtime` offers (but `FROM_IMAGE`, for containers) and
/// every one the schema lists: `dotnet9`, which the schema lacks, as well as `nodejs26.x`,
/// which the CDK lacks. Neither the rule nor the template's schema check refuses them.
#[test]
fn lambda_runtimes_of_the_cdk_and_the_schema_are_taken() {
    let cdk = [
        "dotnet10",
        "dotnet6",
        "dotnet8",
        "dotnet9",
        "dotnetcore1.0",
        "dotnetcore2.0",
        "dotnetcore2.1",
        "dotnetcore3.1",
        "go1.x",
        "java11",
        "java11.al2023",
        "java17",
        "java17.al2023",
        "java21",
        "java25",
        "java8",
        "java8.al2",
        "java8.al2023",
        "nodejs",
        "nodejs10.x",
        "nodejs12.x",
        "nodejs14.x",
        "nodejs16.x",
        "nodejs18.x",
        "nodejs20.x",
        "nodejs22.x",
        "nodejs24.x",
        "nodejs4.3",
        "nodejs6.10",
        "nodejs8.10",
        "provided",
        "provided.al2",
        "provided.al2023",
        "python2.7",
        "python3.10",
        "python3.11",
        "python3.12",
        "python3.13",
        "python3.14",
        "python3.15",
        "python3.6",
        "python3.7",
        "python3.8",
        "python3.9",
        "ruby2.5",
        "ruby2.7",
        "ruby3.2",
        "ruby3.3",
        "ruby3.4",
        "ruby4.0",
    ];
    for runtime in cdk.into_iter().chain(["nodejs26.x", "nodejs4.3-edge"]) {
        let s = with_function(LambdaFunction { runtime: runtime.into(), ..function(false) });
        assert_eq!(s.check(), vec![], "{runtime}");
    }
}

#[test]
fn lambda_handler() {
    let s = with_function(LambdaFunction { handler: "index handler".into(), ..function(false) });
    let m = violation(&s, "lambda_function.handler", "handler");
    assert_eq!(
        m,
        "`handler` must match `^[^\\s]+$` (got \"index handler\"); CloudFormation rejects it at deploy time (the `AWS::Lambda::Function` schema, `Handler`)"
    );
    let s = with_function(LambdaFunction { handler: "".into(), ..function(false) });
    assert!(
        violation(&s, "lambda_function.handler", "handler")
            .starts_with("`handler` must match `^[^\\s]+$` (got \"\")")
    );
    let long = format!("index.{}", "h".repeat(128));
    let s = with_function(LambdaFunction { handler: long.into(), ..function(false) });
    let m = violation(&s, "lambda_function.handler", "handler");
    assert!(m.starts_with("`handler` must be at most 128 characters long (got 134)"), "{m}");
}

#[test]
fn lambda_description() {
    let s = with_function(LambdaFunction { description: Some("d".repeat(257).into()), ..function(false) });
    let m = violation(&s, "lambda_function.description", "description");
    assert_eq!(
        m,
        "`description` must be at most 256 characters (got 257); CloudFormation rejects it at deploy time (maxLength 256); shorten it"
    );
}

#[test]
fn lambda_timeout_range() {
    let s = with_function(LambdaFunction { timeout: Some(Duration::minutes(16)), ..function(false) });
    let m = violation(&s, "lambda_function.timeout.range", "timeout");
    assert_eq!(
        m,
        "`timeout` must be between 1 second and 15 minutes (got 960 seconds); CloudFormation rejects it at deploy time (minimum 1, maximum 900)"
    );
}

#[test]
fn lambda_memory_size() {
    let s = with_function(LambdaFunction { memory_size: Some(64), ..function(false) });
    let m = violation(&s, "lambda_function.memory_size", "memory_size");
    assert_eq!(
        m,
        "`memory_size` must be between 128 and 32768 (got 64); CloudFormation rejects it at deploy time (the `AWS::Lambda::Function` schema, `MemorySize`)"
    );
    let s = with_function(LambdaFunction { memory_size: Some(0), ..function(false) });
    assert!(violation(&s, "lambda_function.memory_size", "memory_size").contains("(got 0)"));
    let s = with_function(LambdaFunction { memory_size: Some(i64::MIN), ..function(false) });
    let m = violation(&s, "lambda_function.memory_size", "memory_size");
    assert!(m.contains("(got -9223372036854775808)"), "the exact value, not a rounded one: {m}");
    assert_eq!(s.check().len(), 1, "one problem, one violation: {:#?}", s.check());
}

#[test]
fn lambda_environment_name() {
    let env = Some(vec![("1ST".to_owned(), Value::from("x"))]);
    let s = with_function(LambdaFunction { environment: env, ..function(false) });
    let m = violation(&s, "lambda_function.environment.name", "environment.1ST");
    assert_eq!(
        m,
        "an environment variable's name is a letter followed by one or more letters, digits or `_` (got \"1ST\"); Lambda rejects it at deploy time; rename it"
    );
    let env = Some(vec![("A".to_owned(), Value::from("1"))]);
    let s = with_function(LambdaFunction { environment: env, ..function(false) });
    assert!(violation(&s, "lambda_function.environment.name", "environment.A").contains("(got \"A\")"));
    assert_eq!(s.check().len(), 1, "the rule, not the schema check as well: {:#?}", s.check());
}

#[test]
fn lambda_environment_reserved() {
    let env = Some(vec![("AWS_REGION".to_owned(), Value::from("eu-west-1"))]);
    let s = with_function(LambdaFunction { environment: env, ..function(false) });
    let m = violation(&s, "lambda_function.environment.reserved", "environment.AWS_REGION");
    assert_eq!(
        m,
        "`AWS_REGION` is set by Lambda itself and cannot be given; Lambda rejects it at deploy time (\"environment variables you have provided contains reserved keys\"); use another name"
    );
}

#[test]
fn lambda_asset_missing() {
    let path = asset("no-such-dir");
    let s = with_function(LambdaFunction { code: Code::Asset(path.clone()), ..function(false) });
    let m = violation(&s, "lambda_function.code.asset", "code");
    assert_eq!(
        m,
        format!(
            "`code` must name an existing directory or `.zip` file, but {} does not exist (the CDK: \"Cannot find asset\"); build the code first, or fix the path",
            path.display()
        )
    );
}

#[test]
fn lambda_asset_not_zip() {
    let path = asset("hello/index.js");
    let s = with_function(LambdaFunction { code: Code::Asset(path.clone()), ..function(false) });
    let m = violation(&s, "lambda_function.code.asset", "code");
    assert_eq!(
        m,
        format!(
            "`code` must be a directory or a `.zip` file (got {}); zip it, e.g. `cargo lambda build --output-format zip`",
            path.display()
        )
    );
}

#[cfg(unix)]
#[test]
fn lambda_asset_unreadable() {
    // A link out of the directory is followed; one to a socket cannot be hashed.
    let dir = common::app::out_dir("unreadable-asset");
    std::fs::create_dir_all(dir.join("code")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("socket")).unwrap();
    std::os::unix::fs::symlink(dir.join("socket"), dir.join("code/link")).unwrap();
    let s = with_function(LambdaFunction { code: Code::Asset(dir.join("code")), ..function(false) });
    let e = s.synth().unwrap_err();
    let v = e.violations.iter().find(|v| v.rule == "lambda_function.code.unreadable").unwrap();
    assert_eq!(v.path, "code");
    let link = dir.join("code/link");
    let expected = format!(
        "`code` must be readable to be hashed and staged, but {} cannot be read (it is neither a file nor a directory); fix its permissions or remove it",
        link.display()
    );
    assert_eq!(v.message, expected);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lambda_bucket_key() {
    let code = Code::FromBucket { bucket: "my-bucket".into(), key: "".into() };
    let s = with_function(LambdaFunction { code, ..function(false) });
    let m = violation(&s, "lambda_function.code.key", "code.key");
    assert_eq!(
        m,
        "the object key of `from_bucket` must be 1 to 1024 characters (got 0); CloudFormation rejects it at deploy time (S3Key: minLength 1, maxLength 1024)"
    );
}

#[test]
fn app_duplicate_stack() {
    let (m, stack) =
        app_violation(&app([Stack::new("Auth"), Stack::new("Auth")]), "app.stack.duplicate", "name");
    assert_eq!(stack, "Auth");
    assert_eq!(
        m,
        "stack `Auth` is declared twice: stack names are unique in an app (the CDK: \"There is already a Construct with name 'Auth' in App\"); rename one"
    );
}

#[test]
fn app_duplicate_name() {
    let mut a = Stack::new("A");
    a.add("pool", UserPool::default());
    let mut b = Stack::new("B");
    b.add("pool", UserPool::default());
    let (m, stack) = app_violation(&app([a, b]), "app.name.duplicate", "");
    assert_eq!(stack, "B");
    assert_eq!(
        m,
        "`pool` is declared in stack `A` and again in stack `B`: the items of all stacks of an app share one namespace, so a reference could not tell them apart; rename one"
    );
}

#[test]
fn app_stack_cycle() {
    let mut a = Stack::new("A");
    a.add("pa", UserPool::default());
    a.add("ca", client_of("pb"));
    let mut b = Stack::new("B");
    b.add("pb", UserPool::default());
    b.add("cb", client_of("pa"));
    let (m, stack) = app_violation(&app([a, b]), "app.stack_cycle", "user_pool");
    assert_eq!(stack, "B");
    assert_eq!(
        m,
        "`user_pool` makes stack `B` depend on stack `A`, which already depends on it (`A` → `B`): stacks that depend on each other in a circle cannot be deployed one before the other (the CDK: \"would create a cyclic reference\"); move the items so that the references between stacks go one way"
    );
}

#[test]
fn app_reference_environment() {
    let mut a = Stack::new("A");
    a.add("pool", UserPool::default());
    let mut b = Stack::new("B").with_env(Env { region: Some("eu-west-1".into()), ..Default::default() });
    b.add("web", client_of("pool"));
    let (m, stack) = app_violation(&app([a, b]), "app.reference.environment", "user_pool");
    assert_eq!(stack, "B");
    assert_eq!(
        m,
        "`user_pool` refers to `pool` of stack `A` (any account/any region), but this stack deploys to any account/eu-west-1: the CDK refuses a reference between environments unless both stacks name their region (\"Cross stack/region references are only supported for stacks with an explicit region defined\"); give both stacks the same `env`, or pass the value by hand (a parameter)"
    );
}

#[test]
fn bootstrapless_asset() {
    let mut s = Stack::new("Auth").with_synthesizer(Synthesizer::Bootstrapless);
    s.add("f", LambdaFunction { code: Code::Asset(asset("hello")), ..function(false) });
    let (m, _) = app_violation(&app([s]), "synthesizer.bootstrapless_asset", "code");
    assert_eq!(
        m,
        format!(
            "`code` is a file asset ({}), but stack `Auth` uses the bootstrapless synthesizer, which has no bucket to upload it to (the CDK: \"Cannot add assets to a Stack that uses the BootstraplessSynthesizer\"); use the default synthesizer, or `from_bucket` with code uploaded already",
            asset("hello").display()
        )
    );
}

/// A stack of `n` groups (one resource each) in one pool, and `outputs` outputs.
fn big_stack(groups: usize, outputs: usize) -> Stack {
    let mut s = Stack::new("Big");
    let pool = s.add("pool", UserPool::default());
    for i in 0..groups {
        s.add_child(pool, format!("g{i}"), UserPoolGroup::default());
    }
    for i in 0..outputs {
        s.add(format!("o{i}"), output(Value::attr("pool", Attr::UserPoolId)));
    }
    s
}

#[test]
fn limit_resources() {
    let (m, _) = app_violation(&App::from(big_stack(500, 0)), "stack.limit.resources", "");
    assert_eq!(
        m,
        "stack `Big` has 501 resources, more than the 500 CloudFormation allows in one stack (the CDK: \"Number of resources … is greater than allowed maximum of 500\"); split it: move items into another stack of the app"
    );
}

#[test]
fn limit_outputs() {
    let (m, _) = app_violation(&App::from(big_stack(0, 201)), "stack.limit.outputs", "");
    assert_eq!(
        m,
        "stack `Big` has 201 outputs (exports for other stacks included), more than the 200 CloudFormation allows; CloudFormation rejects it at deploy time (\"Number of outputs exceeds the limit\"); split the stack, so each part exports less"
    );
}

#[test]
fn limit_parameters() {
    let mut s = Stack::new("Params");
    // A stack creates a resource (`stack.resources`).
    s.add("pool", UserPool::default());
    for i in 0..201 {
        s.add(format!("p{i}"), Parameter::default());
    }
    let (m, _) = app_violation(&App::from(s), "stack.limit.parameters", "");
    assert_eq!(
        m,
        "stack `Params` has 201 parameters, more than the 200 CloudFormation allows; CloudFormation rejects it at deploy time (\"Number of parameters exceeds the limit\"); split the stack"
    );
}

#[test]
fn limit_template_size() {
    let mut s = Stack::new("Huge");
    s.add("pool", UserPool::default());
    for i in 0..400 {
        s.add(format!("p{i}"), Parameter { description: Some("d".repeat(2600)), ..Default::default() });
    }
    let (m, _) = app_violation(&App::from(s), "stack.limit.template_size", "");
    assert!(m.starts_with("the template of stack `Huge` is 1"), "{m}");
}

#[test]
fn template_size_inline_is_a_warning() {
    let app = App::from(big_stack(450, 0));
    let (m, _) = app_violation(&app, "stack.template_size.inline", "");
    assert_eq!(
        m,
        "the template of stack `Big` is 67482 bytes, more than the 51200 `aws cloudformation deploy --template-file` passes inline; deploy it with `cdk deploy --app DIR` (which uploads it to the bootstrap bucket: `cdk bootstrap` once per account and region), or with `aws cloudformation deploy --s3-bucket BUCKET`"
    );
    let warnings = app.validate().unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].severity, Severity::Warning);
}

#[test]
fn identity_pool_provider_client_taken_in_another_stack() {
    // Each identity pool adds `UserPoolAuthenticationProviderClient` to `pool`, in `Auth`:
    // the second finds it taken, and says so once, on its provider (not as a construct id
    // repeated in `Auth`, which the user did not write).
    let mut auth = Stack::new("Auth");
    auth.add("pool", UserPool::default());
    let app =
        app([auth, identity_pool_stack("Ids", "ip", "pool"), identity_pool_stack("Ids2", "ip2", "pool")]);
    let errors = app.validate().unwrap_err();
    let found: Vec<_> = errors.errors().map(|d| (d.stack_name.as_str(), d.violation.rule)).collect();
    assert_eq!(found, [("Ids2", "identity_pool.user_pool.client_taken")]);
    let (m, stack) = app_violation(
        &app,
        "identity_pool.user_pool.client_taken",
        "authentication_providers.user_pools.0.user_pool",
    );
    assert_eq!(stack, "Ids2");
    assert_eq!(
        m,
        "without `user_pool_client` this provider adds an app client `UserPoolAuthenticationProviderClient` to `pool`, which already has one; the CDK fails (\"There is already a Construct with name 'UserPoolAuthenticationProviderClient'\"); give this provider its own `user_pool_client`"
    );
}
