//! The complete examples of `docs/language.md` (the seed's, as in `examples/seed.rs`, and
//! `examples/later_versions.rs`) and the smallest block: each compiles, synthesizes, and gives
//! the template the CDK makes for the same configuration (`tests/fixtures/cdk/cases/x_dsl_md_*`).

mod common;
#[allow(dead_code)]
#[path = "../examples/later_versions.rs"]
mod later_versions;

use cognito::cognito;
use common::*;

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

#[test]
fn seed_gives_the_cdks_template() {
    // tests/fixtures/cdk/cases/x_dsl_md_seed.js is the same configuration written with the CDK.
    let reason = "DSL.md's seed declares `auth_challenge_fn` after the pool that uses it; the CDK program makes the function first";
    assert_parity_values(&seed(), "x_dsl_md_seed", reason);
}

/// The later-versions example of `docs/language.md`, `examples/later_versions.rs`.
#[test]
fn later_versions_example_gives_the_cdks_template() {
    assert_parity(&later_versions::stack(), "x_dsl_md_later_versions");
}

/// The smallest block: one named pool.
#[test]
fn shape_example() {
    let stack: cognito::Stack = cognito! {
        user_pool myuserpool {
            user_pool_name: "myawesomeapp-userpool",
        }
    };
    assert_parity(&stack, "pool_name");
}
