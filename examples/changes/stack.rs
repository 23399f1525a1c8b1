//! The next version of a pool deployed with the AWS CDK (`Stack.template.json` here is what
//! `cdk synth` wrote for it: `tests/fixtures/cdk/cases/change_readme.before.js`). Shared by
//! the example and its test.

use cognito::cognito;

/// The stack as it is now written: a password policy added (updated in place), phone sign-in
/// added (Cognito refuses it), the client renamed (a new client id), and the group renamed,
/// which is accepted on purpose.
pub fn stack() -> cognito::Stack {
    cognito! {
        user_pool Pool {
            user_pool_name: "shop-users",
            sign_in_aliases: { email, phone },
            password_policy: { min_length: 12 },
            client webapp {}
            domain Domain { cognito_domain: { domain_prefix: "shop-auth" } }
            group admins { group_name: "administrators", accept_replacement: true }
        }
    }
}
