//! Small builders of user-pool props shared by the user-pool tests.

use cognito::*;

/// The default props, to spread: `UserPool { mfa: …, ..props() }`.
pub fn props() -> UserPool {
    UserPool::default()
}

/// A Lambda function with inline code, as the CDK cases write it (`compact`: without spaces,
/// the older cases; otherwise `exports.handler = async () => {}`).
pub fn function(compact: bool) -> LambdaFunction {
    let code = if compact { "exports.handler=async()=>{}" } else { "exports.handler = async () => {}" };
    LambdaFunction {
        runtime: "nodejs20.x".into(),
        handler: "index.handler".into(),
        code: Code::Inline(code.into()),
        ..LambdaFunction::default()
    }
}

/// A role assumed by `service`.
pub fn role(service: &str) -> Role {
    Role { assumed_by: Principal::Service(service.into()), ..Role::default() }
}

/// An output of `value`.
pub fn output(value: Value) -> Output {
    Output { value, ..Output::default() }
}

/// SES options sending from `from_email` in `ses_region`.
pub fn ses(from_email: &str, ses_region: &str) -> SesOptions {
    SesOptions { from_email: from_email.into(), ses_region: Some(ses_region.into()), ..SesOptions::default() }
}

/// A pool that sends e-mail with SES.
pub fn ses_pool(options: SesOptions) -> UserPool {
    UserPool { email: Some(UserPoolEmail::WithSes(options)), ..props() }
}

/// `StringAttribute`.
pub fn string_attr(min_len: Option<i64>, max_len: Option<i64>, mutable: Option<bool>) -> CustomAttribute {
    CustomAttribute::String(StringAttributeProps { min_len, max_len, mutable })
}

/// A pool with one custom attribute.
pub fn custom(name: &str, attr: CustomAttribute) -> UserPool {
    UserPool { custom_attributes: Some(vec![(name.into(), attr)]), ..props() }
}

/// A pool with `user_verification` in `style` and these subject, body and SMS message.
pub fn verifying(
    style: VerificationEmailStyle,
    email_subject: Option<&str>,
    email_body: Option<&str>,
    sms_message: Option<&str>,
) -> UserPool {
    let verification = UserVerification {
        email_subject: email_subject.map(Value::from),
        email_body: email_body.map(Value::from),
        email_style: Some(style),
        sms_message: sms_message.map(Value::from),
    };
    UserPool { user_verification: Some(verification), ..props() }
}

/// A pool with this password policy.
pub fn policy(p: PasswordPolicy) -> UserPool {
    UserPool { password_policy: Some(p), ..props() }
}

/// A pool whose temporary passwords are valid for `d`.
pub fn temp_password(d: Duration) -> UserPool {
    policy(PasswordPolicy { temp_password_validity: Some(d), ..PasswordPolicy::default() })
}

/// An identity pool `ids` whose user pool provider is the imported pool `pool_id` and its
/// imported client `client_id`.
pub fn imported_user_pool_provider(pool_id: &str, client_id: &str) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", ImportedUserPool::FromId(pool_id.into()));
    s.add("web", ImportedUserPoolClient { user_pool_client_id: client_id.into() });
    let provider = UserPoolAuthenticationProvider {
        user_pool_client: Some("web".into()),
        ..UserPoolAuthenticationProvider::new("pool")
    };
    let providers =
        IdentityPoolAuthenticationProviders { user_pools: Some(vec![provider]), ..Default::default() };
    s.add("ids", IdentityPool { authentication_providers: Some(providers), ..IdentityPool::default() });
    s
}
