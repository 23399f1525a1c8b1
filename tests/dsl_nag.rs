//! Parity with the AWS CDK and agreement with cdk-nag 3.0.2 for the cases written for the
//! best-practice checks (`x_nag_*`), through `cognito!`. (`x_nag_acknowledge` needs the
//! `acknowledge` key of the language; `tests/builders_nag.rs` covers it.)

mod common;

use cognito::cognito;
use common::*;

#[test]
fn x_nag_password_policy() {
    let stack = cognito! {
        user_pool Strong {
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
            password_policy: { min_length: 8, require_lowercase: false, require_uppercase: true, require_digits: true, require_symbols: true },
        }
        user_pool Short {
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
            password_policy: { min_length: 7, require_uppercase: true, require_digits: true, require_symbols: true },
        }
        user_pool NoUppercase {
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
            password_policy: { min_length: 8, require_uppercase: false, require_digits: true, require_symbols: true },
        }
        user_pool NoDigits {
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
            password_policy: { min_length: 8, require_uppercase: true, require_digits: false, require_symbols: true },
        }
        user_pool NoSymbols {
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
            password_policy: { min_length: 8, require_uppercase: true, require_digits: true, require_symbols: false },
        }
        user_pool Defaults {
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
            password_policy: {},
        }
        user_pool NoPolicy { mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS }
    };
    assert_parity(&stack, "x_nag_password_policy");
}

#[test]
fn x_nag_mfa_tier() {
    let stack = cognito! {
        user_pool Required {
            password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
        }
        user_pool Optional {
            password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
            mfa: OPTIONAL, mfa_second_factor: { sms: false, otp }, feature_plan: PLUS,
        }
        user_pool Off {
            password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
            mfa: OFF, feature_plan: PLUS,
        }
        user_pool Essentials {
            password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: ESSENTIALS,
        }
        user_pool Lite {
            password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
            mfa: REQUIRED, mfa_second_factor: { sms: false, otp }, feature_plan: LITE,
        }
    };
    assert_parity(&stack, "x_nag_mfa_tier");
}

#[test]
fn x_nag_identity_pool() {
    let stack = cognito! {
        identity_pool Guests { allow_unauthenticated_identities: true }
        identity_pool Members { allow_unauthenticated_identities: false }
        identity_pool Default {}
    };
    assert_parity(&stack, "x_nag_identity_pool");
}

#[test]
fn x_nag_lambda() {
    let stack = cognito! {
        lambda_function Node24 { runtime: NODEJS_24_X, handler: "index.handler", code: inline("exports.handler=async()=>{}") }
        lambda_function Node22 { runtime: NODEJS_22_X, handler: "index.handler", code: inline("exports.handler=async()=>{}") }
        lambda_function Python315 { runtime: "python3.15", handler: "index.handler", code: inline("exports.handler=async()=>{}") }
        lambda_function Python39 { runtime: "python3.9", handler: "index.handler", code: inline("exports.handler=async()=>{}") }
        parameter RuntimeName { type: "String" }
        // The language names runtimes by literal; a parameter's reference goes in as a value.
        lambda_function FromParameter {
            runtime: (cognito::Value::Ref("RuntimeName".into())),
            handler: "index.handler",
            code: inline("exports.handler=async()=>{}"),
        }
    };
    assert_parity(&stack, "x_nag_lambda");
}

#[test]
fn x_nag_iam5_action() {
    let stack = cognito! {
        role Role { assumed_by: service_principal("lambda.amazonaws.com") }
        user_pool Pool {
            grant Role { actions: ["cognito-idp:Admin*", "cognito-idp:ListUsers"] }
            grant Role { actions: ["cognito-idp:*"] }
            grant Plain { actions: ["cognito-idp:ListUsers"] }
        }
        role Plain { assumed_by: service_principal("lambda.amazonaws.com") }
    };
    assert_parity(&stack, "x_nag_iam5_action");
}
