//! Stack synthesizers (`core/lib/stack-synthesizers/`): what a stack's template, manifest
//! entry and asset manifest hold for the bootstrap resources it relies on.

use crate::core::cfn::reference;
use crate::core::json::{Json, Obj};
use crate::stack::Stack;
use crate::stack::settings::Synthesizer;

/// The CDK's default bootstrap qualifier.
pub(crate) const QUALIFIER: &str = "hnb659fds";
/// `MIN_BOOTSTRAP_STACK_VERSION` (deployment and assets) and the lookup role's minimum.
const BOOTSTRAP_VERSION: f64 = 6.0;
const LOOKUP_BOOTSTRAP_VERSION: f64 = 8.0;
const BUCKET: &str = "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}";
const DEPLOY_ROLE: &str = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}";
const CFN_EXEC_ROLE: &str = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}";
const FILE_PUBLISHING_ROLE: &str = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}";
const LOOKUP_ROLE: &str = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}";
const VERSION_PARAMETER: &str = "/cdk-bootstrap/${Qualifier}/version";

/// The synthesizer a stack is rendered with: the one chosen, else by its assets.
pub(crate) fn effective(stack: &Stack) -> Synthesizer {
    stack.synthesizer().unwrap_or_else(|| {
        if super::asset::asset_nodes(stack).next().is_some() {
            Synthesizer::Default
        } else {
            Synthesizer::Bootstrapless
        }
    })
}

/// `StringSpecializer.specialize`: the qualifier, and the stack's account and region where
/// they are known.
pub(crate) fn specialize(template: &str, stack: &Stack) -> String {
    let mut s = template.replace("${Qualifier}", QUALIFIER);
    if let Some(account) = &stack.env().account {
        s = s.replace("${AWS::AccountId}", account);
    }
    if let Some(region) = &stack.env().region {
        s = s.replace("${AWS::Region}", region);
    }
    s
}

/// The bootstrap bucket in a template: a literal, or `Fn::Sub` while a part is unknown.
pub(crate) fn bucket_in_template(stack: &Stack) -> Json {
    let bucket = bucket(stack);
    if bucket.contains("${") { Json::obj1("Fn::Sub", bucket) } else { Json::from(bucket) }
}

pub(crate) fn bucket(stack: &Stack) -> String {
    specialize(BUCKET, stack)
}

pub(crate) fn file_publishing_role(stack: &Stack) -> String {
    specialize(FILE_PUBLISHING_ROLE, stack)
}

pub(crate) fn version_parameter() -> String {
    VERSION_PARAMETER.replace("${Qualifier}", QUALIFIER)
}

/// Adds what the stack's synthesizer puts in its template: under the default synthesizer, the
/// `BootstrapVersion` parameter and the `CheckBootstrapVersion` rule (`addBootstrapVersionRule`),
/// after the stack's own elements.
pub(crate) fn finish_template(stack: &Stack, template: &mut Json) {
    if effective(stack) != Synthesizer::Default {
        return;
    }
    let Json::Obj(root) = template else { return };
    let mut parameter = Obj::new();
    parameter.insert("Type", "AWS::SSM::Parameter::Value<String>");
    parameter.insert("Default", version_parameter());
    parameter.insert(
        "Description",
        "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]",
    );
    push_to_section(root, "Parameters", "BootstrapVersion", parameter);
    let old = Json::strs(["1", "2", "3", "4", "5"]);
    let contains = Json::obj1("Fn::Contains", Json::Arr(vec![old, reference("BootstrapVersion")]));
    let mut assertion = Obj::new();
    assertion.insert("Assert", Json::obj1("Fn::Not", Json::Arr(vec![contains])));
    assertion.insert(
        "AssertDescription",
        "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.",
    );
    let rule = Json::obj1("Assertions", Json::Arr(vec![Json::Obj(assertion)]));
    push_to_section(root, "Rules", "CheckBootstrapVersion", rule);
}

/// Adds `key: value` to the template's section `name`, made at the end when missing.
fn push_to_section(root: &mut Obj, name: &'static str, key: &'static str, value: impl Into<Json>) {
    match root.get_mut(name) {
        Some(Json::Obj(section)) => section.push(key, value),
        _ => root.insert(name, Json::obj1(key, value)),
    }
}

/// The stack's `properties` in `manifest.json`, after `templateFile`, `terminationProtection`
/// and `validateOnSynth`: the roles, and under the default synthesizer the template's object
/// URL, the bootstrap versions and the lookup role.
pub(crate) fn artifact_properties(stack: &Stack, properties: &mut Obj, template_key: Option<&str>) {
    properties.insert("assumeRoleArn", specialize(DEPLOY_ROLE, stack));
    properties.insert("cloudFormationExecutionRoleArn", specialize(CFN_EXEC_ROLE, stack));
    let Some(template_key) = template_key else { return };
    properties.insert("stackTemplateAssetObjectUrl", format!("s3://{}/{template_key}", bucket(stack)));
    properties.insert("requiresBootstrapStackVersion", BOOTSTRAP_VERSION);
    properties.insert("bootstrapStackVersionSsmParameter", version_parameter());
    properties.insert("additionalDependencies", Json::strs([format!("{}.assets", stack.name())]));
    let mut lookup = Obj::new();
    lookup.insert("arn", specialize(LOOKUP_ROLE, stack));
    lookup.insert("requiresBootstrapStackVersion", LOOKUP_BOOTSTRAP_VERSION);
    lookup.insert("bootstrapStackVersionSsmParameter", version_parameter());
    properties.insert("lookupRole", lookup);
}

/// The asset manifest's artifact in `manifest.json`.
pub(crate) fn asset_manifest_artifact(stack: &Stack) -> Json {
    let mut properties = Obj::new();
    properties.insert("file", format!("{}.assets.json", stack.name()));
    properties.insert("requiresBootstrapStackVersion", BOOTSTRAP_VERSION);
    properties.insert("bootstrapStackVersionSsmParameter", version_parameter());
    let mut artifact = Obj::new();
    artifact.insert("type", "cdk:asset-manifest");
    artifact.insert("properties", properties);
    Json::Obj(artifact)
}
