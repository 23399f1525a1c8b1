//! Every props table at once: the blocks and enums the language has, in table order, and the
//! key reference of the language guide (`docs/language.md`, "Every key") made from them. It
//! names every resource's table, so it sits above the resources.

use crate::core::table::{KeyInfo, Members, Props};

/// One entry of the [`catalogue`]: a block and its keys, or an enum and its members.
#[derive(Clone, Copy, Debug)]
pub enum Entry {
    /// A props struct: its block name (`user_pool`) and its keys.
    Block(&'static str, &'static [KeyInfo]),
    /// An enum: its CDK name (`Mfa`) and its members as the CDK spells them.
    Enum(&'static str, &'static [&'static str]),
}

/// Every table's blocks and enums, in table order: what the language guide's key reference
/// lists (a test keeps the two in step).
pub fn catalogue() -> Vec<Entry> {
    let mut out = Vec::new();
    macro_rules! collect {
        ($( $(#[$a:meta])* $vis:vis $kind:ident $name:ident $what:literal { $($body:tt)* } )*) => {
            $( collect!(@one $kind $name { $($body)* }); )*
        };
        (@one struct $name:ident { $($body:tt)* }) => {
            out.push(Entry::Block(<$name as Props>::WHAT, <$name as Props>::KEYS));
        };
        (@one enum $name:ident { $( $(#[$v:meta])* $variant:ident = $cdk:ident ),* $(,)? }) => {
            out.push(Entry::Enum(<$name as Members>::TYPE, &[$(stringify!($cdk)),*]));
        };
    }
    use crate::core::env::*;
    use crate::resources::cfn_resource::*;
    use crate::resources::client::*;
    use crate::resources::domain::*;
    use crate::resources::grant::*;
    use crate::resources::group::*;
    use crate::resources::iam::*;
    use crate::resources::identity_pool::*;
    use crate::resources::idp::*;
    use crate::resources::lambda::*;
    use crate::resources::log_delivery::*;
    use crate::resources::managed_login_branding::*;
    use crate::resources::output::*;
    use crate::resources::principal_tags::*;
    use crate::resources::regional_configuration::*;
    use crate::resources::replica::*;
    use crate::resources::resource_server::*;
    use crate::resources::risk_configuration::*;
    use crate::resources::terms::*;
    use crate::resources::ui_customization::*;
    use crate::resources::user::*;
    use crate::resources::user_pool::*;
    crate::__user_pool_props!(collect);
    crate::__client_props!(collect);
    crate::__resource_server_props!(collect);
    crate::__domain_props!(collect);
    crate::__group_props!(collect);
    crate::__idp_props!(collect);
    crate::__identity_pool_props!(collect);
    crate::__lambda_props!(collect);
    crate::__role_props!(collect);
    crate::__output_props!(collect);
    crate::__grant_props!(collect);
    crate::__stack_props!(collect);
    crate::__ui_customization_props!(collect);
    crate::__cfn_resource_props!(collect);
    crate::__managed_login_branding_props!(collect);
    crate::__terms_props!(collect);
    crate::__log_delivery_props!(collect);
    crate::__replica_props!(collect);
    crate::__regional_configuration_props!(collect);
    crate::__risk_configuration_props!(collect);
    crate::__user_props!(collect);
    crate::__principal_tags_props!(collect);
    out
}

/// The key reference of the language guide, as Markdown: each block with its keys
/// (required ones marked, aliases after a slash), each enum with its members.
pub fn key_reference() -> String {
    let mut blocks = String::new();
    let mut enums = String::new();
    for entry in catalogue() {
        match entry {
            Entry::Block(what, keys) => {
                let keys: Vec<String> = keys
                    .iter()
                    .filter(|k| !k.from_id)
                    .map(|k| {
                        let mut key = format!("`{}`", k.name);
                        for alias in k.aliases {
                            key.push_str(&format!(" / `{alias}`"));
                        }
                        if k.required {
                            key.push_str(" (required)");
                        }
                        key
                    })
                    .collect();
                blocks.push_str(&format!("| `{what}` | {} |\n", keys.join(", ")));
            }
            Entry::Enum(name, members) => {
                let members: Vec<String> = members.iter().map(|m| format!("`{m}`")).collect();
                enums.push_str(&format!("| `{name}` | {} |\n", members.join(", ")));
            }
        }
    }
    format!("| block | keys |\n|---|---|\n{blocks}\n| enum | members |\n|---|---|\n{enums}")
}
