//! CloudFormation's limits per stack, on the final template (exports and the synthesizer's
//! parameter included): 500 resources, 200 outputs, 200 parameters, 1 MB of template; and the
//! 51,200 bytes above which a template cannot be passed inline (a warning).

use super::report::Diagnostic;
use crate::context::check::{Check, Issue};
use crate::core::json::Json;
use crate::stack::Stack;
use crate::stack::view::View;

const MAX_RESOURCES: usize = 500;
const MAX_OUTPUTS: usize = 200;
const MAX_PARAMETERS: usize = 200;
/// The largest template CloudFormation reads from S3 (the CDK's `TEMPLATE_BODY_MAXIMUM_SIZE`).
const MAX_TEMPLATE_BYTES: usize = 1_000_000;
/// The largest template `--template-body` takes.
const MAX_INLINE_BYTES: usize = 51_200;

/// Checks the limits of stack `i` on its final template and the size of its text as written
/// (`bytes`).
pub(crate) fn check(i: usize, stack: &Stack, template: &Json, bytes: usize, findings: &mut Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let view = View::new(stack);
    let mut cx = Check::new(&view, None, &mut errors);
    let count = |section: &str| match template {
        Json::Obj(root) => match root.get(section) {
            Some(Json::Obj(o)) => o.0.len(),
            _ => 0,
        },
        _ => 0,
    };
    resources(stack, count("Resources"), &mut cx);
    outputs(stack, count("Outputs"), &mut cx);
    parameters(stack, count("Parameters"), &mut cx);
    template_size(stack, bytes, &mut cx);
    let mut warnings = Vec::new();
    inline_size(stack, bytes, &mut Check::new(&view, None, &mut warnings));
    findings.extend(errors.into_iter().map(|v| Diagnostic::error(i, stack.name(), v)));
    findings.extend(warnings.into_iter().map(|v| Diagnostic::warning(i, stack.name(), v)));
}

/// AWS CDK `Stack` ("Number of resources in stack … is greater than allowed maximum of 500")
/// and CloudFormation's quota: at most 500 resources in a stack.
fn resources(stack: &Stack, n: usize, cx: &mut Check) {
    if n > MAX_RESOURCES {
        let message = format!(
            "stack `{}` has {n} resources, more than the {MAX_RESOURCES} CloudFormation allows in one stack (the CDK: \"Number of resources … is greater than allowed maximum of 500\"); split it: move items into another stack of the app",
            stack.name()
        );
        cx.push(Issue::new("stack.limit.resources", "", message).value(n));
    }
}

/// CloudFormation quota ("Template format error: Number of outputs exceeds the limit"): at
/// most 200 outputs in a stack, exports included.
fn outputs(stack: &Stack, n: usize, cx: &mut Check) {
    if n > MAX_OUTPUTS {
        let message = format!(
            "stack `{}` has {n} outputs (exports for other stacks included), more than the {MAX_OUTPUTS} CloudFormation allows; CloudFormation rejects it at deploy time (\"Number of outputs exceeds the limit\"); split the stack, so each part exports less",
            stack.name()
        );
        cx.push(Issue::new("stack.limit.outputs", "", message).value(n));
    }
}

/// CloudFormation quota ("Template format error: Number of parameters exceeds the limit"): at
/// most 200 parameters in a stack.
fn parameters(stack: &Stack, n: usize, cx: &mut Check) {
    if n > MAX_PARAMETERS {
        let message = format!(
            "stack `{}` has {n} parameters, more than the {MAX_PARAMETERS} CloudFormation allows; CloudFormation rejects it at deploy time (\"Number of parameters exceeds the limit\"); split the stack",
            stack.name()
        );
        cx.push(Issue::new("stack.limit.parameters", "", message).value(n));
    }
}

/// AWS CDK `Stack` ("Template size exceeds limit") and CloudFormation's quota: a template of
/// at most 1 MB, even from S3.
fn template_size(stack: &Stack, bytes: usize, cx: &mut Check) {
    if bytes > MAX_TEMPLATE_BYTES {
        let message = format!(
            "the template of stack `{}` is {bytes} bytes, more than the {MAX_TEMPLATE_BYTES} CloudFormation reads (the CDK: \"Template size exceeds limit\"); split the stack: move items into another stack of the app",
            stack.name()
        );
        cx.push(Issue::new("stack.limit.template_size", "", message).value(bytes));
    }
}

/// CloudFormation quota (`--template-body`: 51,200 bytes): a larger template deploys only
/// from an S3 bucket. A warning: `cdk deploy` uploads it for you.
fn inline_size(stack: &Stack, bytes: usize, cx: &mut Check) {
    if bytes > MAX_INLINE_BYTES && bytes <= MAX_TEMPLATE_BYTES {
        let message = format!(
            "the template of stack `{}` is {bytes} bytes, more than the {MAX_INLINE_BYTES} `aws cloudformation deploy --template-file` passes inline; deploy it with `cdk deploy --app DIR` (which uploads it to the bootstrap bucket: `cdk bootstrap` once per account and region), or with `aws cloudformation deploy --s3-bucket BUCKET`",
            stack.name()
        );
        cx.push(Issue::new("stack.template_size.inline", "", message).value(bytes));
    }
}
