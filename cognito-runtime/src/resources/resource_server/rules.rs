//! The rules of a resource server: the CDK checks nothing; these are the CloudFormation
//! schema's constraints, which Cognito enforces at deploy time.

use super::*;
use crate::context::check::{Check, Issue};
use crate::context::facts::{Facts, ResourceServerFacts};
use crate::context::pool;
use crate::context::rules::is_name_char;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::text::utf16_len;

/// Runs every rule of a resource server.
pub(crate) fn check(rs: &UserPoolResourceServer, cx: &mut Check) {
    cx.values(rs);
    pool::check_pool(cx, rs.user_pool.as_ref(), "user_pool_resource_server");
    identifier_schema(rs, cx);
    name_schema(rs, cx);
    scope_count(rs, cx);
    scope_schema(rs, cx);
}

/// The pool a resource server belongs to, without reporting anything (its own check does).
pub(crate) fn pool_of(facts: &dyn Facts, node: NodeId, rs: &UserPoolResourceServer) -> Option<NodeId> {
    match &rs.user_pool {
        Some(r) => facts.resolve(r),
        None => facts.parent(node),
    }
    .filter(|p| facts.kind(*p) == Some("user_pool"))
}

/// What an app client's scopes know of the resource server at `node`.
pub(crate) fn server_facts<'a>(
    facts: &dyn Facts,
    node: NodeId,
    rs: &'a UserPoolResourceServer,
) -> ResourceServerFacts<'a> {
    ResourceServerFacts {
        pool: pool_of(facts, node, rs),
        scopes: rs.scopes.as_ref().map(|s| s.iter().map(|s| s.scope_name.as_str()).collect()),
    }
}

/// CloudFormation schema (`primaryIdentifier`: `UserPoolId` and `Identifier`): a pool's
/// resource servers have distinct identifiers; CloudFormation fails the second one.
pub(crate) fn duplicate_identifier(rs: &UserPoolResourceServer, first: NodeId, cx: &mut Check) {
    let id = &rs.identifier;
    cx.push(
        Issue::new(
            "resource_server.identifier.duplicate",
            "identifier",
            format!(
                "`identifier` must differ from the identifiers of the pool's other resource servers, but `{}` has it too (got {id:?}); CloudFormation fails the second at deploy time (\"… already exists …\"; cfn-lint E3019: \"Primary identifiers … should have unique values across the resources\"): give each resource server its own identifier",
                cx.facts.path(first).join("/")
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
