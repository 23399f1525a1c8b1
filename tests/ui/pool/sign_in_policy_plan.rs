use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: LITE,
            sign_in_policy: { allowed_first_auth_factors: { password, email_otp } },
        }
    };
}
