//! The generation of every runtime props table (`cognito_runtime::__internal::table`): the builder
//! calls follow the same tables as the runtime's types and the macro's keys.

use cognito_runtime::*;
use proc_macro2::TokenStream;
use quote::quote;

use super::{Gen, Lift};

cognito_runtime::__user_pool_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__client_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__resource_server_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__domain_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__group_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__idp_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__identity_pool_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__lambda_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__role_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__output_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__grant_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__stack_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__ui_customization_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__cfn_resource_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__risk_configuration_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__user_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__principal_tags_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__managed_login_branding_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__terms_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__log_delivery_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__replica_props!(crate::pipeline::generate::lift_props);
cognito_runtime::__regional_configuration_props!(crate::pipeline::generate::lift_props);
