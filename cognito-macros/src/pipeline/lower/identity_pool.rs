//! `identity_pool`: the key tables of the identity pool and the blocks inside it, and the
//! item itself, created or imported.

use cognito_runtime::{Value as CfnValue, *};

use super::client::{member_or_factory, positional};
use super::items::{IN_IDENTITY_POOL, holding, import_holding};
use super::values::list_of;
use super::{Lower, Lx, lower_block};
use crate::pipeline::ast::{Arg, ItemDecl, Value, ValueKind};

/// `user_pools: [ … ]`: each provider as a block, or as the CDK writes it.
pub(super) fn user_pool_providers(v: &Value, lx: &mut Lx) -> Option<Vec<UserPoolAuthenticationProvider>> {
    list_of(v, lx, provider)
}

/// A user pool provider: `{ user_pool: pool, … }`, or as the CDK writes it,
/// `user_pool_authentication_provider { user_pool: pool, … }`.
fn provider(v: &Value, lx: &mut Lx) -> Option<UserPoolAuthenticationProvider> {
    match &v.kind {
        ValueKind::Block(b) => Some(lower_block(b, lx)),
        ValueKind::Variant(path, b)
            if path.last().is_some_and(|p| {
                p == "user_pool_authentication_provider" || p == "UserPoolAuthenticationProvider"
            }) =>
        {
            Some(lower_block(b, lx))
        }
        _ => {
            lx.expected(v, "a provider `{ user_pool: my_pool, … }`");
            None
        }
    }
}

/// The one string argument of `open_id("…")`, `saml("…")`, `custom("…")`.
fn url(args: &[Arg], v: &Value, usage: &str, lx: &mut Lx) -> Option<CfnValue> {
    let [url] = positional(args, 1, v, usage, lx)?[..] else {
        return None;
    };
    CfnValue::lower(url, lx)
}

/// `user_pool(pool, client)`, or `user_pool(pool)` for the client of this identity pool's
/// provider for `pool`.
fn user_pool_url(args: &[Arg], v: &Value, lx: &mut Lx) -> Option<IdentityPoolProviderUrl> {
    let n = if args.len() == 1 { 1 } else { 2 };
    let refs = positional(args, n, v, "user_pool(my_pool, my_client)", lx)?;
    let user_pool = ItemRef::lower(refs[0], lx)?;
    let user_pool_client = match refs.get(1) {
        Some(c) => Some(ItemRef::lower(c, lx)?),
        None => None,
    };
    Some(IdentityPoolProviderUrl::UserPool { user_pool, user_pool_client })
}

impl Lower for IdentityPoolProviderUrl {
    fn lower(v: &Value, lx: &mut Lx) -> Option<IdentityPoolProviderUrl> {
        member_or_factory(
            v,
            lx,
            "IdentityPoolProviderUrl",
            "an `IdentityPoolProviderUrl`: AMAZON, FACEBOOK, GOOGLE, APPLE, TWITTER, `user_pool(pool, client)`, `open_id(\"example.com\")`, `saml(\"arn:aws:iam::…:saml-provider/…\")` or `custom(\"…\")`",
            &[
                ("FACEBOOK", "Facebook", || IdentityPoolProviderUrl::Facebook),
                ("GOOGLE", "Google", || IdentityPoolProviderUrl::Google),
                ("AMAZON", "Amazon", || IdentityPoolProviderUrl::Amazon),
                ("APPLE", "Apple", || IdentityPoolProviderUrl::Apple),
                ("TWITTER", "Twitter", || IdentityPoolProviderUrl::Twitter),
            ],
            &[
                (&["open_id", "openId", "OpenId"], |args, v, lx| {
                    url(args, v, "open_id(\"example.com\")", lx).map(IdentityPoolProviderUrl::OpenId)
                }),
                (&["saml", "Saml"], |args, v, lx| {
                    url(args, v, "saml(\"arn:aws:iam::123456789012:saml-provider/name\")", lx)
                        .map(IdentityPoolProviderUrl::Saml)
                }),
                (&["custom", "Custom"], |args, v, lx| {
                    url(args, v, "custom(\"provider\")", lx).map(IdentityPoolProviderUrl::Custom)
                }),
                (&["user_pool", "userPool", "UserPool"], user_pool_url),
            ],
        )
    }
}

/// `identity_pool ID { … }`, or an import: `identity_pool ID = from_identity_pool_id("…");`
/// or `from_identity_pool_arn("…")`.
pub(super) fn item(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let Some(import) = &decl.import else {
        let Some((node, _)) = holding::<IdentityPool>(decl, (parent, lx, stack), IN_IDENTITY_POOL) else {
            return;
        };
        let Some(id) = stack.node_id(node) else { return };
        for (i, client) in stack.add_provider_clients(id) {
            // A problem with the app client a provider adds is a problem with the provider.
            let key = (Some(node), format!("authentication_providers.user_pools.{i}.user_pool"));
            if let Some(spans) = lx.spans.get(&key).copied() {
                lx.spans.insert((Some(client.index()), String::new()), spans);
            }
        }
        return;
    };
    import_holding(
        decl,
        import,
        (parent, lx, stack),
        (
            "identity pool",
            "`from_identity_pool_id(\"us-east-1:1a2b…\")` or `from_identity_pool_arn(\"arn:aws:cognito-identity:…\")`",
            &[
                ("from_identity_pool_id", ImportedIdentityPool::FromId),
                ("from_identity_pool_arn", ImportedIdentityPool::FromArn),
            ],
        ),
        IN_IDENTITY_POOL,
    );
}
