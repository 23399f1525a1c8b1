//! `UserPoolResourceServer` → `AWS::Cognito::UserPoolResourceServer`, as the CDK renders it.

use super::*;
use crate::context::pool;
use crate::context::synth::Synth;
use crate::core::cfn::reference;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::Attr;

impl UserPoolResourceServer {
    /// The `Name` when it is known: the one given, or the identifier.
    pub(crate) fn name(&self) -> Option<&str> {
        match &self.user_pool_resource_server_name {
            Some(name) => name.literal(),
            None => Some(&self.identifier),
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(pool) = pool::pool_node(cx, node, self.user_pool.as_ref()) else {
            return;
        };
        let mut props = Obj::new();
        props.insert("Identifier", self.identifier.clone());
        let name = match &self.user_pool_resource_server_name {
            Some(name) => cx.value(name),
            None => Json::from(self.identifier.clone()),
        };
        props.insert("Name", name);
        props.insert_opt(
            "Scopes",
            self.scopes.as_ref().map(|scopes| {
                Json::Arr(
                    scopes
                        .iter()
                        .map(|s| {
                            let mut o = Obj::new();
                            o.insert("ScopeDescription", s.scope_description.clone());
                            o.insert("ScopeName", s.scope_name.clone());
                            Json::Obj(o)
                        })
                        .collect(),
                )
            }),
        );
        props.insert("UserPoolId", pool::user_pool_id(cx, pool));
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::UserPoolResourceServer");
        resource.insert("Properties", props);
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(resource));
    }
}

/// The attributes a resource server exposes: `user_pool_resource_server_id` (`Ref`).
pub(crate) fn resource_server_attr(cx: &Synth, node: NodeId, attr: &Attr) -> Option<Json> {
    match attr {
        Attr::UserPoolResourceServerId => Some(reference(&cx.logical_id(node, &["Resource"]))),
        _ => None,
    }
}
