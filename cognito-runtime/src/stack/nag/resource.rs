//! The resources of a rendered template as the rules see them: type, properties, construct
//! path, the item that emitted each, and the settings that made it exist.

use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::stack::Stack;
use crate::stack::item::Item;
use crate::stack::rendered::Rendered;

/// One resource of the template (cdk-nag's `CfnResource` node).
pub(crate) struct Resource<'a> {
    /// `AWS::Cognito::UserPool`.
    pub kind: &'a str,
    pub props: Option<&'a Obj>,
    /// `Stack/myuserpool/Resource`.
    pub construct_path: String,
    /// The item whose render emitted it.
    pub node: NodeId,
    /// Settings that decide whether the resource exists and what it holds, beyond the ones
    /// a rule reads itself.
    made_by: Vec<(NodeId, String)>,
}

impl Resource<'_> {
    /// The property `key`, as rendered.
    pub fn prop(&self, key: &str) -> Option<&Json> {
        self.props.and_then(|p| p.get(key))
    }

    /// What a verdict of a rule that reads the item's setting `setting` depends on.
    pub fn reads(&self, setting: &str) -> Vec<(NodeId, String)> {
        let own = (!setting.is_empty()).then(|| (self.node, setting.to_owned()));
        own.into_iter().chain(self.made_by.iter().cloned()).collect()
    }
}

/// The template's resources, in template order.
pub(crate) fn resources<'a>(stack: &Stack, rendered: &'a Rendered) -> Vec<Resource<'a>> {
    let Json::Obj(root) = &rendered.template else { return Vec::new() };
    let Some(Json::Obj(section)) = root.get("Resources") else { return Vec::new() };
    let mut out = Vec::with_capacity(rendered.resources.len());
    for (logical_id, node) in &rendered.resources {
        // cdk-nag's rules match the L1 classes (`instanceof CfnUserPool`): a bare
        // `CfnResource` matches none, whatever its type.
        if stack.node(*node).is_some_and(|n| !n.item.is_typed()) {
            continue;
        }
        let resource = rendered.originals.get(logical_id).or_else(|| section.get(logical_id));
        let (Some(Json::Obj(resource)), Some(below)) = (resource, rendered.paths.get(logical_id)) else {
            continue;
        };
        let Some(kind) = resource.get("Type").and_then(Json::as_str) else { continue };
        let props = match resource.get("Properties") {
            Some(Json::Obj(p)) => Some(p),
            _ => None,
        };
        out.push(Resource {
            kind,
            props,
            construct_path: format!("{}/{below}", stack.name()),
            node: *node,
            made_by: made_by(stack, *node, below),
        });
    }
    out
}

/// The settings behind a resource that an item emits only in some configurations, or whose
/// content comes from other items: a pool's automatic SMS role, a role's default policy.
fn made_by(stack: &Stack, node: NodeId, below: &str) -> Vec<(NodeId, String)> {
    let Some(item) = stack.node(node).map(|n| &n.item) else { return Vec::new() };
    match item {
        Item::UserPool(_) if below.ends_with("/smsRole/Resource") => {
            ["sms_role", "enable_sms_role", "mfa", "mfa_second_factor", "sign_in_aliases", "auto_verify"]
                .into_iter()
                .map(|s| (node, s.to_owned()))
                .collect()
        }
        Item::Role(_) | Item::LambdaFunction(_) if below.ends_with("/DefaultPolicy/Resource") => {
            grants_to(stack, node)
        }
        _ => Vec::new(),
    }
}

/// The settings of the grants that give `grantee` its default policy: their actions, and the
/// pool whose ARN is the resource (an imported pool's id or ARN).
fn grants_to(stack: &Stack, grantee: NodeId) -> Vec<(NodeId, String)> {
    let mut out = Vec::new();
    let names = crate::stack::scope::names(stack);
    for (id, n) in stack.ids().zip(stack.nodes()) {
        let Item::Grant(grant) = &n.item else { continue };
        let target = stack.lookup(&names, Some(id), &grant.grantee).found();
        if target != Some(grantee) {
            continue;
        }
        out.push((id, "actions".to_owned()));
        if let Some(pool) = n.parent() {
            out.push((pool, "from_user_pool_id".to_owned()));
            out.push((pool, "from_user_pool_arn".to_owned()));
        }
    }
    out
}
