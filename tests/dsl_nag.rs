//! Parity with the AWS CDK and agreement with cdk-nag 3.0.2 for the cases written for the
//! best-practice checks (`x_nag_*`), through `cognito!`; and blocks that run the checks at
//! compile time (`checks: [AWS_SOLUTIONS]`), one per family of rules, each finding
//! acknowledged so that the block compiles without an error or a warning.

mod common;

use cognito::{Pack, Severity, Stack, cognito};
use common::*;

/// The ids of the findings `stack`'s enabled checks acknowledge, asserting that they report
/// nothing else (no error, no warning, no stale acknowledgement).
fn acknowledged(stack: &Stack) -> Vec<String> {
    let findings = stack.run_checks().unwrap();
    assert!(findings.is_clean(), "{findings:#?}");
    assert!(stack.diagnose().is_empty(), "{:#?}", stack.diagnose());
    findings.acknowledged.iter().map(|f| f.id()).collect()
}

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

#[test]
fn x_nag_acknowledge() {
    let stack = cognito! {
        stack Stack {
            acknowledge: { "AwsSolutions-COG8": "reviewed by the security team" },
            user_pool Quiet { acknowledge: { "AwsSolutions-COG2": "reviewed by the security team" } }
            user_pool Sms {
                mfa: REQUIRED,
                mfa_second_factor: { sms: true, otp: false },
                acknowledge: {
                    "AwsSolutions-IAM5[Resource::*]": "reviewed by the security team",
                    "AwsSolutions-COG1[Policy::x]": "reviewed by the security team",
                },
            }
            user_pool Prefixed {
                acknowledge: {
                    "annotation::AwsSolutions-COG1": "reviewed by the security team",
                    "AwsSolutions COG2": "reviewed by the security team",
                },
            }
            lambda_function Bare {
                runtime: NODEJS_24_X, handler: "index.handler", code: inline("exports.handler=async()=>{}"),
                acknowledge: { "AwsSolutions-IAM4": "reviewed by the security team" },
            }
            lambda_function Exact {
                runtime: NODEJS_24_X, handler: "index.handler", code: inline("exports.handler=async()=>{}"),
                acknowledge: {
                    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
                        "reviewed by the security team",
                },
            }
        }
    };
    assert_parity(&stack, "x_nag_acknowledge");
    // The block does not enable the checks (its findings would not compile): cdk-nag's
    // verdicts are the ones `check_best_practices` gives, stale acknowledgements included.
    let findings = stack.check_best_practices(Pack::AwsSolutions).unwrap();
    let stale: Vec<&str> = findings.stale.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(stale, ["acknowledge.AwsSolutions-COG1[Policy::x]", "acknowledge.AwsSolutions-IAM4"]);
}

#[test]
fn the_cognito_rules_at_compile_time() {
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 6 },
                mfa: OPTIONAL,
                mfa_second_factor: { sms: false, otp },
                acknowledge: {
                    "AwsSolutions-COG1": "the passwords are a fallback; users sign in with a passkey",
                    "AwsSolutions-COG2": "MFA is offered; the app asks for it before payments",
                    "AwsSolutions-COG8": "the essentials tier is enough until launch",
                },
            }
            identity_pool guests {
                allow_unauthenticated_identities: true,
                acknowledge: { "AwsSolutions-COG7": "guests browse the catalogue before signing in" },
            }
        }
    };
    assert_eq!(stack.enabled_checks(), [Pack::AwsSolutions]);
    assert_eq!(
        acknowledged(&stack),
        ["AwsSolutions-COG1", "AwsSolutions-COG2", "AwsSolutions-COG8", "AwsSolutions-COG7"]
    );
    assert!(stack.synth().is_ok());
}

#[test]
fn the_iam_rules_at_compile_time() {
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            // Every function's service role has the basic execution policy.
            acknowledge: {
                "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
                    "the basic execution policy only lets a function write its logs",
            },
            role worker {
                assumed_by: service_principal("lambda.amazonaws.com"),
                acknowledge: { "AwsSolutions-IAM5[Action::cognito-idp:Admin*]": "the worker administers users" },
            }
            user_pool pool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: REQUIRED,
                mfa_second_factor: { sms: true, otp },
                feature_plan: PLUS,
                acknowledge: { "AwsSolutions-IAM5[Resource::*]": "Cognito publishes SMS through SNS to any number" },
                grant worker { actions: ["cognito-idp:Admin*"] }
            }
            lambda_function handler {
                runtime: NODEJS_24_X, handler: "index.handler", code: inline("exports.handler=async()=>{}"),
            }
        }
    };
    assert_eq!(
        acknowledged(&stack),
        [
            "AwsSolutions-IAM5[Action::cognito-idp:Admin*]",
            "AwsSolutions-IAM5[Resource::*]",
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        ]
    );
}

#[test]
fn the_lambda_rules_at_compile_time() {
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            lambda_function legacy {
                runtime: NODEJS_22_X, handler: "index.handler", code: inline("exports.handler=async()=>{}"),
                acknowledge: {
                    "AwsSolutions-L1": "the SDK it bundles is not certified on Node.js 24 yet",
                    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
                        "the basic execution policy only lets a function write its logs",
                },
            }
        }
    };
    assert_eq!(
        acknowledged(&stack),
        [
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
            "AwsSolutions-L1",
        ]
    );
}

/// A finding on a value known only at run time is left to `synth`, which fails on an error
/// finding of the checks the stack enables, as on any other rule.
#[test]
fn a_finding_on_a_run_time_value_fails_synth() {
    let plan = cognito::FeaturePlan::Essentials;
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: REQUIRED,
                mfa_second_factor: { sms: false, otp },
                feature_plan: (plan),
            }
        }
    };
    let [v] = stack.check().try_into().unwrap_or_else(|v| panic!("expected one violation: {v:#?}"));
    assert_eq!(
        (v.rule, v.severity, v.path.as_str(), v.target),
        ("AwsSolutions-COG8", Severity::Error, "", cognito::Target::Id)
    );
    assert_eq!(
        stack.synth().unwrap_err().to_string(),
        "myuserpool: AwsSolutions-COG8 at Stack/myuserpool/Resource: The Cognito user pool is not on the plus tier / feature plan."
    );
}

/// A reason given as `(EXPR)` is checked at run time, like any setting.
#[test]
fn a_reason_known_at_run_time() {
    let reason = String::new();
    let stack = cognito! {
        stack Stack {
            checks: [AWS_SOLUTIONS],
            user_pool myuserpool {
                password_policy: { min_length: 12, require_uppercase: true, require_digits: true, require_symbols: true },
                mfa: OPTIONAL,
                mfa_second_factor: { sms: false, otp },
                feature_plan: PLUS,
                acknowledge: { "AwsSolutions-COG2": (reason) },
            }
        }
    };
    assert_eq!(stack.acknowledgements()[0].reason, "");
    let message = violation(&stack, "acknowledge.reason", "acknowledge.AwsSolutions-COG2");
    assert!(
        message.starts_with("the acknowledgement of `AwsSolutions-COG2` needs a reason (got \"\")"),
        "{message}"
    );
}
