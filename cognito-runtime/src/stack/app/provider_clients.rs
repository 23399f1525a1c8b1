//! The app clients identity pools add to the user pools of earlier stacks. The CDK's
//! `UserPoolAuthenticationProvider` without a `userPoolClient` calls `userPool.addClient(
//! 'UserPoolAuthenticationProviderClient')`: the client is a child of the pool, so it goes into
//! the pool's stack, which exports its id to the identity pool's stack. A stack adds the
//! clients of its own identity pools when they are added (`Stack::add_provider_clients`);
//! the app adds those of pools in earlier stacks before it renders anything, and links each
//! to its identity pool when it renders the identity pool's stack.

use std::collections::HashMap;

use super::report::Diagnostic;
use super::{App, rules};
use crate::context::check::Issue;
use crate::core::error::{Target, Violation};
use crate::core::node::NodeId;
use crate::core::value::ItemRef;
use crate::resources::identity_pool::PROVIDER_CLIENT_ID;
use crate::stack::item::Item;

/// An app client added to a user pool of an earlier stack for an identity pool's provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CrossStackClient {
    /// The stack of the user pool, which holds the client, and the client's position there.
    pub producer: usize,
    pub client: usize,
    /// The stack of the identity pool, the identity pool's position there, and the
    /// provider's among its user pool providers.
    pub consumer: usize,
    pub identity_pool: usize,
    pub provider: usize,
}

/// The app with the clients that identity pools add to the user pools of earlier stacks (in
/// the order the CDK program constructs them: by stack, identity pool, provider), and where
/// each is; `None` when no identity pool adds one.
pub(crate) fn add(app: &App, owners: &HashMap<&str, usize>) -> Option<(App, Vec<CrossStackClient>)> {
    let wanted = wanted(app, owners);
    if wanted.is_empty() {
        return None;
    }
    let mut prepared = app.clone();
    let mut added = Vec::with_capacity(wanted.len());
    for (producer, pool, consumer, identity_pool, provider) in wanted {
        let Some(stack) = prepared.stacks.get_mut(producer) else { continue };
        let client = stack.add_created_client(None, pool, PROVIDER_CLIENT_ID).index();
        added.push(CrossStackClient { producer, client, consumer, identity_pool, provider });
    }
    Some((prepared, added))
}

/// Each provider without `user_pool_client` whose pool is an item of an earlier stack: that
/// stack, the pool, the identity pool's stack and position, the provider's position.
fn wanted(app: &App, owners: &HashMap<&str, usize>) -> Vec<(usize, NodeId, usize, usize, usize)> {
    let mut out = Vec::new();
    for (consumer, stack) in app.stacks().iter().enumerate() {
        for (index, node) in stack.nodes().iter().enumerate() {
            let Item::IdentityPool(p) = &node.item else { continue };
            for (k, provider) in p.user_pool_providers().iter().enumerate() {
                if provider.user_pool_client.is_some() {
                    continue;
                }
                // A pool of the identity pool's own stack gets its client there.
                if stack.user_pool_named(&provider.user_pool).is_some() {
                    continue;
                }
                let Some(producer) = rules::owner(app, owners, &provider.user_pool).filter(|p| *p < consumer)
                else {
                    continue;
                };
                if let Some(pool) =
                    app.stacks().get(producer).and_then(|s| s.user_pool_named(&provider.user_pool))
                {
                    out.push((producer, pool, consumer, index, k));
                }
            }
        }
    }
    out
}

/// A finding on a client an identity pool of a later stack added to a pool of stack `i` is
/// a finding on the provider that added it, as in one stack (`cognito!` underlines the
/// provider's pool); its construct id taken already is not one: the provider's rule says so
/// (`identity_pool.user_pool.client_taken`), as for a client added in the same stack.
pub(crate) fn diagnostic(
    app: &App,
    i: usize,
    name: &str,
    cross: &[CrossStackClient],
    mut v: Violation,
) -> Option<Diagnostic> {
    let added = cross.iter().find(|c| c.producer == i && v.node.is_some_and(|n| n.index() == c.client));
    let Some((c, consumer)) = added.and_then(|c| Some((c, app.stacks().get(c.consumer)?))) else {
        return Some(Diagnostic::of(i, name, v));
    };
    if v.rule == "construct_id.duplicate" {
        return None;
    }
    v.node = consumer.node_id(c.identity_pool);
    v.item = v.node.map(|n| consumer.path(n).join("/")).unwrap_or_default();
    v.path = format!("authentication_providers.user_pools.{}.user_pool", c.provider);
    v.value = None;
    v.related.clear();
    v.target = Target::Value;
    Some(Diagnostic::of(c.consumer, consumer.name(), v))
}

/// AWS CDK `UserPoolClient` (`supportedIdentityProviders` defaults to the identity providers
/// registered on the pool when the client is constructed): the client a provider adds to a
/// pool of an earlier stack lists those registered so far, the ones of later stacks declared
/// before the identity pool included. Such a provider makes the pool's stack refer to its
/// stack, which refers to the pool's: a cycle, which the CDK refuses ("would create a cyclic
/// reference"). Reported under the provider that adds the client.
pub(crate) fn later_providers(
    app: &App,
    owners: &HashMap<&str, usize>,
    cross: &[CrossStackClient],
    findings: &mut Vec<Diagnostic>,
) {
    for c in cross {
        let Some(pool_stack) = app.stacks().get(c.producer) else { continue };
        let Some(pool) = pool_stack.node_id(c.client).and_then(|n| pool_stack.node(n)?.parent()) else {
            continue;
        };
        let registered = |r: &ItemRef| {
            rules::owner(app, owners, r) == Some(c.producer) && pool_stack.user_pool_named(r) == Some(pool)
        };
        let later = (c.producer + 1..=c.consumer).find_map(|k| {
            let stack = app.stacks().get(k)?;
            let before = if k == c.consumer { c.identity_pool } else { stack.nodes().len() };
            stack.nodes()[..before.min(stack.nodes().len())].iter().find_map(|n| match &n.item {
                Item::UserPoolIdentityProvider(p) if p.user_pool().is_some_and(registered) => {
                    Some((stack, n))
                }
                _ => None,
            })
        });
        let Some((stack, provider)) = later else { continue };
        let Some(consumer) = app.stacks().get(c.consumer) else { continue };
        let pool_path = pool_stack.path(pool).join("/");
        let message = format!(
            "without `user_pool_client` this provider adds an app client to `{pool_path}` in stack `{}`, which lists the identity providers registered on `{pool_path}` before it (the CDK's default `supported_identity_providers`), `{}` of stack `{}` among them: stack `{0}` would depend on stack `{2}`, which depends on it (the CDK: \"would create a cyclic reference\"); give this provider a `user_pool_client` of `{pool_path}`, or declare `{1}` in stack `{0}`",
            pool_stack.name(),
            provider.id,
            stack.name(),
        );
        let path = format!("authentication_providers.user_pools.{}.user_pool", c.provider);
        let issue = Issue::new("app.stack_cycle", path, message);
        rules::report(app, c.consumer, consumer.node_id(c.identity_pool), issue, findings);
    }
}
