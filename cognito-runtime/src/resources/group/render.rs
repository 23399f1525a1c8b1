//! `UserPoolGroup` → `AWS::Cognito::UserPoolGroup`, as the CDK renders it.

use super::*;
use crate::context::pool::{pool_node, user_pool_id};
use crate::context::synth::Synth;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;

impl UserPoolGroup {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(pool) = pool_node(cx, node, self.user_pool.as_ref()) else { return };
        let mut props = Obj::new();
        props.insert_opt("Description", self.description.as_ref().map(|v| cx.value(v)));
        props.insert_opt("GroupName", self.group_name.as_ref().map(|v| cx.value(v)));
        props.insert_opt("Precedence", self.precedence);
        props.insert_opt("RoleArn", self.role.as_ref().map(|r| cx.arn(r)));
        props.insert("UserPoolId", user_pool_id(cx, pool));
        let mut resource = Obj::new();
        resource.insert("Type", "AWS::Cognito::UserPoolGroup");
        resource.insert("Properties", props.sorted());
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(resource));
    }
}
