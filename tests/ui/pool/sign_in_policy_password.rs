use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            sign_in_policy: { allowed_first_auth_factors: { password: false, email_otp: true } },
        }
    };
}
