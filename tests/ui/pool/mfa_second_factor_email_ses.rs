use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            mfa: REQUIRED,
            mfa_second_factor: { sms: false, otp: true, email: true },
        }
    };
}
