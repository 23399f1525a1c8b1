use cognito::cognito;

// The CDK accepts this (`EnabledMfas: []`); Cognito rejects it at deploy time.

fn main() {
    let _stack = cognito! {
        user_pool pool {
            mfa: REQUIRED,
            mfa_second_factor: { sms: false, otp: false },
        }
    };
}
