use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: LITE,
            web_authn_factor_configuration: MULTI_FACTOR_WITH_USER_VERIFICATION,
        }
    };
}
