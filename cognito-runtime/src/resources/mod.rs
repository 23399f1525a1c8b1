//! The third layer: one module per kind of item — its props, how it renders, its rules. A
//! resource uses `core` and `context` only: what it needs of another item it asks the
//! context (`context::facts`), never the other item's module.

pub(crate) mod cfn_resource;
pub(crate) mod client;
pub(crate) mod domain;
pub(crate) mod grant;
pub(crate) mod group;
pub(crate) mod iam;
pub(crate) mod identity_pool;
pub(crate) mod idp;
pub(crate) mod imported;
pub(crate) mod lambda;
pub(crate) mod log_delivery;
pub(crate) mod managed_login_branding;
pub(crate) mod output;
pub(crate) mod principal_tags;
pub(crate) mod regional_configuration;
pub(crate) mod replica;
pub(crate) mod resource_server;
pub(crate) mod risk_configuration;
pub(crate) mod terms;
pub(crate) mod ui_customization;
pub(crate) mod user;
pub(crate) mod user_pool;
