//! The rules of `lambda_function`'s props as CloudFormation checks them (the resource schema
//! of `AWS::Lambda::Function`, as cfn-lint bundles it), the Lambda service's own rules for
//! environment variables, and the CDK's for `Code.fromAsset` / `Code.fromBucket`.

use super::{Code, LambdaFunction};
use crate::context::check::{Check, Issue};
use crate::core::duration::TimeUnit;
use crate::core::error::Target;
use crate::core::value::Value;

/// The runtimes the schema's `Runtime` enum lists, and those aws-cdk-lib 2.276's `Runtime`
/// offers as constants that the enum does not list yet (`dotnet9`, `python3.15`, the
/// `java*.al2023` ones): a runtime the CDK offers is not refused.
const RUNTIMES: &[&str] = &[
    "dotnet9",
    "java11.al2023",
    "java17.al2023",
    "java8.al2023",
    "python3.15",
    "dotnet10",
    "dotnet6",
    "dotnet8",
    "dotnetcore1.0",
    "dotnetcore2.0",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "go1.x",
    "java11",
    "java17",
    "java21",
    "java25",
    "java8",
    "java8.al2",
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
    "nodejs4.3-edge",
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
    if let Some(runtime) = f.runtime.literal() {
        runtime_known(runtime, cx);
    }
    if let Some(handler) = f.handler.literal() {
        handler_shape(handler, cx);
    }
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

/// CloudFormation schema (`AWS::Lambda::Function.Runtime`): one of the runtimes it lists.
fn runtime_known(runtime: &str, cx: &mut Check) {
    if !RUNTIMES.contains(&runtime) {
        cx.push(
            Issue::new(
                "lambda_function.runtime",
                "runtime",
                format!("`runtime` must be a Lambda runtime such as `nodejs22.x`, `python3.13` or `provided.al2023` (got {runtime:?}); CloudFormation rejects it at deploy time (\"is not a valid enum value\")"),
            )
            .value(format!("{runtime:?}")),
        );
    }
}

/// CloudFormation schema (`Handler`): at most 128 characters, no white space (`^[^\s]+$`).
fn handler_shape(handler: &str, cx: &mut Check) {
    if handler.is_empty() || handler.chars().count() > 128 || handler.chars().any(char::is_whitespace) {
        cx.push(
            Issue::new(
                "lambda_function.handler",
                "handler",
                format!("`handler` must be 1 to 128 characters without spaces, such as `index.handler` or `bootstrap` (got {handler:?}); CloudFormation rejects it at deploy time (pattern `^[^\\s]+$`)"),
            )
            .value(format!("{handler:?}")),
        );
    }
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

/// CloudFormation schema (`MemorySize`): 128 to 32768 MiB.
fn memory_size_range(mib: i64, cx: &mut Check) {
    if !(128..=32768).contains(&mib) {
        cx.push(
            Issue::new(
                "lambda_function.memory_size",
                "memory_size",
                format!("`memory_size` must be between 128 and 32768 MiB (got {mib}); CloudFormation rejects it at deploy time (minimum 128, maximum 32768)"),
            )
            .value(mib),
        );
    }
}

/// Lambda: a variable's name is a letter then letters, digits or `_` (the schema's
/// `[a-zA-Z][a-zA-Z0-9_]+`), and not one Lambda reserves.
fn environment_key(key: &str, cx: &mut Check) {
    let path = format!("environment.{key}");
    let mut chars = key.chars();
    let shaped = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && key.len() >= 2
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !shaped {
        cx.push(
            Issue::new(
                "lambda_function.environment.key",
                path,
                format!("an environment variable's name must be a letter followed by letters, digits or `_`, at least 2 characters (got {key:?}); Lambda rejects it at deploy time (pattern `[a-zA-Z][a-zA-Z0-9_]+`)"),
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
