//! The seed's example from `DSL.md` ("The seed's examples, in this language"), written
//! exactly as there: it must compile and synthesize. It has no CDK fixture, so the test
//! checks the key properties of what it makes.

use cognito::cognito;
use serde_json::{Value, json};

fn seed() -> cognito::Stack {
    cognito! {
        user_pool myuserpool {
            user_pool_name: "myawesomeapp-userpool",
            self_sign_up_enabled: true,
            user_verification: {
                email_subject: "Verify your email for our awesome app!",
                email_body: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                email_style: CODE,
                sms_message: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
            },
            user_invitation: {
                email_subject: "Invite to join our awesome app!",
                email_body: "Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}",
                sms_message: "Your temporary password for our awesome app is {####}",
            },
            sign_in_aliases: { username: true, email: true },
            auto_verify: { email: true, phone: true },
            required_attributes: { fullname: true, address: true },
            custom_attributes: {
                myappid: string { min_len: 5, max_len: 15 },
                callingcode: number { min: 1, max: 3 },
                is_employee: boolean,
                joined_on: date_time,
            },
            sms_role: "arn:aws:iam::123456789012:role/userpoolsmsrole",
            sms_role_external_id: "c87467be-4f34-11ea-b77f-2e728ce88125",
            mfa: REQUIRED,
            mfa_second_factor: { sms: true, otp: true },
            password_policy: {
                min_length: 12,
                require_lowercase: true,
                require_uppercase: true,
                require_digits: true,
                require_symbols: true,
                temp_password_validity: days(3),
            },
            email_transmission: {
                from: "noreply@myawesomeapp.com",
                reply_to: "support@myawesomeapp.com",
            },
            triggers: {
                create_auth_challenge: auth_challenge_fn,
            },

            client "customer-app-client" {
                auth_flows: { user_password, user_srp },
                o_auth: {
                    flows: { authorization_code_grant },
                    scopes: [OPENID],
                    callback_urls: ["https://my-app-domain.com/welcome"],
                },
            }
        }

        lambda_function auth_challenge_fn {
            runtime: "nodejs20.x",
            handler: "index.handler",
            code: inline("exports.handler = async () => {}"),
        }

        user_pool awesome_pool as "awesome-user-pool" = from_user_pool_id("us-east-1_oiuR12Abd");
        user_pool "other-awesome-user-pool" = from_user_pool_arn(
            "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/us-east-1_mtRyYQ14D") {
            client web { auth_flows: { user_srp } }
        }

        user_pool_client "customer-app-client" {
            user_pool: awesome_pool,
        }
    }
}

fn resources(template: &Value) -> Vec<(String, String)> {
    let Some(resources) = template["Resources"].as_object() else { panic!("no Resources: {template}") };
    let mut out: Vec<(String, String)> = resources
        .iter()
        .map(|(id, r)| (id.clone(), r["Type"].as_str().unwrap_or_default().to_owned()))
        .collect();
    out.sort();
    out
}

#[test]
fn seed_synthesizes() {
    let template = match seed().synth() {
        Ok(t) => t,
        Err(e) => panic!("the seed must synthesize: {e}"),
    };
    let expected = [
        ("authchallengefn9F42F2A7", "AWS::Lambda::Function"),
        ("authchallengefnServiceRole6AD17C2B", "AWS::IAM::Role"),
        ("customerappclient431324C3", "AWS::Cognito::UserPoolClient"),
        ("myuserpool01998219", "AWS::Cognito::UserPool"),
        ("myuserpoolCreateAuthChallengeCognitoCE4A6821", "AWS::Lambda::Permission"),
        ("myuserpoolcustomerappclient26CA1FBE", "AWS::Cognito::UserPoolClient"),
        ("otherawesomeuserpoolwebAF31AA4A", "AWS::Cognito::UserPoolClient"),
    ];
    let expected: Vec<(String, String)> =
        expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(resources(&template), expected);

    let pool = &template["Resources"]["myuserpool01998219"]["Properties"];
    assert_eq!(pool["UserPoolName"], "myawesomeapp-userpool");
    assert_eq!(pool["MfaConfiguration"], "ON");
    assert_eq!(pool["EnabledMfas"], json!(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]));
    assert_eq!(
        pool["LambdaConfig"],
        json!({"CreateAuthChallenge": {"Fn::GetAtt": ["authchallengefn9F42F2A7", "Arn"]}})
    );
    assert_eq!(
        pool["SmsConfiguration"],
        json!({"ExternalId": "c87467be-4f34-11ea-b77f-2e728ce88125", "SnsCallerArn": "arn:aws:iam::123456789012:role/userpoolsmsrole"})
    );

    // `client "customer-app-client"` in the pool: the seed's `pool.addClient(…)`.
    let client = &template["Resources"]["myuserpoolcustomerappclient26CA1FBE"]["Properties"];
    assert_eq!(
        *client,
        json!({
            "AllowedOAuthFlows": ["code"],
            "AllowedOAuthFlowsUserPoolClient": true,
            "AllowedOAuthScopes": ["openid"],
            "CallbackURLs": ["https://my-app-domain.com/welcome"],
            "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            "SupportedIdentityProviders": ["COGNITO"],
            "UserPoolId": {"Ref": "myuserpool01998219"},
        })
    );

    // The clients of the imported pools name them by their literal ids.
    let web = &template["Resources"]["otherawesomeuserpoolwebAF31AA4A"]["Properties"];
    assert_eq!(web["UserPoolId"], "us-east-1_mtRyYQ14D");
    assert_eq!(web["ExplicitAuthFlows"], json!(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]));
    let top = &template["Resources"]["customerappclient431324C3"]["Properties"];
    assert_eq!(top["UserPoolId"], "us-east-1_oiuR12Abd");
    assert_eq!(top["CallbackURLs"], json!(["https://example.com"]));
}
