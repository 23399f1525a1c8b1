use cognito::cognito;

// The CDK accepts this; Cognito rejects it at deploy time.

fn main() {
    let _stack = cognito! {
        user_pool pool {
            enable_sms_role: false,
            mfa: REQUIRED,
        }
    };
}
