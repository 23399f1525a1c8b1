//! The rules of `lambda_function`'s props as CloudFormation checks them (the resource schema
//! of `AWS::Lambda::Function`, as cfn-lint bundles it), the Lambda service's own rules for
//! environment variables, and the CDK's for `Code.fromAsset` / `Code.fromBucket`.

use super::{Code, LambdaFunction};
use crate::context::check::{Check, Issue};
use crate::context::schema;
use crate::core::duration::TimeUnit;
use crate::core::error::Target;
use crate::core::value::Value;

/// The resource type whose schema the props rules read.
const FUNCTION: &str = "AWS::Lambda::Function";

/// Environment variables Lambda sets itself and refuses to take.
const RESERVED_VARIABLES: &[&str] = &[
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_DEFAULT_REGION",
    "AWS_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_LAMBDA_RUNTIME_API",
    "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR",
];

/// The props rules, in the order the props are written.
pub(crate) fn check(f: &LambdaFunction, cx: &mut Check) {
    runtime_known(&f.runtime, cx);
    handler_shape(&f.handler, cx);
    code(&f.code, cx);
    if let Some(description) = f.description.as_ref().and_then(Value::literal) {
        description_length(description, cx);
    }
    if let Some(t) = f.timeout.and_then(|t| t.whole(TimeUnit::Seconds)) {
        timeout_range(t, cx);
    }
    if let Some(m) = f.memory_size {
        memory_size_range(m, cx);
    }
    for (key, _) in f.environment.iter().flatten() {
        environment_key(key, cx);
    }
}

fn code(code: &Code, cx: &mut Check) {
    match code {
        Code::Inline(_) => {}
        Code::Asset(path) => asset_path(path, cx),
        Code::FromBucket { bucket, key } => {
            cx.value("code.bucket", bucket);
            cx.value("code.key", key);
            if let Some(key) = key.literal() {
                bucket_key_length(key, cx);
            }
        }
    }
}

/// CloudFormation schema (`AWS::Lambda::Function.Runtime`): one of the runtimes its enum
/// lists, or one aws-cdk-lib offers that the enum lacks (`dotnet9`: the generated table adds
/// it, see `scripts/gen_schemas.py`).
fn runtime_known(runtime: &Value, cx: &mut Check) {
    schema::literal(cx, "lambda_function.runtime", "runtime", (FUNCTION, &["Runtime"]), runtime);
}

/// CloudFormation schema (`AWS::Lambda::Function.Handler`): at most 128 characters, none of
/// them white space (`^[^\s]+$`, so not empty).
fn handler_shape(handler: &Value, cx: &mut Check) {
    schema::literal(cx, "lambda_function.handler", "handler", (FUNCTION, &["Handler"]), handler);
}

/// CloudFormation schema (`Description`): at most 256 characters.
fn description_length(description: &str, cx: &mut Check) {
    let len = description.chars().count();
    if len > 256 {
        cx.push(
            Issue::new(
                "lambda_function.description",
                "description",
                format!("`description` must be at most 256 characters (got {len}); CloudFormation rejects it at deploy time (maxLength 256); shorten it"),
            )
            .value(format!("{len} characters")),
        );
    }
}

/// CloudFormation schema (`Timeout`): 1 to 900 seconds.
fn timeout_range(seconds: u64, cx: &mut Check) {
    if !(1..=900).contains(&seconds) {
        cx.push(
            Issue::new(
                "lambda_function.timeout.range",
                "timeout",
                format!("`timeout` must be between 1 second and 15 minutes (got {seconds} seconds); CloudFormation rejects it at deploy time (minimum 1, maximum 900)"),
            )
            .value(format!("{seconds} seconds")),
        );
    }
}

/// CloudFormation schema (`AWS::Lambda::Function.MemorySize`): the schema's range of MiB,
/// compared with the exact value (never a rounded one).
fn memory_size_range(mib: i64, cx: &mut Check) {
    schema::integer(cx, "lambda_function.memory_size", "memory_size", (FUNCTION, &["MemorySize"]), mib);
}

/// AWS Lambda API (`Environment.Variables` keys: `[a-zA-Z]([a-zA-Z0-9_])+`, a whole-name
/// match; the CloudFormation schema checks the same pattern only somewhere in the name): a
/// letter, then one or more letters, digits or `_`; and not a name Lambda reserves.
fn environment_key(key: &str, cx: &mut Check) {
    let path = format!("environment.{key}");
    let mut chars = key.chars();
    let shaped = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && key.len() >= 2
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !shaped {
        cx.push(
            Issue::new(
                "lambda_function.environment.name",
                path,
                format!("an environment variable's name is a letter followed by one or more letters, digits or `_` (got {key:?}); Lambda rejects it at deploy time; rename it"),
            )
            .value(format!("{key:?}"))
            .target(Target::Key),
        );
    } else if RESERVED_VARIABLES.contains(&key) {
        cx.push(
            Issue::new(
                "lambda_function.environment.reserved",
                path,
                format!("`{key}` is set by Lambda itself and cannot be given; Lambda rejects it at deploy time (\"environment variables you have provided contains reserved keys\"); use another name"),
            )
            .value(format!("{key:?}"))
            .target(Target::Key),
        );
    }
}

/// AWS CDK `AssetStaging` ("Cannot find asset at …") and `AssetCode` ("Asset must be a .zip
/// file or a directory"): the path exists, and is a directory or a `.zip`/`.jar` file.
fn asset_path(path: &std::path::Path, cx: &mut Check) {
    let shown = path.display();
    let message = match std::fs::metadata(path) {
        Err(_) => format!(
            "`code` must name an existing directory or `.zip` file, but {shown} does not exist (the CDK: \"Cannot find asset\"); build the code first, or fix the path"
        ),
        Ok(m) if m.is_dir() || is_zip_name(path) => return,
        Ok(_) => format!(
            "`code` must be a directory or a `.zip` file (got {shown}); zip it, e.g. `cargo lambda build --output-format zip`"
        ),
    };
    cx.push(Issue::new("lambda_function.code.asset", "code", message).value(shown));
}

/// The archive extensions Lambda takes as they are (`.zip`, and `.jar` for Java).
pub(crate) fn is_zip_name(path: &std::path::Path) -> bool {
    let name = path.to_string_lossy().to_lowercase();
    name.ends_with(".zip") || name.ends_with(".jar")
}

/// CloudFormation schema (`Code.S3Key`): 1 to 1024 characters.
fn bucket_key_length(key: &str, cx: &mut Check) {
    let len = key.chars().count();
    if !(1..=1024).contains(&len) {
        cx.push(
            Issue::new(
                "lambda_function.code.key",
                "code.key",
                format!("the object key of `from_bucket` must be 1 to 1024 characters (got {len}); CloudFormation rejects it at deploy time (S3Key: minLength 1, maxLength 1024)"),
            )
            .value(format!("{key:?}")),
        );
    }
}
