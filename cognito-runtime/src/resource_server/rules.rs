//! The rules of a resource server: the CDK checks nothing; these are the CloudFormation
//! schema's constraints, which Cognito enforces at deploy time.

use super::*;
use crate::check::{Check, Issue};
use crate::error::Target;
use crate::error::Violation;
use crate::items::Item;
use crate::pool_child;
use crate::rules::is_name_char;
use crate::stack::{Index, NodeId, Stack};
use crate::text::utf16_len;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Runs every rule of a resource server.
pub(crate) fn check(rs: &UserPoolResourceServer, cx: &mut Check) {
    pool_child::check_pool(cx, rs.user_pool.as_ref(), "user_pool_resource_server");
    identifier_schema(rs, cx);
    name_schema(rs, cx);
    scope_count(rs, cx);
    scope_schema(rs, cx);
}

/// The pool a resource server belongs to, without reporting anything (its own check does).
pub(crate) fn pool_of(cx: &Check, node: NodeId, rs: &UserPoolResourceServer) -> Option<NodeId> {
    match &rs.user_pool {
        Some(r) => cx.index.resolve(cx.stack, r),
        None => cx.stack.node(node).and_then(|n| n.parent),
    }
    .filter(|p| {
        cx.stack.node(*p).is_some_and(|n| matches!(n.item, Item::UserPool(_) | Item::ImportedUserPool(_)))
    })
}

/// Finds, in one pass over the stack, the resource servers whose pool already has one with
/// their identifier.
pub(crate) fn duplicate_identifiers(stack: &Stack, index: &Index, out: &mut Vec<Violation>) {
    let mut first: HashMap<(NodeId, &str), NodeId> = HashMap::new();
    for (i, node) in stack.nodes().iter().enumerate() {
        let Item::ResourceServer(rs) = &node.item else { continue };
        // An empty identifier is a placeholder for `(EXPR)` or already wrong.
        if rs.identifier.is_empty() {
            continue;
        }
        let mut cx = Check::new(stack, index, Some(NodeId(i)), out);
        let Some(pool) = pool_of(&cx, NodeId(i), rs) else { continue };
        match first.entry((pool, rs.identifier.as_str())) {
            Entry::Vacant(e) => {
                e.insert(NodeId(i));
            }
            Entry::Occupied(e) => duplicate_identifier(rs, *e.get(), &mut cx),
        }
    }
}

/// CloudFormation schema (`primaryIdentifier`: `UserPoolId` and `Identifier`): a pool's
/// resource servers have distinct identifiers; CloudFormation fails the second one.
fn duplicate_identifier(rs: &UserPoolResourceServer, first: NodeId, cx: &mut Check) {
    let id = &rs.identifier;
    cx.push(
        Issue::new(
            "resource_server.identifier.duplicate",
            "identifier",
            format!(
                "`identifier` must differ from the identifiers of the pool's other resource servers, but `{}` has it too (got {id:?}); CloudFormation fails the second at deploy time (\"… already exists …\"; cfn-lint E3019: \"Primary identifiers … should have unique values across the resources\"): give each resource server its own identifier",
                cx.stack.path(first).join("/")
            ),
        )
        .value(format!("{id:?}"))
        .reads(first, "identifier"),
    );
}

/// `[\x21\x23-\x5B\x5D-\x7E]`: printable ASCII without space, `"` and `\`.
fn is_identifier_char(c: char) -> bool {
    matches!(c, '\x21' | '\x23'..='\x5B' | '\x5D'..='\x7E')
}

/// CloudFormation schema (`Identifier`: 1 to 256 characters of `[\x21\x23-\x5B\x5D-\x7E]`).
fn identifier_schema(rs: &UserPoolResourceServer, cx: &mut Check) {
    identifier_shape(&rs.identifier, "identifier", "Cognito rejects it at deploy time", cx);
}

/// The rules of an imported resource server: its id is an identifier, which the CloudFormation
/// schema shapes (`Identifier`).
pub(crate) fn check_imported(rs: &ImportedUserPoolResourceServer, cx: &mut Check) {
    let path = "from_user_pool_resource_server_id";
    cx.value(path, &rs.user_pool_resource_server_id);
    if let Some(text) = rs.user_pool_resource_server_id.literal() {
        let why = "no resource server can have this identifier, so it names no existing resource server";
        identifier_shape(text, path, why, cx);
    }
}

/// An identifier at `path` is 1 to 256 of `[\x21\x23-\x5B\x5D-\x7E]`; `why` ends the message.
fn identifier_shape(text: &str, path: &str, why: &str, cx: &mut Check) {
    let len = utf16_len(text);
    if len == 0 || len > 256 || !text.chars().all(is_identifier_char) {
        cx.push(
            Issue::new(
                "resource_server.identifier",
                path,
                format!(
                    "`{path}` must be 1 to 256 printable ASCII characters without spaces, `\"` or `\\` (got {text:?}); {why}"
                ),
            )
            .value(format!("{text:?}")),
        );
    }
}

/// CloudFormation schema and Cognito (`Name`: 1 to 256 characters of `[\w\s+=,.@-]`), for the
/// name given or the identifier the CDK uses in its place.
fn name_schema(rs: &UserPoolResourceServer, cx: &mut Check) {
    if let Some(name) = &rs.user_pool_resource_server_name {
        cx.value("user_pool_resource_server_name", name);
    }
    let Some(name) = rs.name() else { return };
    let len = utf16_len(name);
    if len > 0 && len <= 256 && name.chars().all(is_name_char) {
        return;
    }
    let quote = "Cognito rejects it at deploy time (\"Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+\")";
    let issue = match &rs.user_pool_resource_server_name {
        Some(_) => Issue::new(
            "resource_server.name",
            "user_pool_resource_server_name",
            format!("`user_pool_resource_server_name` must be 1 to 256 letters, digits, spaces or `_+=,.@-` (got {name:?}); {quote}"),
        )
        .value(format!("{name:?}")),
        None => Issue::new(
            "resource_server.name",
            "identifier",
            format!(
                "without `user_pool_resource_server_name`, the CDK names the resource server after its identifier {name:?}, but a name must be 1 to 256 letters, digits, spaces or `_+=,.@-`; {quote}. Add `user_pool_resource_server_name`"
            ),
        )
        .target(Target::Key),
    };
    cx.push(issue);
}

/// CloudFormation schema (`Scopes`: at most 100).
fn scope_count(rs: &UserPoolResourceServer, cx: &mut Check) {
    let Some(scopes) = &rs.scopes else { return };
    if scopes.len() > 100 {
        cx.push(
            Issue::new(
                "resource_server.scopes.count",
                "scopes",
                format!(
                    "a resource server can have at most 100 scopes (got {}); CloudFormation rejects it at deploy time",
                    scopes.len()
                ),
            )
            .target(Target::Key),
        );
    }
}

/// CloudFormation schema (`ScopeName`: 1 to 256 characters of `[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]`,
/// so no `/`; `ScopeDescription`: 1 to 256 characters), and one scope per name.
fn scope_schema(rs: &UserPoolResourceServer, cx: &mut Check) {
    let mut seen: Vec<&str> = Vec::new();
    for s in rs.scopes.iter().flatten() {
        let path = format!("scopes.{}", s.scope_name);
        let name = s.scope_name.as_str();
        let len = utf16_len(name);
        let problem = if len == 0 || len > 256 || !name.chars().all(|c| is_identifier_char(c) && c != '/') {
            Some((
                Target::Key,
                format!(
                    "scope name {name:?} must be 1 to 256 printable ASCII characters without spaces, `/`, `\"` or `\\`"
                ),
            ))
        } else if seen.contains(&name) {
            Some((Target::Key, format!("scope {name:?} is declared twice; keep one")))
        } else {
            let dlen = utf16_len(&s.scope_description);
            (dlen == 0 || dlen > 256).then(|| {
                (
                    Target::Value,
                    format!("the description of scope {name:?} must be 1 to 256 characters (got {dlen})"),
                )
            })
        };
        seen.push(name);
        if let Some((target, problem)) = problem {
            cx.push(
                Issue::new(
                    "resource_server.scope",
                    path,
                    format!("{problem}; CloudFormation rejects it at deploy time"),
                )
                .target(target),
            );
        }
    }
}
