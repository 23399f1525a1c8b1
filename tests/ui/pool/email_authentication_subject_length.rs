use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            mfa: REQUIRED,
            mfa_second_factor: { sms: false, otp, email },
            email: with_ses { from_email: "noreply@example.com", ses_region: "us-east-1" },
            email_authentication_subject: "",
        }
    };
}
