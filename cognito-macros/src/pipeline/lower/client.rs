//! The key tables of `user_pool_client` (`client` in a pool), `user_pool_resource_server`
//! (`resource_server` in a pool) and the blocks inside them.

use cognito_runtime::Value as CfnValue;
use cognito_runtime::*;

use super::enums::lower_enum;
use super::{Lower, Lx, deferrable, free_map};
use crate::pipeline::ast::{Arg, Entry, Value, ValueKind};

/// The function a call names, without the type in front (`OAuthScope::custom` → `custom`);
/// `None` when the type is another one.
fn call_name(path: &[syn::Ident], type_name: &str, lx: &mut Lx) -> Option<String> {
    match path {
        [f] => Some(f.to_string()),
        [t, f] if *t == type_name => Some(f.to_string()),
        [t, ..] => {
            lx.error(t.span(), t.span(), format!("expected a `{type_name}`, found a member of `{t}`"));
            None
        }
        [] => None,
    }
}

/// The arguments of a call, which must be `n` positional values.
pub(super) fn positional<'a>(
    args: &'a [Arg],
    n: usize,
    v: &Value,
    usage: &str,
    lx: &mut Lx,
) -> Option<Vec<&'a Value>> {
    if args.len() != n || args.iter().any(|a| a.name.is_some()) {
        lx.error(v.first, v.last, format!("wrong arguments: write `{usage}`"));
        return None;
    }
    Some(args.iter().map(|a| &a.value).collect())
}

/// Lowers a call of an enum's factory (`custom("…")`): its arguments and the whole value.
pub(super) type Factory<T> = fn(&[Arg], &Value, &mut Lx) -> Option<T>;

/// An enum member: its CDK spelling, its Rust variant, and how to make it.
pub(super) type Member<T> = (&'static str, &'static str, fn() -> T);

/// A member of a CDK enum that also has factories: `OPENID`, `OAuthScope::OPENID`, `Openid`,
/// or a call such as `custom("…")` found in `factories` by name.
pub(super) fn member_or_factory<T>(
    v: &Value,
    lx: &mut Lx,
    type_name: &str,
    usage: &str,
    members: &[Member<T>],
    factories: &[(&[&str], Factory<T>)],
) -> Option<T> {
    match &v.kind {
        ValueKind::Path(_) => lower_enum(v, lx, type_name, members).map(|make| make()),
        ValueKind::Call(path, args) => {
            let name = call_name(path, type_name, lx)?;
            match factories.iter().find(|(names, _)| names.contains(&name.as_str())) {
                Some((_, factory)) => factory(args, v, lx),
                None => {
                    lx.expected(v, usage);
                    None
                }
            }
        }
        _ => {
            lx.expected(v, usage);
            None
        }
    }
}

/// The one string argument of `custom("…")`.
fn custom_name(args: &[Arg], v: &Value, lx: &mut Lx) -> Option<String> {
    let [name] = positional(args, 1, v, "custom(\"name\")", lx)?[..] else {
        return None;
    };
    String::lower(name, lx)
}

impl Lower for OAuthScope {
    fn lower(v: &Value, lx: &mut Lx) -> Option<OAuthScope> {
        member_or_factory(
            v,
            lx,
            "OAuthScope",
            "an `OAuthScope`: OPENID, EMAIL, PHONE, PROFILE, COGNITO_ADMIN, `custom(\"server/scope\")` or `resource_server(server, \"scope\")`",
            &[
                ("PHONE", "Phone", || OAuthScope::Phone),
                ("EMAIL", "Email", || OAuthScope::Email),
                ("OPENID", "Openid", || OAuthScope::Openid),
                ("PROFILE", "Profile", || OAuthScope::Profile),
                ("COGNITO_ADMIN", "CognitoAdmin", || OAuthScope::CognitoAdmin),
            ],
            &[
                (&["custom", "Custom"], |args, v, lx| custom_name(args, v, lx).map(OAuthScope::Custom)),
                (&["resource_server", "resourceServer", "ResourceServer"], |args, v, lx| {
                    let [server, scope] =
                        positional(args, 2, v, "resource_server(server, \"scope\")", lx)?[..]
                    else {
                        return None;
                    };
                    Some(OAuthScope::ResourceServer {
                        server: ItemRef::lower(server, lx)?,
                        scope: String::lower(scope, lx)?,
                    })
                }),
            ],
        )
    }
}

impl Lower for UserPoolClientIdentityProvider {
    fn lower(v: &Value, lx: &mut Lx) -> Option<UserPoolClientIdentityProvider> {
        member_or_factory(
            v,
            lx,
            "UserPoolClientIdentityProvider",
            "a `UserPoolClientIdentityProvider`: COGNITO, GOOGLE, FACEBOOK, AMAZON, APPLE, `custom(\"ProviderName\")` or `custom(provider.provider_name)`",
            &[
                ("COGNITO", "Cognito", || UserPoolClientIdentityProvider::Cognito),
                ("GOOGLE", "Google", || UserPoolClientIdentityProvider::Google),
                ("FACEBOOK", "Facebook", || UserPoolClientIdentityProvider::Facebook),
                ("AMAZON", "Amazon", || UserPoolClientIdentityProvider::Amazon),
                ("APPLE", "Apple", || UserPoolClientIdentityProvider::Apple),
            ],
            &[(&["custom", "Custom"], |args, v, lx| {
                let [name] =
                    positional(args, 1, v, "custom(\"ProviderName\") or custom(provider.provider_name)", lx)?
                        [..]
                else {
                    return None;
                };
                CfnValue::lower(name, lx).map(UserPoolClientIdentityProvider::Custom)
            })],
        )
    }
}

/// A resource server's scopes: `{ read: "Read access", … }` (name: description, in order), or
/// the CDK's form, a list of `{ scope_name: "*", scope_description: "Full access" }` for
/// names that are not identifiers. Either way a scope's field path is `scopes.<name>`.
pub(super) fn resource_server_scopes(v: &Value, lx: &mut Lx) -> Option<Vec<ResourceServerScope>> {
    match &v.kind {
        ValueKind::Block(_) => {
            let scopes = free_map(v, lx, String::lower)?;
            Some(scopes.into_iter().map(|(name, d)| ResourceServerScope::new(name, d)).collect())
        }
        ValueKind::List(items) => {
            let mut out: Vec<ResourceServerScope> = Vec::with_capacity(items.len());
            for item in items {
                if let Some(scope) = list_scope(item, &out, lx) {
                    out.push(scope);
                }
            }
            Some(out)
        }
        _ => {
            lx.expected(v, "scopes as `{ name: \"description\", … }` or `[{ scope_name: \"…\", scope_description: \"…\" }, …]`");
            None
        }
    }
}

/// One `{ scope_name: "…", scope_description: "…" }` of the list form.
fn list_scope(item: &Value, seen: &[ResourceServerScope], lx: &mut Lx) -> Option<ResourceServerScope> {
    let usage = "`{ scope_name: \"read\", scope_description: \"Read access\" }`";
    let ValueKind::Block(block) = &item.kind else {
        lx.expected(item, usage);
        return None;
    };
    let mut name = None;
    let mut description = None;
    for entry in &block.entries {
        match entry {
            Entry::Setting(s) if s.key == "scope_name" => name = Some((s.key.span(), s.value.as_ref())),
            Entry::Setting(s) if s.key == "scope_description" => {
                description = Some((s.key.span(), s.value.as_ref()))
            }
            Entry::Setting(s) => {
                lx.error(
                    s.key.span(),
                    s.key.span(),
                    format!("unknown key `{}` in a scope; write {usage}", s.key),
                );
            }
            Entry::Item(i) => lx.error(i.kind.span(), i.id.span().1, format!("expected {usage}")),
        }
    }
    let (Some((_, Some(name_value))), Some((_, Some(desc_value)))) = (name, description) else {
        lx.error(
            item.first,
            item.last,
            format!("a scope needs `scope_name` and `scope_description`: {usage}"),
        );
        return None;
    };
    let ValueKind::Lit(syn::Lit::Str(lit)) = &name_value.kind else {
        lx.expected(name_value, "a string literal (the scope's name)");
        return None;
    };
    let scope_name = lit.value();
    if seen.iter().any(|s| s.scope_name == scope_name) {
        lx.error(name_value.first, name_value.last, format!("scope {scope_name:?} is given twice; keep one"));
        return None;
    }
    let scope_description = lx.at(&scope_name, |lx| {
        lx.record(name_value.first, (desc_value.first, desc_value.last));
        deferrable(desc_value, lx, String::lower)
    })?;
    Some(ResourceServerScope { scope_name, scope_description })
}
