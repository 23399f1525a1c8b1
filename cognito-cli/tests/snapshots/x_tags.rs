use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            feature_flags: RECOMMENDED,
            lambda_function fn_ as "fn" {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler=async()=>{}"),
                tags: { Team: "auth" },
            }
            user_pool Pool {
                mfa: REQUIRED,
                mfa_second_factor: { sms },
                lambda_triggers: { pre_sign_up: fn_ },
                tags: { Alpha: "a", Zeta: "z" },
                client web {}
                domain d {
                    cognito_domain: { domain_prefix: "abc-def" },
                }
                group g {}
            }
            identity_pool Ids {
                tags: { Env: "prod" },
            }
        }
    };
    cognito::cli::main(&stack);
}
