//! The keys of every block, and how each lowers: derived from the runtime's props tables
//! (`cognito_runtime::__internal::table`), the single source of every resource's props. The tables name
//! their types as the runtime does, so this module sees only the runtime's names, and the
//! forms a table names after `=>` (a value written in a form of its own).

use cognito_runtime::*;

use super::client::resource_server_scopes;
use super::federation::{certificate, pool_ref, secret};
use super::identity_pool::user_pool_providers;
use super::items::lambda_runtime;

cognito_runtime::__user_pool_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__client_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__resource_server_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__domain_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__group_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__idp_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__identity_pool_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__lambda_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__role_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__output_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__grant_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__stack_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__ui_customization_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__cfn_resource_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__risk_configuration_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__user_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__principal_tags_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__managed_login_branding_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__terms_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__log_delivery_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__replica_props!(crate::pipeline::lower::lower_props);
cognito_runtime::__regional_configuration_props!(crate::pipeline::lower::lower_props);
