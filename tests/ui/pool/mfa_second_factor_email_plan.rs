use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: LITE,
            mfa: REQUIRED,
            mfa_second_factor: { sms: false, otp: true, email: true },
            email: with_ses { from_email: "noreply@example.com", ses_region: "us-east-1" },
        }
    };
}
