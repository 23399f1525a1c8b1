//! `lambda_function`: an `aws_lambda.Function` with inline code, as the CDK renders it
//! (`AWS::Lambda::Function` and its `ServiceRole`).

mod rules;

use crate::context::check::{Check, Issue};
use crate::context::grants::default_policy;
use crate::context::synth::Synth;
use crate::core::asset::{StagedAsset, unhashed_key};
use crate::core::cfn::{concat, get_att, policy_document, reference};
use crate::core::duration::{Duration, TimeUnit};
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::table::{Walk, Walker};
use crate::core::value::Value;

/// The props table of `lambda_function`: the single source of its fields (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __lambda_props {
    ($cb:path) => {
        $cb! {
        /// The props of a Lambda function.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct LambdaFunction "lambda_function" {
            /// `runtime`, e.g. `"nodejs20.x"`.
            [required] runtime: Value => lambda_runtime,
            /// `handler`, e.g. `"index.handler"`.
            [required] handler: Value,
            /// `code`.
            [required] code: Code,
            /// `timeout`: whole seconds.
            timeout: Option<Duration>,
            /// `memorySize` in MiB.
            memory_size: Option<i64>,
            /// `description`.
            description: Option<Value>,
            /// `functionName`.
            function_name: Option<Value>,
            /// `environment` variables, in the order written.
            environment: Option<Vec<(String, Value)>>,
            /// `architecture`: the instruction set (`Architectures`); the service's default is x86_64.
            architecture: Option<Architecture>,
        }

        /// `architecture`: `lambda.Architecture.X86_64` or `ARM_64`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum Architecture "Architecture" {
            /// `X86_64` (`x86_64`).
            #[default]
            X86_64 = X86_64,
            /// `ARM_64` (`arm64`): Graviton.
            Arm64 = ARM_64,
        }
        }
    };
}

__lambda_props!(crate::define_props);

impl Architecture {
    /// The name CloudFormation takes.
    pub fn name(self) -> &'static str {
        match self {
            Architecture::X86_64 => "x86_64",
            Architecture::Arm64 => "arm64",
        }
    }
}

/// `code`.
#[derive(Clone, Debug, PartialEq)]
pub enum Code {
    /// `Code.fromInline(source)`.
    Inline(String),
    /// `Code.fromAsset(path)`: a directory (zipped on upload) or a `.zip` file, hashed and
    /// staged when the cloud assembly is written; a relative path is taken from the current
    /// directory, as Node's `path.resolve` takes it.
    Asset(std::path::PathBuf),
    /// `Code.fromBucket(bucket, key)`: an object already uploaded.
    FromBucket {
        /// The bucket's name.
        bucket: Value,
        /// The object's key.
        key: Value,
    },
}

impl Default for Code {
    fn default() -> Code {
        Code::Inline(String::new())
    }
}

impl LambdaFunction {
    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        rules::check(self, cx);
        if let Code::Inline(source) = &self.code {
            inline_code_not_empty(source, cx);
        }
        if let Some(t) = self.timeout {
            timeout_whole_seconds(t, cx);
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let role_id = cx.logical_id(node, &["ServiceRole", "Resource"]);
        let mut statement = Obj::new();
        statement.insert("Action", "sts:AssumeRole");
        statement.insert("Effect", "Allow");
        statement.insert("Principal", Json::obj1("Service", "lambda.amazonaws.com"));
        let mut role_props = Obj::new();
        role_props.insert("AssumeRolePolicyDocument", policy_document(vec![Json::Obj(statement)]));
        role_props.insert(
            "ManagedPolicyArns",
            Json::Arr(vec![concat(vec![
                "arn:".into(),
                reference("AWS::Partition"),
                ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole".into(),
            ])]),
        );
        let mut role = Obj::new();
        role.insert("Type", "AWS::IAM::Role");
        role.insert("Properties", role_props);
        cx.resource(role_id.clone(), Json::Obj(role));
        // The function waits for its role's default policy, listed first (sorted by path).
        let mut depends_on = Vec::new();
        depends_on.extend(default_policy(cx, node, &["ServiceRole", "Resource"]));
        depends_on.push(role_id.clone());

        let mut props = Obj::new();
        props.insert_opt("Architectures", self.architecture.map(|a| Json::strs([a.name()])));
        props.insert("Code", code(&self.code, cx));
        props.insert_opt("Description", self.description.as_ref().map(|v| cx.value(v)));
        if let Some(env) = &self.environment {
            let mut vars = Obj::new();
            for (k, v) in env {
                vars.insert(k.clone(), cx.value(v));
            }
            props.insert("Environment", Json::obj1("Variables", vars));
        }
        props.insert_opt("FunctionName", self.function_name.as_ref().map(|v| cx.value(v)));
        props.insert("Handler", cx.value(&self.handler));
        props.insert_opt("MemorySize", self.memory_size);
        props.insert("Role", get_att(&role_id, "Arn"));
        props.insert("Runtime", cx.value(&self.runtime));
        props.insert_opt("Timeout", self.timeout.and_then(|t| t.whole(TimeUnit::Seconds)).map(|s| s as f64));
        let mut function = Obj::new();
        function.insert("Type", "AWS::Lambda::Function");
        function.insert("Properties", props);
        function.insert("DependsOn", Json::strs(depends_on));
        let function_id = cx.logical_id(node, &["Resource"]);
        cx.resource(function_id.clone(), Json::Obj(function));
        if cx.facts.flags().lambda_log_groups {
            managed_log_group(cx, node, &function_id);
        }
    }
}

/// AWS CDK `@aws-cdk/aws-lambda:useCdkManagedLogGroup`: the function's own log group,
/// `/aws/lambda/<function name>`, kept two years and retained when removed.
fn managed_log_group(cx: &mut Synth, node: NodeId, function_id: &str) {
    let mut props = Obj::new();
    props.insert("LogGroupName", concat(vec!["/aws/lambda/".into(), reference(function_id)]));
    props.insert("RetentionInDays", 731_u32);
    let mut group = Obj::new();
    group.insert("Type", "AWS::Logs::LogGroup");
    group.insert("Properties", props);
    group.insert("UpdateReplacePolicy", "Retain");
    group.insert("DeletionPolicy", "Retain");
    cx.resource(cx.logical_id(node, &["LogGroup", "Resource"]), Json::Obj(group));
}

/// A function's `Code` as the template has it: an asset in the bucket the synthesizer
/// publishes to, under the key its hash gives.
fn code(code: &Code, cx: &Synth) -> Json {
    match code {
        Code::Inline(source) => Json::obj1("ZipFile", source.clone()),
        Code::Asset(path) => {
            let mut o = Obj::new();
            o.insert("S3Bucket", cx.asset_bucket());
            let key = cx.asset(path).map_or_else(|| unhashed_key(path), StagedAsset::object_key);
            o.insert("S3Key", key);
            Json::Obj(o)
        }
        Code::FromBucket { bucket, key } => {
            let mut o = Obj::new();
            o.insert("S3Bucket", cx.value(bucket));
            o.insert("S3Key", cx.value(key));
            Json::Obj(o)
        }
    }
}

/// AWS CDK `InlineCode`: inline code cannot be empty.
fn inline_code_not_empty(source: &str, cx: &mut Check) {
    if source.is_empty() {
        cx.push(Issue::new(
            "lambda_function.code.empty",
            "code",
            "`code` must not be empty: give the function's source, e.g. `inline(\"exports.handler = async () => {}\")`",
        ));
    }
}

/// AWS CDK `Function`: `timeout.toSeconds()` must be a whole number of seconds.
fn timeout_whole_seconds(timeout: Duration, cx: &mut Check) {
    if timeout.whole(TimeUnit::Seconds).is_none() {
        cx.push(
            Issue::new(
                "lambda_function.timeout.whole_seconds",
                "timeout",
                format!("`timeout` must be a whole number of seconds (got {timeout})"),
            )
            .value(timeout),
        );
    }
}

/// Inline source is a literal.
impl Walk for Code {
    fn walk(&self, _: &mut Walker) {}
}
