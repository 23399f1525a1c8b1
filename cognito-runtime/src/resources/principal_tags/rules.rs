//! The rules of `principal_tags`: Cognito's `SetPrincipalTagAttributeMap` (the provider is
//! one the identity pool accepts, the map's size and lengths, one map per provider) and what
//! the tags need to reach a session (`sts:TagSession`).

use super::IdentityPoolPrincipalTag;
use crate::context::check::{Check, Issue};
use crate::context::facts::LoginProviders;
use crate::context::rules::length;
use crate::core::error::Target;
use crate::core::node::NodeId;
use crate::core::text::utf16_len;
use crate::core::value::{Attr, Value};

/// `SetPrincipalTagAttributeMap`'s `PrincipalTags`: "Maximum number of 50 items".
const MAX_TAGS: usize = 50;
/// The social providers by the names an identity pool knows them by.
const SOCIAL: &[&str] =
    &["www.amazon.com", "graph.facebook.com", "accounts.google.com", "appleid.apple.com", "api.twitter.com"];

impl IdentityPoolPrincipalTag {
    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = in_identity_pool(cx) else { return };
        let providers = cx.facts.login_providers(pool);
        if let Some(name) = &self.identity_provider_name {
            length(cx, "principal_tags.provider_name", "identity_provider_name", name, 1, 128);
            if let Some(providers) = &providers {
                provider_of_pool(name, providers, cx);
            }
        }
        tags(self, cx);
        if let Some(providers) = &providers {
            tag_session(self, providers, pool, cx);
        }
        one_per_provider(self, pool, cx);
    }
}

/// Cognito: a principal tag map belongs to an identity pool (`IdentityPoolId`): it is
/// declared inside one, created or imported.
fn in_identity_pool(cx: &mut Check) -> Option<NodeId> {
    let facts = cx.facts;
    let parent = cx.node.and_then(|n| facts.parent(n));
    if let Some(pool) = parent.filter(|p| facts.kind(*p) == Some("identity_pool")) {
        return Some(pool);
    }
    cx.push(
        Issue::new(
            "principal_tags.parent",
            "",
            "a `principal_tags` belongs to an identity pool: declare it inside `identity_pool … { }`",
        )
        .target(Target::Id),
    );
    None
}

/// Cognito (`SetPrincipalTagAttributeMap`, `IdentityProviderName`: "The provider name you want
/// to use for attribute mappings"): a provider of the identity pool. A user pool named by its
/// `user_pool_provider_name` is one of its `user_pools`; a social provider's name is one it
/// is configured with. An OIDC or SAML provider's ARN, or another literal, is not known here.
fn provider_of_pool(name: &Value, providers: &LoginProviders, cx: &mut Check) {
    let problem = match name {
        Value::Attr(r, Attr::UserPoolProviderName) => {
            let Some(user_pool) = cx.facts.resolve(r) else { return };
            if providers.user_pools.contains(&user_pool) {
                return;
            }
            format!("`{}` is not a user pool of this identity pool", cx.facts.path(user_pool).join("/"))
        }
        _ => {
            let Some(literal) = name.literal() else { return };
            if !SOCIAL.contains(&literal) || providers.social.contains(&literal) {
                return;
            }
            format!("{literal:?} is not a provider of this identity pool")
        }
    };
    cx.push(
        Issue::new(
            "principal_tags.provider",
            "identity_provider_name",
            format!("`identity_provider_name` must name a provider the identity pool accepts, but {problem}; Cognito rejects it at deploy time; add the provider to the identity pool's `authentication_providers`, or name one of them"),
        )
        .value(name),
    );
}

/// Cognito (`SetPrincipalTagAttributeMap`, `PrincipalTags`: "Maximum number of 50 items", keys
/// 1 to 128 characters, values 1 to 256).
fn tags(t: &IdentityPoolPrincipalTag, cx: &mut Check) {
    let Some(tags) = &t.principal_tags else { return };
    if tags.len() > MAX_TAGS {
        cx.push(
            Issue::new(
                "principal_tags.count",
                "principal_tags",
                format!("`principal_tags` maps at most {MAX_TAGS} tags (got {}); Cognito rejects it at deploy time; keep the tags your policies read", tags.len()),
            )
            .target(Target::Key),
        );
    }
    for (tag, claim) in tags {
        let path = format!("principal_tags.{tag}");
        let len = utf16_len(tag);
        if !(1..=128).contains(&len) {
            cx.push(
                Issue::new(
                    "principal_tags.tag",
                    path.clone(),
                    format!("a principal tag's name must be 1 to 128 characters long (got {len}: {tag:?}); Cognito rejects it at deploy time; shorten it"),
                )
                .target(Target::Key),
            );
        }
        length(cx, "principal_tags.tag", &path, claim, 1, 256);
    }
}

/// Cognito ("For attributes for access control, you must also allow Amazon Cognito to apply
/// principal tags to your user's temporary session … with the permission-only action
/// sts:TagSession"): a warning, as the map deploys, and the identity pool then fails to issue
/// credentials to the provider's users.
fn tag_session(t: &IdentityPoolPrincipalTag, providers: &LoginProviders, pool: NodeId, cx: &mut Check) {
    let maps = t.use_defaults == Some(true) || t.principal_tags.as_ref().is_some_and(|m| !m.is_empty());
    if !maps || providers.tag_session != Some(false) {
        return;
    }
    cx.push(
        Issue::new(
            "principal_tags.tag_session",
            "",
            "the identity pool's authenticated role does not allow `sts:TagSession` in its trust policy, so Cognito cannot put these principal tags on a session and fails to issue credentials to the provider's users; give the identity pool an `authenticated_role` whose trust policy allows `sts:AssumeRoleWithWebIdentity` and `sts:TagSession`",
        )
        .target(Target::Id)
        .reads(pool, "authenticated_role")
        .warning(),
    );
}

/// CloudFormation schema (`primaryIdentifier`: `IdentityPoolId` and `IdentityProviderName`):
/// an identity pool holds one principal tag map per provider.
fn one_per_provider(t: &IdentityPoolPrincipalTag, pool: NodeId, cx: &mut Check) {
    let (Some(me), Some(name)) = (cx.node, &t.identity_provider_name) else { return };
    let facts = cx.facts;
    let earlier = facts.children(Some(pool)).iter().copied().take_while(|n| *n != me).find(|n| {
        facts.props::<IdentityPoolPrincipalTag>(*n).and_then(|o| o.identity_provider_name.as_ref())
            == Some(name)
    });
    let Some(earlier) = earlier else { return };
    cx.push(
        Issue::new(
            "principal_tags.duplicate",
            "identity_provider_name",
            format!("`{}` already maps the principal tags of this provider; an identity pool holds one map per provider, and CloudFormation rejects the second at deploy time; merge the two", facts.path(earlier).join("/")),
        )
        .value(name),
    );
}
