//! The CDK's performance case `big100` for any number of pools: `n` user pools, each with a
//! `web` client (SRP) and an `api` client (secret, code grant), built with the runtime
//! builders. Shared by the `big` example, the synthesis benchmark and the parity test.

use cognito::*;

/// `n` pools as `tests/fixtures/cdk/cases/big100.js` builds them.
pub fn big_stack(n: usize) -> Stack {
    let mut s = Stack::new("Stack");
    s.reserve(3 * n);
    for i in 0..n {
        let pool = s.add(
            format!("Pool{i}"),
            UserPool {
                user_pool_name: Some(format!("pool-{i}").into()),
                self_sign_up_enabled: Some(i % 2 == 0),
                sign_in_aliases: Some(SignInAliases {
                    username: true,
                    email: true,
                    ..SignInAliases::default()
                }),
                password_policy: Some(PasswordPolicy {
                    min_length: Some(8 + (i % 10) as i64),
                    ..PasswordPolicy::default()
                }),
                ..UserPool::default()
            },
        );
        let web = UserPoolClient {
            auth_flows: Some(AuthFlow { user_srp: Some(true), ..AuthFlow::default() }),
            ..UserPoolClient::default()
        };
        let api = UserPoolClient {
            generate_secret: Some(true),
            o_auth: Some(OAuthSettings {
                flows: Some(OAuthFlows { authorization_code_grant: true, ..OAuthFlows::default() }),
                callback_urls: Some(vec![format!("https://app{i}.example.com/cb").into()]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        };
        s.add_client(pool, "web", web);
        s.add_client(pool, "api", api);
    }
    s
}
