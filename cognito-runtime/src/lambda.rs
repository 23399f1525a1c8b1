//! `lambda_function`: an `aws_lambda.Function` with inline code, as the CDK renders it
//! (`AWS::Lambda::Function` and its `ServiceRole`).

use crate::check::{Check, Issue};
use crate::duration::{Duration, TimeUnit};
use crate::iam::policy_document;
use crate::json::{Json, Obj};
use crate::stack::{NodeId, Synth, get_att};
use crate::value::Value;

/// The props of a Lambda function.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LambdaFunction {
    /// `runtime`, e.g. `"nodejs20.x"`.
    pub runtime: Value,
    /// `handler`, e.g. `"index.handler"`.
    pub handler: Value,
    /// `code`.
    pub code: Code,
    /// `timeout`: whole seconds.
    pub timeout: Option<Duration>,
    /// `memorySize` in MiB.
    pub memory_size: Option<i64>,
    /// `description`.
    pub description: Option<Value>,
    /// `functionName`.
    pub function_name: Option<Value>,
    /// `environment` variables, in the order written.
    pub environment: Option<Vec<(String, Value)>>,
}

/// `code`.
#[derive(Clone, Debug, PartialEq)]
pub enum Code {
    /// `Code.fromInline(source)`.
    Inline(String),
}

impl Default for Code {
    fn default() -> Code {
        Code::Inline(String::new())
    }
}

impl LambdaFunction {
    pub(crate) fn check(&self, cx: &mut Check) {
        cx.value("runtime", &self.runtime);
        cx.value("handler", &self.handler);
        runtime_known(&self.runtime, cx);
        handler_schema(&self.handler, cx);
        if let Some(m) = self.memory_size {
            memory_size_range(m, cx);
        }
        let Code::Inline(source) = &self.code;
        inline_code_not_empty(source, cx);
        if let Some(t) = self.timeout {
            timeout_whole_seconds(t, cx);
        }
        for (key, value) in self.environment.iter().flatten() {
            cx.value(&format!("environment.{key}"), value);
        }
        environment_names(self.environment.as_deref().unwrap_or_default(), cx);
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
            Json::Arr(vec![crate::stack::concat(vec![
                "arn:".into(),
                crate::stack::reference("AWS::Partition"),
                ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole".into(),
            ])]),
        );
        let mut role = Obj::new();
        role.insert("Type", "AWS::IAM::Role");
        role.insert("Properties", role_props);
        cx.resource(role_id.clone(), Json::Obj(role));
        // The function waits for its role's default policy, listed first (sorted by path).
        let mut depends_on = Vec::new();
        depends_on.extend(crate::grant::default_policy(cx, node, &["ServiceRole", "Resource"]));
        depends_on.push(role_id.clone());

        let Code::Inline(source) = &self.code;
        let mut props = Obj::new();
        props.insert("Code", Json::obj1("ZipFile", source.clone()));
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
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(function));
    }
}

/// CloudFormation schema (`AWS::Lambda::Function.Runtime`): a runtime Lambda names.
fn runtime_known(runtime: &Value, cx: &mut Check) {
    let property = ("AWS::Lambda::Function", ["Runtime"].as_slice());
    crate::schema::check::literal(cx, "lambda_function.runtime", "runtime", property, runtime);
}

/// CloudFormation schema (`AWS::Lambda::Function.Handler`): at most 128 characters, none of
/// them white space, and not empty.
fn handler_schema(handler: &Value, cx: &mut Check) {
    let property = ("AWS::Lambda::Function", ["Handler"].as_slice());
    crate::schema::check::literal(cx, "lambda_function.handler", "handler", property, handler);
}

/// AWS Lambda API (`Environment.Variables` keys: `[a-zA-Z]([a-zA-Z0-9_])+`, a whole-name
/// match; the CloudFormation schema checks the same pattern only somewhere in the name): a
/// letter, then one or more letters, digits or `_`.
fn environment_names(environment: &[(String, Value)], cx: &mut Check) {
    let valid = |name: &str| {
        let mut chars = name.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.len() >= 2
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    for (name, _) in environment.iter().filter(|(name, _)| !valid(name)) {
        cx.push(
            Issue::new(
                "lambda_function.environment.name",
                format!("environment.{name}"),
                format!("an environment variable's name is a letter followed by one or more letters, digits or `_` (got {name:?}); Lambda rejects it at deploy time; rename it"),
            )
            .value(format!("{name:?}"))
            .target(crate::error::Target::Key),
        );
    }
}

/// CloudFormation schema (`AWS::Lambda::Function.MemorySize`): the schema's range of MiB.
fn memory_size_range(memory_size: i64, cx: &mut Check) {
    let property = ("AWS::Lambda::Function", ["MemorySize"].as_slice());
    crate::schema::check::integer(cx, "lambda_function.memory_size", "memory_size", property, memory_size);
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
