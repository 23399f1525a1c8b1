//! Tags: the CDK's `Tags.of(scope).add(key, value)`, which tags every taggable resource
//! below the scope, in each resource type's own form (`UserPoolTags` is a map,
//! `IdentityPoolTags` and `Tags` are lists), sorted by key as the CDK's `TagManager` sorts
//! them: with JavaScript's `localeCompare` (`aa`, `app:tier`, `Owner`), not by code unit.

use std::collections::HashMap;

use super::Stack;
use crate::context::check::{Check, Issue};
use crate::context::synth::Emitted;
use crate::core::collation::LocaleKey;
use crate::core::error::Target;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;

/// Where a resource type takes tags, and in which form.
enum Form {
    Map(&'static str),
    List(&'static str),
}

fn form(resource_type: &str) -> Option<Form> {
    Some(match resource_type {
        "AWS::Cognito::UserPool" => Form::Map("UserPoolTags"),
        "AWS::Cognito::UserPoolReplica" => Form::Map("UserPoolTagsAtCreate"),
        "AWS::Cognito::UserPoolRegionalConfigurationAttachment" => Form::Map("UserPoolTags"),
        "AWS::Cognito::IdentityPool" => Form::List("IdentityPoolTags"),
        "AWS::IAM::Role" | "AWS::Lambda::Function" | "AWS::Logs::LogGroup" => Form::List("Tags"),
        _ => return None,
    })
}

/// The tags of `node`: the stack's, then each enclosing item's, then its own; a key set
/// closer to the resource wins. Sorted by key (`localeCompare`).
fn tags_of(stack: &Stack, node: NodeId) -> Vec<(&str, &str)> {
    let mut chain = Vec::new();
    let mut cur = Some(node);
    while let Some(n) = cur.and_then(|n| stack.node(n)) {
        chain.push(n);
        cur = n.parent();
    }
    let own = chain.iter().rev().flat_map(|n| &n.tags);
    let merged: HashMap<&str, &str> =
        stack.tags().iter().chain(own).map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut tags: Vec<(&str, &str)> = merged.into_iter().collect();
    tags.sort_by_cached_key(|(k, _)| LocaleKey::new(k));
    tags
}

/// Whether the stack or any item has tags.
pub(crate) fn any(stack: &Stack) -> bool {
    !stack.tags().is_empty() || stack.nodes().iter().any(|n| !n.tags.is_empty())
}

/// Adds the tags to every taggable resource, as the CDK renders them.
pub(crate) fn apply(stack: &Stack, resources: &mut Obj, emitted: &Emitted) {
    let position: HashMap<&str, usize> =
        resources.0.iter().enumerate().map(|(i, (k, _))| (k.as_ref(), i)).collect();
    let mut edits = Vec::new();
    for (id, node) in emitted {
        // `Tags.of` tags the L1 classes of taggable types; a bare `CfnResource` is not one.
        if stack.node(*node).is_some_and(|n| !n.item.is_typed()) {
            continue;
        }
        let Some(&i) = position.get(id.as_str()) else { continue };
        let Json::Obj(resource) = &resources.0[i].1 else { continue };
        let Some(form) = resource.get("Type").and_then(Json::as_str).and_then(form) else { continue };
        let tags = tags_of(stack, *node);
        if !tags.is_empty() {
            edits.push((i, form, tags));
        }
    }
    for (i, form, tags) in edits {
        let Json::Obj(resource) = &mut resources.0[i].1 else { continue };
        let (key, value) = match form {
            Form::Map(key) => {
                // The resource's own tags (a replica's `user_pool_tags_at_create`) come first,
                // as the `TagManager`'s initial tags, and the scopes' tags override them.
                let mut map = match resource.get("Properties") {
                    Some(Json::Obj(props)) => match props.get(key) {
                        Some(Json::Obj(own)) => own.clone(),
                        _ => Obj::new(),
                    },
                    _ => Obj::new(),
                };
                for (k, v) in tags {
                    map.insert(k.to_owned(), v.to_owned());
                }
                (key, Json::Obj(map.locale_sorted()))
            }
            Form::List(key) => {
                let list = tags
                    .into_iter()
                    .map(|(k, v)| {
                        let mut tag = Obj::new();
                        tag.push("Key", k.to_owned());
                        tag.push("Value", v.to_owned());
                        Json::Obj(tag)
                    })
                    .collect();
                (key, Json::Arr(list))
            }
        };
        let props = match resource.get_mut("Properties") {
            Some(Json::Obj(props)) => props,
            _ => continue,
        };
        props.insert(key, value);
        *props = std::mem::take(props).sorted();
    }
}

/// CloudFormation (`UserPoolTags`, `IdentityPoolTags`, IAM and Lambda `Tags`): a key is 1 to
/// 128 characters and does not start with the reserved `aws:`; a value is at most 256.
pub(crate) fn check(tags: &[(String, String)], cx: &mut Check) {
    for (k, v) in tags {
        let path = format!("tags.{k}");
        let key_len = crate::core::text::utf16_len(k);
        if key_len == 0 || key_len > 128 || k.to_ascii_lowercase().starts_with("aws:") {
            cx.push(
                Issue::new(
                    "tags.key",
                    path.clone(),
                    format!("a tag key is 1 to 128 characters and cannot start with `aws:`, which AWS reserves (got {k:?}); CloudFormation rejects it at deploy time"),
                )
                .target(Target::Key),
            );
        }
        tag_characters(&path, k, v, cx);
        if crate::core::text::utf16_len(v) > 256 {
            cx.push(
                Issue::new(
                    "tags.value",
                    path,
                    format!("a tag value is at most 256 characters (got {}); CloudFormation rejects it at deploy time", crate::core::text::utf16_len(v)),
                )
                .value(format!("{v:?}")),
            );
        }
    }
}

/// CloudFormation schema (`UserPoolTags` of `AWS::Cognito::UserPool`, the `Tag` of
/// `AWS::IAM::Role`; the tagging rules of AWS): keys and values hold only letters, numbers,
/// white space and `_ . : / = + - @` (`^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`).
fn tag_characters(path: &str, key: &str, value: &str, cx: &mut Check) {
    let Some(pattern) = crate::core::schema::schema_pattern(crate::core::schema::TAG_CHARACTERS) else {
        return;
    };
    for (what, text, target) in [("key", key, Target::Key), ("value", value, Target::Value)] {
        if !pattern.is_match(text) {
            cx.push(
                Issue::new(
                    "tags.characters",
                    path,
                    format!("a tag {what} holds only letters, numbers, spaces and `_ . : / = + - @` (got {text:?}); CloudFormation rejects it at deploy time; remove the other characters"),
                )
                .value(format!("{text:?}"))
                .target(target),
            );
        }
    }
}
