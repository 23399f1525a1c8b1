//! `AWS::Cognito::UserPoolUser` → `user ID { … }` in its pool, the inverse of
//! `resources/user/render.rs`: the user with one `UserPoolUserToGroupAttachment` below it
//! per group, named by the group's construct id.

use super::{Item, Setting, item_name, prop, ref_id};
use crate::json::Json;
use crate::print::string;
use crate::template::{Resource, Template};
use crate::tree::Node;

pub fn lift(node: &Node, main: usize, r: &Resource, t: &Template) -> Option<Item> {
    let mut item = Item::new("user", &node.id, main);
    if let Some(name @ Json::Str(_)) = prop(r, "Username") {
        item.json("username", name);
    }
    if let Some(attributes) = prop(r, "UserAttributes") {
        item.map("user_attributes", name_values(attributes)?);
    }
    if let Some(Json::Arr(mediums)) = prop(r, "DesiredDeliveryMediums") {
        let words: Option<Vec<&str>> = mediums.iter().map(Json::as_str).collect();
        item.text("desired_delivery_mediums", format!("[{}]", words?.join(", ")));
    }
    if let Some(Json::Str(action)) = prop(r, "MessageAction") {
        item.text("message_action", action.clone());
    }
    if let Some(b @ Json::Bool(_)) = prop(r, "ForceAliasCreation") {
        item.json("force_alias_creation", b);
    }
    if let Some(metadata @ Json::Obj(_)) = prop(r, "ClientMetadata") {
        item.json("client_metadata", metadata);
    }
    if let Some(data) = prop(r, "ValidationData") {
        item.map("validation_data", name_values(data)?);
    }
    let groups =
        node.children.iter().map(|c| group(c, r, t, &mut item.before)).collect::<Option<Vec<_>>>()?;
    if !groups.is_empty() {
        item.text("groups", format!("[{}]", groups.join(", ")));
    }
    Some(item)
}

/// `[{ "Name": n, "Value": v }, …]` as the map `{ n: v, … }`.
fn name_values(list: &Json) -> Option<Vec<(String, Setting)>> {
    let Json::Arr(entries) = list else { return None };
    entries
        .iter()
        .map(|e| {
            let name = e.get("Name")?.as_str()?;
            let value = e.get("Value").filter(|v| v.as_str().is_some())?;
            Some((crate::print::name(name), Setting::Json(value.clone())))
        })
        .collect()
}

/// The group a membership (`CfnUserPoolUserToGroupAttachment` named by the group's id) is
/// of: a group of the block, or one imported by its name (declared before the pool).
fn group(node: &Node, user: &Resource, t: &Template, before: &mut Vec<String>) -> Option<String> {
    let attachment = t.resources.get(node.resource?).filter(|_| node.children.is_empty())?;
    let username = Json::Obj(vec![("Ref".into(), Json::Str(user.logical_id.clone()))]);
    if attachment.kind != "AWS::Cognito::UserPoolUserToGroupAttachment"
        || prop(attachment, "Username") != Some(&username)
    {
        return None;
    }
    match prop(attachment, "GroupName")? {
        // The import's construct id names the membership, so it must be written bare.
        Json::Str(name) if crate::print::is_ident(&node.id) => {
            before.push(format!("user_pool_group {} = from_group_name({});", node.id, string(name)));
            Some(node.id.clone())
        }
        Json::Str(_) => None,
        group => {
            // A group nested in the pool is referred to by its own name (`_123abc` for the
            // group `_123abc as "123abc"`), found in the nearest scope; its construct id names
            // the membership.
            let id = ref_id(group)?;
            let resource = t.resources.iter().find(|r| r.logical_id == id)?;
            let construct = resource.path.iter().rev().nth(1)?;
            let name = item_name(t, id)?;
            let own = name.rsplit('.').next()?;
            (*construct == node.id).then(|| own.to_string())
        }
    }
}
