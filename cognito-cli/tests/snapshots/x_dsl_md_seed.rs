use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            feature_flags: RECOMMENDED,
            lambda_function auth_challenge_fn {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler = async () => {}"),
            }
            user_pool myuserpool {
                user_pool_name: "myawesomeapp-userpool",
                self_sign_up_enabled: true,
                user_verification: {
                    email_subject: "Verify your email for our awesome app!",
                    email_body: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                    sms_message: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                },
                user_invitation: {
                    email_subject: "Invite to join our awesome app!",
                    email_body: "Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}",
                    sms_message: "Your temporary password for our awesome app is {####}",
                },
                sign_in_aliases: { username, email },
                auto_verify: { email, phone },
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
                mfa_second_factor: { sms, otp },
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
                lambda_triggers: { create_auth_challenge: auth_challenge_fn },
                client customer_app_client as "customer-app-client" {
                    auth_flows: { user_password, user_srp },
                    o_auth: {
                        flows: { authorization_code_grant },
                        scopes: [OPENID],
                        callback_urls: ["https://my-app-domain.com/welcome"],
                    },
                }
            }
            user_pool other_awesome_user_pool as "other-awesome-user-pool" = from_user_pool_id("us-east-1_mtRyYQ14D") {
                client web {
                    auth_flows: { user_srp },
                }
            }
            user_pool customer_app_client_pool = from_user_pool_id("us-east-1_oiuR12Abd");
            user_pool_client "customer-app-client" {
                user_pool: customer_app_client_pool,
            }
        }
    };
    cognito::cli::main(&stack);
}
