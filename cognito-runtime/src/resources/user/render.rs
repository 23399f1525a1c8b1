//! `user` → `AWS::Cognito::UserPoolUser`, then one `AWS::Cognito::UserPoolUserToGroupAttachment`
//! per group, as the CDK program renders them: `new CfnUserPoolUser(pool, ID, …)`, then, for
//! each group `g`, `new CfnUserPoolUserToGroupAttachment(user, G_ID, { groupName: g.groupName,
//! username: user.ref, userPoolId: pool.userPoolId })`.

use super::UserPoolUser;
use crate::context::cfn::{ToCfn, render_in_pool};
use crate::context::pool::user_pool_id;
use crate::context::synth::Synth;
use crate::core::cfn::reference;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
use crate::core::value::Attr;

impl UserPoolUser {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(props) = self.to_cfn(cx).and_then(Json::into_obj) else { return };
        render_in_pool(cx, node, "AWS::Cognito::UserPoolUser", props);
        // A group listed twice is an error of the check pass; its membership is rendered once.
        let mut seen = Vec::new();
        for group in self.groups.iter().flatten() {
            let Some(group) = cx.resolve(group).filter(|g| !seen.contains(g)) else { continue };
            seen.push(group);
            membership(cx, node, group);
        }
    }
}

/// The membership of the user at `node` in `group`: the attachment's construct id is the
/// group's, below the user.
fn membership(cx: &mut Synth, node: NodeId, group: NodeId) {
    let Some(pool) = cx.facts.parent(node) else { return };
    let Some(group_id) = cx.facts.construct_id(group).map(str::to_owned) else { return };
    let mut props = Obj::new();
    props.insert("GroupName", cx.attr(group, &Attr::GroupName));
    props.insert("UserPoolId", user_pool_id(cx, pool));
    props.insert("Username", reference(&cx.logical_id(node, &[])));
    let mut resource = Obj::new();
    resource.insert("Type", "AWS::Cognito::UserPoolUserToGroupAttachment");
    resource.insert("Properties", props);
    cx.resource(cx.logical_id(node, &[&group_id]), Json::Obj(resource));
}
