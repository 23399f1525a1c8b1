use cognito::cognito;

// The CDK accepts `mfaMessage: ''`; CloudFormation does not (`SmsAuthenticationMessage` is
// 6 to 140 characters).

fn main() {
    let _stack = cognito! {
        user_pool pool {
            mfa: OPTIONAL,
            mfa_message: "",
        }
    };
}
