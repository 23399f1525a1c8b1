//! A user pool per tenant, for 1,000 tenants, built with the runtime API: more than one
//! CloudFormation stack can hold (500 resources, 200 outputs), so the app splits them into
//! stacks under those limits. A shared stack holds the pre-sign-up trigger, a Rust program
//! (`examples/rust-trigger`, a zip asset); each tenant stack imports its ARN (an export of the
//! shared stack, made by the app) for its pools, and outputs each pool's and client's id.
//!
//! ```sh
//! cargo run --release --example tenants -- --out cdk.out   # 11 stacks: Shared, Tenants1 … Tenants10
//! npx aws-cdk@2 ls --app cdk.out                           # lists them (offline)
//! npx aws-cdk@2 deploy --app cdk.out --all                 # Shared first, then the tenants
//! ```
//!
//! The trigger's code is `TRIGGER_ZIP` (the zip `cargo lambda build --release --arm64
//! --output-format zip -p rust-trigger` writes: `target/lambda/pre-sign-up/bootstrap.zip`), or
//! else the project's stand-in zip.

use std::path::PathBuf;

use cognito::*;

/// Each tenant's resources: its pool, the permission for the pool to call the trigger, and an
/// app client.
const RESOURCES_PER_TENANT: usize = 3;
/// Each tenant's outputs: its pool's id and its client's.
const OUTPUTS_PER_TENANT: usize = 2;
/// CloudFormation's limits per stack.
const MAX_RESOURCES: usize = 500;
const MAX_OUTPUTS: usize = 200;

/// As many tenants as a stack holds under CloudFormation's limits (100).
pub fn tenants_per_stack() -> usize {
    (MAX_RESOURCES / RESOURCES_PER_TENANT).min(MAX_OUTPUTS / OUTPUTS_PER_TENANT)
}

/// The app of `tenants` tenants, `per_stack` to a stack, whose trigger's code is `trigger_zip`.
pub fn app(tenants: usize, per_stack: usize, trigger_zip: PathBuf) -> App {
    let mut app = App::new();
    app.add_stack(shared(trigger_zip));
    let ids: Vec<usize> = (1..=tenants).collect();
    for (k, chunk) in ids.chunks(per_stack.max(1)).enumerate() {
        // Over 51,200 bytes, a template deploys from the bootstrap bucket: the default
        // synthesizer's asset manifest lists it for `cdk deploy`.
        let mut stack = Stack::new(format!("Tenants{}", k + 1)).with_synthesizer(Synthesizer::Default);
        for &t in chunk {
            tenant(&mut stack, &format!("t{t:04}"));
        }
        app.add_stack(stack);
    }
    app
}

/// The stack of what the tenants share: the pre-sign-up trigger.
fn shared(trigger_zip: PathBuf) -> Stack {
    let mut stack = Stack::new("Shared");
    stack.add(
        "presignup",
        LambdaFunction {
            runtime: "provided.al2023".into(),
            handler: "bootstrap".into(),
            architecture: Some(Architecture::Arm64),
            code: Code::Asset(trigger_zip),
            environment: Some(vec![("ALLOWED_DOMAIN".into(), "example.com".into())]),
            ..LambdaFunction::default()
        },
    );
    stack
}

/// Tenant `id`: its pool (signing up by e-mail, through the shared trigger), a client, and
/// their ids as outputs.
fn tenant(stack: &mut Stack, id: &str) {
    let pool = UserPool {
        user_pool_name: Some(format!("tenant-{id}").into()),
        sign_in_aliases: Some(SignInAliases { email: true, ..SignInAliases::default() }),
        self_sign_up_enabled: Some(true),
        lambda_triggers: Some(vec![(UserPoolOperation::PreSignUp, Arn::Item("presignup".into()))]),
        ..UserPool::default()
    };
    let pool = stack.add_node(None, id, Some(id), pool);
    let web = stack.add_client(
        pool,
        "web",
        UserPoolClient { generate_secret: Some(false), ..UserPoolClient::default() },
    );
    let output = |value| Output { value, ..Output::default() };
    stack.add(format!("{id}pool"), output(Value::attr(pool, Attr::UserPoolId)));
    stack.add(format!("{id}client"), output(Value::attr(web, Attr::UserPoolClientId)));
}

/// `TRIGGER_ZIP`, or the project's stand-in for the trigger's zip.
fn trigger_zip() -> PathBuf {
    std::env::var_os("TRIGGER_ZIP").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/cases/assets/bootstrap.zip")
    })
}

fn main() {
    let app = app(1000, tenants_per_stack(), trigger_zip());
    cognito::cli::main(&app);
}
