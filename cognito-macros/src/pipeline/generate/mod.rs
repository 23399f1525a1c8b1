//! Generation: the checked model back into Rust, as builder calls on `::cognito::__private`
//! paths (or those of the crate path `#![crate = …]` gives). It cannot fail: every value it meets is one the lowering made. An `(EXPR)` is put
//! back where it was written, converted with `Into`.

use std::collections::HashMap;

use cognito_runtime::__internal::table::{MapKey, Segment};
use cognito_runtime::*;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// Where generation is: the node, the field path, and the `(EXPR)`s to put back.
pub struct Gen<'a> {
    deferred: &'a HashMap<(usize, String), TokenStream>,
    node: usize,
    path: String,
}

impl Gen<'_> {
    fn push(&mut self, segment: &str) -> String {
        let saved = self.path.clone();
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(segment.trim_start_matches("r#"));
        saved
    }

    fn deferred_here(&self) -> Option<&TokenStream> {
        self.deferred.get(&(self.node, self.path.clone()))
    }

    /// The tokens for field `segment` of the current value, or `None` when it has its
    /// default value and was not written as `(EXPR)`.
    fn field<T: Lift + Default + PartialEq>(&mut self, segment: &str, value: &T) -> Option<TokenStream> {
        let saved = self.push(segment);
        let out = if self.deferred_here().is_none() && *value == T::default() {
            None
        } else {
            Some(value.lift_at(self))
        };
        self.path = saved;
        out
    }

    /// The tokens for `value` at `segment`, always.
    fn element<T: Lift>(&mut self, segment: &str, value: &T) -> TokenStream {
        let saved = self.push(segment);
        let out = value.lift_at(self);
        self.path = saved;
        out
    }
}

/// A model value that can be written back as Rust.
pub trait Lift {
    fn lift(&self, g: &mut Gen) -> TokenStream;

    /// An `(EXPR)` written where a value of this type goes.
    fn wrap_expr(expr: TokenStream) -> TokenStream {
        expr
    }

    /// The value at the current path: the `(EXPR)` written there, or the value itself.
    fn lift_at(&self, g: &mut Gen) -> TokenStream {
        match g.deferred_here() {
            Some(expr) => Self::wrap_expr(quote!(__cognito::Into::into(#expr))),
            None => self.lift(g),
        }
    }
}

/// The path segment of a list element: its index, or the key of a map entry.
fn segment<T: Segment>(item: &T, index: usize) -> String {
    item.segment().unwrap_or_else(|| index.to_string())
}

impl Lift for bool {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        if *self { quote!(true) } else { quote!(false) }
    }
}

impl Lift for i64 {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        let lit = Literal::u64_unsuffixed(self.unsigned_abs());
        if *self < 0 { quote!(-#lit) } else { quote!(#lit) }
    }
}

impl Lift for f64 {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        let lit = Literal::f64_suffixed(self.abs());
        if *self < 0.0 { quote!(-#lit) } else { quote!(#lit) }
    }
}

impl Lift for String {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        quote!(__cognito::string(#self))
    }
}

impl<T: Lift> Lift for Option<T> {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Some(v) => {
                let v = v.lift(g);
                quote!(__cognito::Some(#v))
            }
            None => quote!(__cognito::None),
        }
    }
    fn wrap_expr(expr: TokenStream) -> TokenStream {
        let inner = T::wrap_expr(expr);
        quote!(__cognito::Some(#inner))
    }
}

impl<T: Lift + Segment> Lift for Vec<T> {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        let items = self.iter().enumerate().map(|(i, item)| g.element(&segment(item, i), item));
        let items: Vec<TokenStream> = items.collect();
        quote!(__cognito::vec![#(#items),*])
    }
}

/// A map entry: the key, and the value at the path the key names.
impl<K: Lift + MapKey, V: Lift> Lift for (K, V) {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        self.lift_at(g)
    }
    fn lift_at(&self, g: &mut Gen) -> TokenStream {
        let k = self.0.lift(g);
        let v = self.1.lift_at(g);
        quote!((#k, #v))
    }
}

mod asset;
mod cfn;
mod change;
mod checks;
mod client;
mod federation;
mod identity_pool;
mod pool;
mod raw;
mod tables;

/// A unit-only enum of the runtime, written as `__cognito::Type::Variant`.
macro_rules! lift_enum {
    ($($ty:ident),* $(,)?) => {$(
        impl Lift for $ty {
            fn lift(&self, _: &mut Gen) -> TokenStream {
                let variant = ::proc_macro2::Ident::new(&format!("{self:?}"), ::proc_macro2::Span::call_site());
                quote!(__cognito::$ty::#variant)
            }
        }
    )*};
}
pub(crate) use lift_enum;

/// A struct of the runtime, written as a struct literal of its non-default fields (and
/// `..Default::default()` only when one is left out: clippy's `needless_update` would flag it
/// in the user's crate).
macro_rules! lift_struct {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Lift for $ty {
            fn lift(&self, g: &mut Gen) -> TokenStream {
                let mut fields = TokenStream::new();
                let mut complete = true;
                $(
                    match g.field(stringify!($field), &self.$field) {
                        Some(t) => fields.extend(quote!($field: #t,)),
                        None => complete = false,
                    }
                )*
                let rest = if complete { quote!() } else { quote!(..__cognito::Default::default()) };
                quote!(__cognito::$ty { #fields #rest })
            }
        }
    )*};
}
pub(crate) use lift_struct;

/// The generation of a runtime props table (see `cognito_runtime::__internal::table`): each struct as a
/// struct literal of its non-default fields, each enum member by its variant.
macro_rules! lift_props {
    ($(
        $(#[$attr:meta])*
        $vis:vis $kind:ident $name:ident $what:literal { $($body:tt)* }
    )*) => {$(
        $crate::pipeline::generate::lift_props!(@one $kind $name { $($body)* });
    )*};
    (@one struct $name:ident {
        $(
            $(#[$fattr:meta])*
            $([$flag:ident])? $field:ident $(| $alias:ident)* : $ty:ty $(= $cfn:literal)? $(=> $lower:path)?
        ),* $(,)?
    }) => {
        $crate::pipeline::generate::lift_struct! { $name { $($field),* } }
    };
    (@one enum $name:ident { $($body:tt)* }) => {
        impl $crate::pipeline::generate::Lift for $name {
            fn lift(&self, _: &mut $crate::pipeline::generate::Gen) -> ::proc_macro2::TokenStream {
                let variant = ::proc_macro2::Ident::new(
                    ::cognito_runtime::__internal::table::Members::variant(*self),
                    ::proc_macro2::Span::call_site(),
                );
                ::quote::quote!(__cognito::$name::#variant)
            }
        }
    };
}
pub(crate) use lift_props;

/// An item imported by one function, `KIND ID = function(value);`: a struct of the one field
/// `value` goes into (its field path is the function's name).
macro_rules! lift_import {
    ($($ty:ident { $field:ident } = $function:literal)*) => {$(
        impl Lift for $ty {
            fn lift(&self, g: &mut Gen) -> TokenStream {
                let value = g.element($function, &self.$field);
                quote!(__cognito::$ty { $field: #value })
            }
        }
    )*};
}

lift_import! {
    ImportedUserPoolClient { user_pool_client_id } = "from_user_pool_client_id"
    ImportedUserPoolResourceServer { user_pool_resource_server_id } = "from_user_pool_resource_server_id"
    ImportedUserPoolDomain { domain_name } = "from_domain_name"
    ImportedUserPoolGroup { group_name } = "from_group_name"
    ImportedUserPoolIdentityProvider { provider_name } = "from_provider_name"
}

impl Lift for Value {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Value::Str(s) => quote!(__cognito::str_value(#s)),
            Value::Ref(r) => quote!(__cognito::Value::Ref(__cognito::string(#r))),
            Value::GetAtt(r, a) => quote!(__cognito::Value::get_att(#r, #a)),
            Value::Sub(s) => quote!(__cognito::Value::Sub(__cognito::string(#s))),
            Value::ImportValue(v) => {
                let v = v.lift(g);
                quote!(__cognito::Value::import_value(#v))
            }
            Value::Join(sep, parts) => {
                let parts: Vec<TokenStream> = parts.iter().map(|p| p.lift(g)).collect();
                quote!(__cognito::Value::Join(__cognito::string(#sep), __cognito::vec![#(#parts),*]))
            }
            Value::Attr(r, attr) => {
                let r = r.lift(g);
                let attr = attr.lift(g);
                quote!(__cognito::Value::Attr(#r, #attr))
            }
        }
    }
}

impl Lift for ItemRef {
    fn lift(&self, _: &mut Gen) -> TokenStream {
        match self {
            ItemRef::Name(n) => quote!(__cognito::ItemRef::Name(__cognito::string(#n))),
            ItemRef::Path(names) => {
                quote!(__cognito::ItemRef::Path(__cognito::vec![#(__cognito::string(#names)),*]))
            }
            ItemRef::Node(n) => {
                let n = node_var(*n);
                quote!(__cognito::ItemRef::Node(#n))
            }
        }
    }
}

impl Lift for Attr {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Attr::BaseUrl { fips } => quote!(__cognito::Attr::BaseUrl { fips: #fips }),
            Attr::SignInUrl(s) => {
                let s = s.lift(g);
                quote!(__cognito::Attr::SignInUrl(__cognito::Box::new(#s)))
            }
            other => {
                let variant = Ident::new(&format!("{other:?}"), Span::call_site());
                quote!(__cognito::Attr::#variant)
            }
        }
    }
}

impl Lift for Arn {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Arn::Item(r) => {
                let r = r.lift(g);
                quote!(__cognito::Arn::Item(#r))
            }
            Arn::Value(v) => {
                let v = v.lift(g);
                quote!(__cognito::Arn::Value(#v))
            }
        }
    }
}

impl Lift for Item {
    fn lift(&self, g: &mut Gen) -> TokenStream {
        match self {
            Item::UserPool(p) => p.lift(g),
            Item::ImportedUserPool(p) => p.lift(g),
            Item::AddedTrigger(t) => t.lift(g),
            Item::LambdaFunction(f) => f.lift(g),
            Item::Role(r) => r.lift(g),
            Item::Output(o) => o.lift(g),
            Item::Parameter(p) => p.lift(g),
            Item::UserPoolDomain(d) => d.lift(g),
            Item::ImportedUserPoolDomain(d) => d.lift(g),
            Item::UserPoolGroup(gr) => gr.lift(g),
            Item::ImportedUserPoolGroup(gr) => gr.lift(g),
            Item::UserPoolIdentityProvider(p) => p.lift(g),
            Item::ImportedUserPoolIdentityProvider(p) => p.lift(g),
            Item::Construct => quote!(__cognito::Item::Construct),
            Item::Grant(grant) => grant.lift(g),
            Item::UserPoolUiCustomizationAttachment(u) => u.lift(g),
            Item::UserPoolRiskConfigurationAttachment(r) => r.lift(g),
            Item::UserPoolUser(u) => u.lift(g),
            Item::IdentityPoolPrincipalTag(t) => t.lift(g),
            Item::ManagedLoginBranding(b) => b.lift(g),
            Item::Terms(t) => t.lift(g),
            Item::LogDeliveryConfiguration(l) => l.lift(g),
            Item::UserPoolReplica(r) => r.lift(g),
            Item::UserPoolRegionalConfigurationAttachment(r) => r.lift(g),
            Item::UserPoolClient(c) => c.lift(g),
            Item::ImportedUserPoolClient(c) => c.lift(g),
            Item::UserPoolResourceServer(r) => r.lift(g),
            Item::ImportedUserPoolResourceServer(r) => r.lift(g),
            Item::IdentityPool(p) => p.lift(g),
            Item::ImportedIdentityPool(p) => p.lift(g),
            Item::CfnResource(r) => r.lift(g),
        }
    }
}

/// The expression that builds `stack`; `compiled` is its template, when the check rendered
/// it (a block of one stack known whole).
pub fn generate(
    stack: &Stack,
    deferred: &HashMap<(usize, String), TokenStream>,
    compiled: Option<&str>,
    private: &TokenStream,
) -> TokenStream {
    let s = Ident::new("__cognito_stack", Span::mixed_site());
    let name = stack.name();
    let env = stack.env();
    // Every path of the expansion goes through this one alias of `::cognito::__private`:
    // the expansion is a third shorter than with full paths, and compiles faster.
    let mut body = quote! {
        #[allow(unused_imports)]
        use #private as __cognito;
        let mut #s = __cognito::Stack::new(#name);
    };
    // Room for every item at once: the list is not copied as it grows.
    let items = stack.nodes().len();
    if items > 1 {
        body.extend(quote!(#s.reserve(#items);));
    }
    if *env != Env::default() {
        let env = env.lift(&mut Gen { deferred, node: usize::MAX, path: String::new() });
        body.extend(quote! {
            #s = #s.with_env(#env);
        });
    }
    for (key, value) in stack.tags() {
        body.extend(quote!(#s.add_stack_tag(#key, #value);));
    }
    if let Some(synthesizer) = stack.synthesizer() {
        let variant = Ident::new(&format!("{synthesizer:?}"), Span::call_site());
        body.extend(quote!(#s = #s.with_synthesizer(__cognito::Synthesizer::#variant);));
    }
    for (i, node) in stack.nodes().iter().enumerate() {
        // The item that created this one creates it again (an identity pool's provider clients).
        if node.created_by().is_some() {
            continue;
        }
        let var = Ident::new(&format!("__cognito_n{i}"), Span::mixed_site());
        let parent = match node.parent() {
            Some(p) => {
                let p = node_var(p);
                quote!(__cognito::Some(#p))
            }
            None => quote!(__cognito::None),
        };
        let id = &node.id;
        let name = match &node.name {
            Some(n) => quote!(__cognito::Some(#n)),
            None => quote!(__cognito::None),
        };
        let mut g = Gen { deferred, node: i, path: String::new() };
        let item = node.item.lift(&mut g);
        body.extend(quote! {
            #[allow(unused_variables)]
            let #var = #s.add_node(#parent, #id, #name, #item);
        });
        for on in &node.depends_on {
            let on = on.lift(&mut g);
            body.extend(quote!(#s.add_dependency(#var, #on);));
        }
        for (key, value) in &node.tags {
            let value = match deferred.get(&(i, format!("tags.{key}"))) {
                Some(expr) => quote!(#expr),
                None => quote!(#value),
            };
            body.extend(quote!(#s.add_tag(#var, #key, #value);));
        }
        body.extend(raw::overrides(node, &mut g, &s, &var));
    }
    body.extend(change::settings(stack, &s));
    body.extend(checks::checks(stack, deferred, &s));
    // The rules just held on this very stack; with no `(EXPR)` nothing in it is left to
    // check at run time, and `synth` need not run them again (until the stack is changed).
    // The template rendered then is the one `synth_to_string` would render now.
    if deferred.is_empty() {
        let compiled = match compiled.and_then(raw_string) {
            Some(text) => quote!(__cognito::Some(#text)),
            None => quote!(__cognito::None),
        };
        body.extend(quote!(#s = #s.__checked_by_macro(#compiled);));
    }
    quote! {{ #body #s }}
}

/// `text` as a raw string literal (`r#"…"#`, with one `#` more than any run of them after a
/// quote in `text`): written as it is, where a plain literal escapes every quote of the JSON
/// and takes five times as long to make for a large template. `None` in the one case a
/// literal cannot be made (a carriage return, which a raw literal would not keep; the
/// template then renders at run time).
fn raw_string(text: &str) -> Option<proc_macro2::Literal> {
    if text.contains('\r') {
        return None;
    }
    let hashes = text
        .split('"')
        .skip(1)
        .map(|after| after.bytes().take_while(|b| *b == b'#').count())
        .max()
        .unwrap_or(0)
        + 1;
    let fence = "#".repeat(hashes);
    format!("r{fence}\"{text}\"{fence}").parse().ok()
}

/// The expression a checked block expands to: its one stack (see [`generate`]), or the app
/// of its stacks; `lxs` holds the `(EXPR)`s of each stack, `compiled` the template of a block of
/// one stack the check rendered.
pub fn generate_block(
    app: &App,
    lxs: &[crate::pipeline::lower::Lx],
    compiled: Option<&str>,
    private: &TokenStream,
) -> TokenStream {
    if let ([stack], [lx]) = (app.stacks(), lxs) {
        return generate(stack, &lx.deferred, compiled, private);
    }
    let a = Ident::new("__cognito_app", Span::mixed_site());
    let stacks = app.stacks().iter().zip(lxs).map(|(stack, lx)| generate(stack, &lx.deferred, None, private));
    quote! {{
        let mut #a = #private::App::new();
        #( #a.add_stack(#stacks); )*
        #a
    }}
}

/// The variable that holds the id `add_node` returned for `node`. (Lowering refers to items
/// by name; a reference by node is to an item added before, whose variable is in scope.)
fn node_var(node: NodeId) -> Ident {
    Ident::new(&format!("__cognito_n{}", node.index()), Span::mixed_site())
}

#[cfg(test)]
mod tests {
    use super::raw_string;

    /// The value of the literal `raw_string` makes, as the compiler reads it.
    fn read_back(text: &str) -> Option<String> {
        let literal = raw_string(text)?.to_string();
        let (fence, rest) = literal.strip_prefix('r')?.split_at(literal[1..].find('"')?);
        rest.strip_prefix('"')?.strip_suffix(fence)?.strip_suffix('"').map(str::to_owned)
    }

    #[test]
    fn a_template_is_written_as_it_is_in_a_raw_literal() {
        let text = "{\n  \"Description\": \"a \\\"quoted\\\" #tag\"\n}";
        assert_eq!(raw_string(text).map(|l| l.to_string()), Some(format!("r#\"{text}\"#")));
        assert_eq!(read_back(text).as_deref(), Some(text));
    }

    #[test]
    fn quotes_followed_by_hashes_lengthen_the_fence() {
        let text = "{\"a\": \"x\"##, \"b\": \"#\"}";
        let literal = raw_string(text).map(|l| l.to_string()).unwrap_or_default();
        assert!(literal.starts_with("r###\"") && literal.ends_with("\"###"), "{literal}");
        assert_eq!(read_back(text).as_deref(), Some(text));
    }

    #[test]
    fn a_carriage_return_is_not_embedded() {
        assert!(raw_string("{\r\n}").is_none());
    }
}
