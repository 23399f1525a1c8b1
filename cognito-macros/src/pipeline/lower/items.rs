//! Items: the kinds a block declares, each lowered into nodes of the runtime's `Stack`.

use cognito_runtime::*;

use super::{Block, Lower, Lx, block, federation, lower_settings};
use crate::pipeline::ast::{Entry, Input, ItemDecl, Setting, Value, ValueKind};

/// The lowered stack, and what lowering learnt about the source.
pub struct Lowered {
    pub stack: Stack,
    pub lx: Lx,
    /// The template deployed now, when the stack names one.
    pub baseline: Option<super::change::BaselineFile>,
}

/// How one kind of item lowers: from its declaration, under `parent`, into `stack`.
type LowerItem = fn(&ItemDecl, Option<usize>, &mut Lx, &mut Stack);

/// Top-level item kinds.
const TOP: &[(&str, LowerItem)] = &[
    ("user_pool", user_pool),
    ("lambda_function", lambda_function),
    ("role", role),
    ("output", output),
    ("parameter", parameter),
    ("user_pool_domain", domain),
    ("user_pool_group", group),
    ("user_pool_identity_provider", identity_provider),
    ("user_pool_identity_provider_google", federation::item::<UserPoolIdentityProviderGoogle>),
    ("user_pool_identity_provider_facebook", federation::item::<UserPoolIdentityProviderFacebook>),
    ("user_pool_identity_provider_amazon", federation::item::<UserPoolIdentityProviderAmazon>),
    ("user_pool_identity_provider_apple", federation::item::<UserPoolIdentityProviderApple>),
    ("user_pool_identity_provider_oidc", federation::item::<UserPoolIdentityProviderOidc>),
    ("user_pool_identity_provider_saml", federation::item::<UserPoolIdentityProviderSaml>),
    ("construct", construct),
    ("user_pool_client", user_pool_client),
    ("user_pool_resource_server", resource_server),
    ("identity_pool", super::identity_pool::item),
    ("cfn_resource", cfn_resource),
];

/// Items nested in a `user_pool` (the CDK's `pool.add_*`).
const IN_POOL: &[(&str, LowerItem)] = &[
    ("trigger", trigger),
    ("client", user_pool_client),
    ("resource_server", federation::item::<UserPoolResourceServer>),
    ("domain", federation::item::<UserPoolDomain>),
    ("group", federation::item::<UserPoolGroup>),
    ("grant", grant),
    ("ui_customization", federation::item::<UserPoolUiCustomizationAttachment>),
    ("cfn_resource", cfn_resource),
    ("risk_configuration", federation::item::<UserPoolRiskConfigurationAttachment>),
    ("user", federation::item::<UserPoolUser>),
    ("managed_login_branding", federation::item::<ManagedLoginBranding>),
    ("terms", federation::item::<Terms>),
    ("log_delivery", federation::item::<LogDeliveryConfiguration>),
    ("replica", federation::item::<UserPoolReplica>),
    ("regional_configuration", federation::item::<UserPoolRegionalConfigurationAttachment>),
    // `new Construct(pool, ID)`: its items' construct paths go through the pool's.
    ("construct", construct),
    // `new UserPoolIdentityProviderGoogle(pool, ID, { userPool: pool, … })`: in the pool's
    // scope, in order with its clients.
    ("identity_provider_google", federation::item::<UserPoolIdentityProviderGoogle>),
    ("identity_provider_facebook", federation::item::<UserPoolIdentityProviderFacebook>),
    ("identity_provider_amazon", federation::item::<UserPoolIdentityProviderAmazon>),
    ("identity_provider_apple", federation::item::<UserPoolIdentityProviderApple>),
    ("identity_provider_oidc", federation::item::<UserPoolIdentityProviderOidc>),
    ("identity_provider_saml", federation::item::<UserPoolIdentityProviderSaml>),
];

/// Items nested in an `identity_pool`, created or imported.
pub(super) const IN_IDENTITY_POOL: &[(&str, LowerItem)] =
    &[("principal_tags", federation::item::<IdentityPoolPrincipalTag>)];

/// Lowers the whole input: one stack, or the stacks of an app (a block of two `stack` items
/// or more), each with its own spans.
pub fn lower_input(input: &Input) -> Vec<Lowered> {
    let stacks: Vec<&ItemDecl> = input
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Item(i) if i.kind == "stack" => Some(i),
            _ => None,
        })
        .collect();
    let names = super::app::names(input, &stacks);
    if stacks.len() > 1 {
        return super::app::lower_app(input, &stacks, names);
    }
    let mut lx = Lx { names, ..Lx::default() };
    lx.errors.extend(input.errors.iter().cloned());
    let mut stack = Stack::new("Stack");
    let mut baseline = None;
    let entries: Vec<&Entry> = match stacks.as_slice() {
        [decl] => {
            if input.entries.len() > 1 {
                lx.error(
                    decl.kind.span(),
                    decl.id.span().1,
                    "put every item inside `stack … { }`: a block holds one stack",
                );
            }
            (stack, baseline) = stack_decl(decl, &mut lx);
            super::app::record_stack_name(decl, &mut lx);
            stack_entries(decl)
        }
        _ => input.entries.iter().collect(),
    };
    lower_entries(&entries, stacks.is_empty(), &mut lx, &mut stack);
    vec![Lowered { stack, lx, baseline }]
}

/// The entries of `stack NAME { … }`.
pub(super) fn stack_entries(decl: &ItemDecl) -> Vec<&Entry> {
    decl.block.as_ref().map(|b| b.entries.iter().collect()).unwrap_or_default()
}

/// Lowers a stack's items; `bare`: the block has no `stack`, so a setting is out of place.
pub(super) fn lower_entries(entries: &[&Entry], bare: bool, lx: &mut Lx, stack: &mut Stack) {
    for entry in entries {
        match entry {
            Entry::Item(decl) => lower_item(decl, None, TOP, lx, stack),
            Entry::Setting(s) if bare => {
                lx.error(s.key.span(), s.key.span(), format!("`{}` is a setting, but this is a list of items; declare an item such as `user_pool NAME {{ … }}`", s.key));
            }
            // A stack's own settings, which `stack_decl` lowers.
            Entry::Setting(_) => {}
        }
    }
}

fn lower_item(
    decl: &ItemDecl,
    parent: Option<usize>,
    kinds: &[(&str, LowerItem)],
    lx: &mut Lx,
    stack: &mut Stack,
) {
    let kind = decl.kind.to_string();
    match kinds.iter().find(|(k, _)| *k == kind) {
        Some((_, lower)) => lower(decl, parent, lx, stack),
        None if parent.is_none() && IN_POOL.iter().any(|(k, _)| *k == kind) => {
            let top = TOP.iter().any(|(k, _)| *k == format!("user_pool_{kind}"));
            let alternative = if top {
                format!(", or declare a top-level `user_pool_{kind}` with `user_pool:`")
            } else {
                String::new()
            };
            lx.error(
                decl.kind.span(),
                decl.kind.span(),
                format!("a `{kind}` belongs to a user pool: declare it inside `user_pool … {{ {kind} … }}`{alternative}"),
            );
        }
        None if parent.is_none() && IN_IDENTITY_POOL.iter().any(|(k, _)| *k == kind) => {
            lx.error(
                decl.kind.span(),
                decl.kind.span(),
                format!("a `{kind}` belongs to an identity pool: declare it inside `identity_pool … {{ {kind} … }}`"),
            );
        }
        None => {
            let hint = cognito_runtime::__internal::did_you_mean(&kind, kinds.iter().map(|k| k.0))
                .map_or_else(String::new, |s| format!("did you mean `{s}`? "));
            let parent_kind = parent.and_then(|p| stack.nodes().get(p)).map(|n| n.item.kind());
            let place = parent_kind.map_or_else(|| "here".to_owned(), |k| format!("inside a `{k}`"));
            lx.error(
                decl.kind.span(),
                decl.kind.span(),
                format!(
                    "unknown item `{kind}` {place}; {hint}expected one of {}",
                    kinds.iter().map(|k| format!("`{}`", k.0)).collect::<Vec<_>>().join(", ")
                ),
            );
        }
    }
}

/// Adds the node for `decl` with a placeholder item, records its id's span, and makes it
/// the node settings are lowered for.
pub(super) fn start(
    decl: &ItemDecl,
    parent: Option<usize>,
    placeholder: impl Into<Item>,
    lx: &mut Lx,
    stack: &mut Stack,
) -> usize {
    let parent = parent.and_then(|p| stack.node_id(p));
    let node = stack.add_node(parent, decl.id.construct_id(), decl.id.name().as_deref(), placeholder).index();
    every_item_settings(decl, node, lx, stack);
    node
}

/// How a setting every item takes is lowered onto the item at `node`.
type EveryItemSetting = fn(&ItemDecl, usize, &mut Lx, &mut Stack);

/// The settings every item takes, outside its key table, each with its lowering, in the
/// order they are lowered; [`settings_of`] leaves them out of the item's own.
const EVERY_ITEM: [(&str, EveryItemSetting); 5] = [
    ("depends_on", depends_on),
    ("tags", tags),
    ("overrides", super::raw::overrides),
    ("accept_replacement", super::change::accept_replacement),
    ("acknowledge", super::checks::acknowledge),
];

/// Makes `node` the one settings are lowered for, records its id's span, and lowers the
/// settings every item takes ([`EVERY_ITEM`]): items whose node is not added by [`start`]
/// (a trigger, a grant) call it too, so none of them is ignored.
fn every_item_settings(decl: &ItemDecl, node: usize, lx: &mut Lx, stack: &mut Stack) {
    lx.node = Some(node);
    lx.path.clear();
    let (first, last) = decl.id.span();
    lx.record(first, (first, last));
    for (_, lower) in EVERY_ITEM {
        lower(decl, node, lx, stack);
    }
}

/// The value of the setting `key` that every item takes ([`EVERY_ITEM`]), outside the item's
/// key table: `None` when absent;
/// reports a repeated or valueless one.
pub(super) fn item_setting<'a>(
    decl: &'a ItemDecl,
    key: &str,
    usage: &str,
    lx: &mut Lx,
) -> Option<(&'a Setting, &'a Value)> {
    let mut found = None;
    let settings = decl.block.iter().flat_map(|b| &b.entries).filter_map(|e| match e {
        Entry::Setting(s) if s.key == key => Some(s),
        _ => None,
    });
    for s in settings {
        if found.is_some() {
            lx.error(s.key.span(), s.key.span(), format!("`{key}` is given twice; keep one"));
            continue;
        }
        match &s.value {
            Some(value) => found = Some((s, value)),
            None => lx.error(s.key.span(), s.key.span(), format!("`{key}` takes {usage}")),
        }
    }
    found
}

/// `tags: { Key: "value", "key-2": "value" }`, which every item takes (the CDK's
/// `Tags.of(item).add(key, value)` for each).
fn tags(decl: &ItemDecl, node: usize, lx: &mut Lx, stack: &mut Stack) {
    let Some((s, value)) = item_setting(decl, "tags", "a map: `tags: { Team: \"auth\" }`", lx) else {
        return;
    };
    lx.at("tags", |lx| {
        lx.record(s.key.span(), (value.first, value.last));
        let Some(id) = stack.node_id(node) else { return };
        for (key, v) in super::free_map(value, lx, String::lower).unwrap_or_default() {
            stack.add_tag(id, key, v);
        }
    });
}

/// `depends_on: [item, …]`, which every item takes (the CDK's `node.addDependency`).
fn depends_on(decl: &ItemDecl, node: usize, lx: &mut Lx, stack: &mut Stack) {
    let usage = "a list of items: `depends_on: [other_item]`";
    let Some((s, value)) = item_setting(decl, "depends_on", usage, lx) else { return };
    lx.at("depends_on", |lx| {
        lx.record(s.key.span(), (value.first, value.last));
        let ValueKind::List(items) = &value.kind else {
            lx.expected(value, "a list of item names `[ … ]`");
            return;
        };
        for (i, item) in items.iter().enumerate() {
            lx.at(&i.to_string(), |lx| {
                lx.record(item.first, (item.first, item.last));
                if let (Some(r), Some(id)) = (cognito_runtime::ItemRef::lower(item, lx), stack.node_id(node))
                {
                    stack.add_dependency(id, r);
                }
            });
        }
    });
}

pub(super) fn set_item(stack: &mut Stack, node: usize, item: impl Into<Item>) {
    if let Some(id) = stack.node_id(node) {
        stack.set_item(id, item);
    }
}

/// The settings of an item, without those every item takes ([`EVERY_ITEM`]).
pub(super) fn settings_of(decl: &ItemDecl) -> impl Iterator<Item = &Setting> {
    decl.block.iter().flat_map(|b| &b.entries).filter_map(|e| match e {
        Entry::Setting(s) if !EVERY_ITEM.iter().any(|(k, _)| s.key == k) => Some(s),
        _ => None,
    })
}

pub(super) fn nested_items(decl: &ItemDecl) -> impl Iterator<Item = &ItemDecl> {
    decl.block.iter().flat_map(|b| &b.entries).filter_map(|e| match e {
        Entry::Item(i) => Some(i),
        Entry::Setting(_) => None,
    })
}

fn brace_span(decl: &ItemDecl) -> proc_macro2::Span {
    decl.block.as_ref().map_or_else(|| decl.kind.span(), |b| b.brace.span.open())
}

/// An item that takes only settings (no import, no nested items).
pub(super) fn simple<T: Block + Into<Item> + Clone>(
    decl: &ItemDecl,
    parent: Option<usize>,
    lx: &mut Lx,
    stack: &mut Stack,
) -> Option<(usize, T)> {
    holding(decl, (parent, lx, stack), &[])
}

/// [`simple`], for an item that holds nested items of `kinds`.
pub(super) fn holding<T: Block + Into<Item> + Clone>(
    decl: &ItemDecl,
    (parent, lx, stack): (Option<usize>, &mut Lx, &mut Stack),
    kinds: &[(&str, LowerItem)],
) -> Option<(usize, T)> {
    if let Some(import) = &decl.import {
        lx.error(import.first, import.last, format!("a `{}` cannot be imported", decl.kind));
        return None;
    }
    let node = start(decl, parent, T::default(), lx, stack);
    let (t, _) = lower_settings::<T>(settings_of(decl), brace_span(decl), lx);
    set_item(stack, node, t.clone());
    nested(decl, node, kinds, lx, stack);
    Some((node, t))
}

fn user_pool(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let node = match &decl.import {
        Some(import) => {
            let node = start(decl, parent, ImportedUserPool::default(), lx, stack);
            match import_pool(import, lx) {
                Some(pool) => set_item(stack, node, pool),
                // The placeholder's empty id would only repeat the error.
                None => {
                    lx.poisoned.insert((node, "from_user_pool_id".to_owned()));
                }
            }
            for s in settings_of(decl) {
                lx.error(
                    s.key.span(),
                    s.key.span(),
                    "an imported user pool takes no settings, only nested items such as `client`",
                );
            }
            node
        }
        None => {
            let node = start(decl, parent, UserPool::default(), lx, stack);
            let (pool, _) = lower_settings::<UserPool>(settings_of(decl), brace_span(decl), lx);
            set_item(stack, node, pool);
            node
        }
    };
    for item in nested_items(decl) {
        lower_item(item, Some(node), IN_POOL, lx, stack);
    }
}

fn import_pool(import: &Value, lx: &mut Lx) -> Option<ImportedUserPool> {
    import_call(
        import,
        lx,
        "`from_user_pool_id(\"us-east-1_abc\")` or `from_user_pool_arn(\"arn:aws:cognito-idp:…\")`",
        &[("from_user_pool_id", ImportedUserPool::FromId), ("from_user_pool_arn", ImportedUserPool::FromArn)],
    )
}

/// An import function, and how its argument makes the imported item.
type Importer<'a, T> = (&'a str, fn(cognito_runtime::Value) -> T);

/// An import, `function("…")`: its one argument, made into `T` by the function's entry in
/// `makers` (the argument's field path is the function's name).
pub(super) fn import_call<T>(import: &Value, lx: &mut Lx, usage: &str, makers: &[Importer<T>]) -> Option<T> {
    let ValueKind::Call(path, args) = &import.kind else {
        lx.expected(import, usage);
        return None;
    };
    let function = path.last().map(ToString::to_string).unwrap_or_default();
    let Some(&(_, make)) = makers.iter().find(|(name, _)| *name == function) else {
        lx.expected(import, usage);
        return None;
    };
    let arg = match args.as_slice() {
        [arg] if arg.name.is_none() => arg,
        _ => {
            lx.error(import.first, import.last, format!("`{function}` takes one argument: {usage}"));
            return None;
        }
    };
    let value = lx.at(&function, |lx| {
        lx.record(arg.value.first, (arg.value.first, arg.value.last));
        super::field::<cognito_runtime::Value>(&arg.value, lx)
    })?;
    Some(make(value))
}

/// `KIND ID = function("…");`: an item imported by one of `makers` (the first one's item is
/// `T::default()`), which takes no settings and holds no items; `what` names it in errors.
pub(super) fn import_item<T: Into<Item> + Default>(
    decl: &ItemDecl,
    import: &Value,
    (parent, lx, stack): (Option<usize>, &mut Lx, &mut Stack),
    what: &str,
    usage: &str,
    makers: &[Importer<T>],
) {
    import_holding(decl, import, (parent, lx, stack), (what, usage, makers), &[]);
}

/// [`import_item`], for an imported item that holds nested items of `kinds`.
pub(super) fn import_holding<T: Into<Item> + Default>(
    decl: &ItemDecl,
    import: &Value,
    (parent, lx, stack): (Option<usize>, &mut Lx, &mut Stack),
    (what, usage, makers): (&str, &str, &[Importer<T>]),
    kinds: &[(&str, LowerItem)],
) {
    let node = start(decl, parent, T::default(), lx, stack);
    match import_call(import, lx, usage, makers) {
        Some(item) => set_item(stack, node, item),
        // The placeholder's empty value would only repeat the error.
        None => {
            if let Some((function, _)) = makers.first() {
                lx.poisoned.insert((node, (*function).to_owned()));
            }
        }
    }
    for s in settings_of(decl) {
        lx.error(s.key.span(), s.key.span(), format!("an imported {what} takes no settings"));
    }
    if kinds.is_empty() {
        for nested in nested_items(decl) {
            lx.error(nested.kind.span(), nested.id.span().1, format!("an imported {what} holds no items"));
        }
    } else {
        nested(decl, node, kinds, lx, stack);
    }
}

/// The items nested in `decl` (at `node`), of `kinds`; none when it holds no items.
fn nested(decl: &ItemDecl, node: usize, kinds: &[(&str, LowerItem)], lx: &mut Lx, stack: &mut Stack) {
    for item in nested_items(decl) {
        if kinds.is_empty() {
            lx.error(
                item.kind.span(),
                item.id.span().1,
                format!("a `{}` cannot hold a nested `{}`", decl.kind, item.kind),
            );
        } else {
            lower_item(item, Some(node), kinds, lx, stack);
        }
    }
}

/// `KIND ID { … }`, or an import `KIND ID = function("…");` (see [`import_item`]).
fn created_or_imported<C: Block + Into<Item> + Clone, I: Into<Item> + Default>(
    decl: &ItemDecl,
    (parent, lx, stack): (Option<usize>, &mut Lx, &mut Stack),
    what: &str,
    usage: &str,
    makers: &[Importer<I>],
) {
    match &decl.import {
        Some(import) => import_item(decl, import, (parent, lx, stack), what, usage, makers),
        None => {
            simple::<C>(decl, parent, lx, stack);
        }
    }
}

/// `user_pool_client ID { … }` or `client ID { … }` in a pool, or an import:
/// `user_pool_client ID = from_user_pool_client_id("…");`.
fn user_pool_client(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let usage = "`from_user_pool_client_id(\"1example23456789\")`";
    created_or_imported::<UserPoolClient, _>(
        decl,
        (parent, lx, stack),
        "app client",
        usage,
        &[("from_user_pool_client_id", |id| ImportedUserPoolClient { user_pool_client_id: id })],
    );
}

/// `user_pool_resource_server ID { … }`, or an import:
/// `user_pool_resource_server ID = from_user_pool_resource_server_id("…");`.
fn resource_server(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let usage = "`from_user_pool_resource_server_id(\"users\")`";
    created_or_imported::<UserPoolResourceServer, _>(
        decl,
        (parent, lx, stack),
        "resource server",
        usage,
        &[("from_user_pool_resource_server_id", |id| ImportedUserPoolResourceServer {
            user_pool_resource_server_id: id,
        })],
    );
}

/// `user_pool_domain ID { … }`, or an import: `user_pool_domain ID = from_domain_name("…");`.
fn domain(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let usage = "`from_domain_name(\"my-app\")`";
    let makers: &[Importer<_>] = &[("from_domain_name", |name| ImportedUserPoolDomain { domain_name: name })];
    created_or_imported::<UserPoolDomain, _>(decl, (parent, lx, stack), "domain", usage, makers);
}

/// `user_pool_group ID { … }`, or an import: `user_pool_group ID = from_group_name("…");`.
fn group(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let usage = "`from_group_name(\"admins\")`";
    let makers: &[Importer<_>] = &[("from_group_name", |name| ImportedUserPoolGroup { group_name: name })];
    created_or_imported::<UserPoolGroup, _>(decl, (parent, lx, stack), "group", usage, makers);
}

/// `user_pool_identity_provider ID = from_provider_name("…");`: an import (a provider is
/// created by its type: `user_pool_identity_provider_google ID { … }` and the others).
fn identity_provider(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let Some(import) = &decl.import else {
        let (first, last) = (decl.kind.span(), decl.id.span().1);
        lx.error(
            first,
            last,
            "`user_pool_identity_provider` imports a provider: `user_pool_identity_provider ID = from_provider_name(\"MyProvider\");`; to create one, declare its type: `user_pool_identity_provider_google`, `_facebook`, `_amazon`, `_apple`, `_oidc` or `_saml`",
        );
        return;
    };
    import_item(
        decl,
        import,
        (parent, lx, stack),
        "identity provider",
        "`from_provider_name(\"MyProvider\")`",
        &[("from_provider_name", |name| ImportedUserPoolIdentityProvider { provider_name: name })],
    );
}

fn trigger(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let written = decl.id.construct_id();
    let Some(op) = UserPoolOperation::ALL.iter().copied().find(|op| op.key() == written) else {
        let (first, last) = decl.id.span();
        let hint = cognito_runtime::__internal::did_you_mean(
            &written,
            UserPoolOperation::ALL.iter().map(|o| o.key()),
        )
        .map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
        lx.error(first, last, format!("unknown trigger operation `{written}`{hint}"));
        return;
    };
    let parent = parent.and_then(|p| stack.node_id(p));
    let node = stack.add_node(parent, op.permission_id(), None, AddedTrigger::default()).index();
    every_item_settings(decl, node, lx, stack);
    let (t, _) = lower_settings::<AddedTrigger>(settings_of(decl), brace_span(decl), lx);
    set_item(stack, node, AddedTrigger { operation: op, ..t });
}

/// `grant GRANTEE { actions: [ … ] }`: the CDK's `pool.grant(grantee, …actions)`; the id is
/// the role or function that gets the permissions.
fn grant(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    let (first, last) = decl.id.span();
    let Some(grantee) = decl.id.name().filter(|_| matches!(decl.id, crate::pipeline::ast::ItemId::Name(_)))
    else {
        lx.error(first, last, "`grant` names the role or function it grants to: `grant my_role { actions: [\"cognito-idp:AdminGetUser\"] }`");
        return;
    };
    let Some(pool) = parent.and_then(|p| stack.node_id(p)) else { return };
    let node = stack.add_grant(pool, ItemRef::Name(grantee.clone()), Vec::new()).index();
    every_item_settings(decl, node, lx, stack);
    let (g, _) = lower_settings::<Grant>(settings_of(decl), brace_span(decl), lx);
    set_item(stack, node, Grant { grantee: ItemRef::Name(grantee), ..g });
}

/// `runtime`: the identifier of Lambda (`"nodejs20.x"`) or the CDK's `Runtime` member
/// (`NODEJS_20_X`, `Runtime::PYTHON_3_12`, `PROVIDED_AL2023`), which names the same.
pub(super) fn lambda_runtime(v: &Value, lx: &mut Lx) -> Option<cognito_runtime::Value> {
    let ValueKind::Path(path) = &v.kind else {
        return cognito_runtime::Value::lower(v, lx);
    };
    let member = match path.as_slice() {
        [m] | [_, m] => m.to_string(),
        _ => String::new(),
    };
    match runtime_identifier(&member) {
        Some(id) => Some(cognito_runtime::Value::Str(id)),
        None => {
            lx.error(
                v.first,
                v.last,
                format!("unknown `Runtime` member `{member}`; write the runtime as Lambda names it, e.g. `\"nodejs24.x\"`, or as the CDK's member, e.g. `NODEJS_24_X`, `PYTHON_3_13`, `JAVA_21`, `PROVIDED_AL2023`"),
            );
            None
        }
    }
}

/// The Lambda identifier of a CDK `Runtime` member: `NODEJS_20_X` → `nodejs20.x`.
fn runtime_identifier(member: &str) -> Option<String> {
    let parts: Vec<&str> = member.split('_').collect();
    let number = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    Some(match parts.as_slice() {
        ["NODEJS", major, "X"] if number(major) => format!("nodejs{major}.x"),
        [lang @ ("PYTHON" | "RUBY"), major, minor] if number(major) && number(minor) => {
            format!("{}{major}.{minor}", lang.to_ascii_lowercase())
        }
        [lang @ ("JAVA" | "DOTNET"), major] if number(major) => {
            format!("{}{major}", lang.to_ascii_lowercase())
        }
        ["PROVIDED"] => "provided".to_owned(),
        ["PROVIDED", al] if al.starts_with("AL") => format!("provided.{}", al.to_ascii_lowercase()),
        _ => return None,
    })
}

impl Lower for Principal {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Principal> {
        principal(v, lx)
    }
}

fn lambda_function(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    simple::<LambdaFunction>(decl, parent, lx, stack);
}

fn principal(v: &Value, lx: &mut Lx) -> Option<Principal> {
    match &v.kind {
        ValueKind::Call(path, args)
            if path.last().is_some_and(|p| p == "service_principal" || p == "ServicePrincipal") =>
        {
            match args.as_slice() {
                [arg] => Some(Principal::Service(String::lower(&arg.value, lx)?)),
                _ => {
                    lx.error(v.first, v.last, "`service_principal` takes the service, e.g. `service_principal(\"cognito-idp.amazonaws.com\")`");
                    None
                }
            }
        }
        ValueKind::Call(path, args)
            if path.last().is_some_and(|p| p == "federated_principal" || p == "FederatedPrincipal") =>
        {
            federation::federated_principal(args, v, lx)
        }
        _ => {
            lx.expected(
                v,
                "`service_principal(\"service.amazonaws.com\")` or `federated_principal(\"cognito-identity.amazonaws.com\", { … }, \"sts:AssumeRoleWithWebIdentity\")`",
            );
            None
        }
    }
}

fn role(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    simple::<Role>(decl, parent, lx, stack);
}

fn output(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    simple::<Output>(decl, parent, lx, stack);
}

fn parameter(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    simple::<Parameter>(decl, parent, lx, stack);
}

/// `cfn_resource ID { type: "AWS::…", properties: { … } }`: the CDK's `new CfnResource`,
/// at the top level, in a `construct`, in a `user_pool` or in another `cfn_resource`. The
/// items it holds are made in its scope (`new CfnResource(user, ID, …)`), as a `construct`'s
/// are: their paths, and so their logical ids, go through its own.
fn cfn_resource(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    holding::<CfnResource>(decl, (parent, lx, stack), TOP);
}

#[derive(Default)]
struct StackSettings {
    env: Option<Env>,
    tags: Option<Vec<(String, String)>>,
    synthesizer: Option<Synthesizer>,
    baseline: Option<super::change::BaselineFile>,
    accept_removal: Option<Vec<String>>,
    feature_flags: Option<FeatureFlags>,
    // Best-practice checks (`lower/checks.rs`).
    checks: Option<Vec<Pack>>,
    acknowledge: Option<Vec<(String, String)>>,
}

block!(StackSettings, "stack" {
    "env" => env,
    "tags" => tags with |v, lx| super::free_map(v, lx, String::lower),
    "synthesizer" => synthesizer [plain] with super::app::synthesizer,
    "baseline" => baseline with super::change::baseline,
    "accept_removal" => accept_removal with super::change::logical_ids,
    "feature_flags" => feature_flags with super::change::feature_flags,
    "checks" => checks with super::checks::packs,
    "acknowledge" => acknowledge with super::checks::stack_acknowledgements,
});

/// Every setting of the `stack` item (its `tags` are the stack's own, not an item's).
fn stack_settings(decl: &ItemDecl) -> impl Iterator<Item = &Setting> {
    decl.block.iter().flat_map(|b| &b.entries).filter_map(|e| match e {
        Entry::Setting(s) => Some(s),
        Entry::Item(_) => None,
    })
}

pub(super) fn stack_decl(decl: &ItemDecl, lx: &mut Lx) -> (Stack, Option<super::change::BaselineFile>) {
    lx.node = None;
    lx.path.clear();
    let (first, last) = decl.id.span();
    lx.at("name", |lx| lx.record(first, (first, last)));
    if let Some(import) = &decl.import {
        lx.error(import.first, import.last, "a `stack` cannot be imported");
    }
    for s in stack_settings(decl) {
        if let Some(v) = &s.value
            && contains_expr(v)
        {
            lx.error(
                v.first,
                v.last,
                "stack settings must be literals: the stack's name and environment shape every logical id",
            );
        }
    }
    let settings: StackSettings = match &decl.block {
        Some(_) => lower_settings::<StackSettings>(stack_settings(decl), brace_span(decl), lx).0,
        None => StackSettings::default(),
    };
    let mut stack = Stack::new(decl.id.construct_id()).with_env(settings.env.unwrap_or_default());
    for (key, value) in settings.tags.unwrap_or_default() {
        stack.add_stack_tag(key, value);
    }
    if let Some(synthesizer) = settings.synthesizer {
        stack = stack.with_synthesizer(synthesizer);
    }
    let (packs, acknowledged) = (settings.checks, settings.acknowledge);
    super::checks::apply_to_stack(&mut stack, packs.unwrap_or_default(), acknowledged.unwrap_or_default());
    super::change::apply(&mut stack, settings.accept_removal, settings.feature_flags);
    (stack, settings.baseline)
}

fn contains_expr(v: &Value) -> bool {
    match &v.kind {
        ValueKind::Expr(_) => true,
        ValueKind::Block(b) => b
            .entries
            .iter()
            .any(|e| matches!(e, Entry::Setting(Setting { value: Some(v), .. }) if contains_expr(v))),
        ValueKind::List(items) => items.iter().any(contains_expr),
        _ => false,
    }
}

/// `construct NAME { items }`: a scope whose id goes into the construct path of its items.
fn construct(decl: &ItemDecl, parent: Option<usize>, lx: &mut Lx, stack: &mut Stack) {
    if let Some(import) = &decl.import {
        lx.error(import.first, import.last, "a `construct` cannot be imported");
        return;
    }
    let node = start(decl, parent, Item::Construct, lx, stack);
    for s in settings_of(decl) {
        lx.error(s.key.span(), s.key.span(), "a `construct` holds items, not settings");
    }
    for item in nested_items(decl) {
        lower_item(item, Some(node), TOP, lx, stack);
    }
}
