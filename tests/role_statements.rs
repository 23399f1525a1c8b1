//! Statements on an identity pool's default roles (`authenticated_role_statements`,
//! `unauthenticated_role_statements`): the CDK's
//! `identityPool.authenticatedRole.addToPrincipalPolicy(new PolicyStatement(…))`. Parity with
//! the AWS CDK through the builders and through `cognito!` (cdk-nag's IAM5 included), and
//! the rules.

mod common;

use cognito::*;
use common::*;

const SUB: &str = "${cognito-identity.amazonaws.com:sub}";

fn statement(actions: &[&str], resources: &[&str]) -> PolicyStatement {
    PolicyStatement {
        actions: actions.iter().map(|a| (*a).to_owned()).collect(),
        resources: resources.iter().map(|r| Value::from(*r)).collect(),
        ..PolicyStatement::default()
    }
}

/// `{ StringLike: { "s3:prefix": ["private/${sub}/*"] } }`.
fn own_prefix() -> Vec<(String, Vec<(String, ConditionValue)>)> {
    let prefix = ConditionValue::List(vec![format!("private/{SUB}/*").into()]);
    vec![("StringLike".into(), vec![("s3:prefix".into(), prefix)])]
}

fn identity_pool(authenticated: Vec<PolicyStatement>, unauthenticated: Vec<PolicyStatement>) -> IdentityPool {
    IdentityPool {
        authenticated_role_statements: Some(authenticated).filter(|s| !s.is_empty()),
        unauthenticated_role_statements: Some(unauthenticated).filter(|s| !s.is_empty()),
        ..IdentityPool::default()
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_identitypool_role_statements() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let own = format!("arn:aws:s3:::my-app-bucket/private/{SUB}/*");
        let authenticated = vec![
            statement(&["s3:GetObject", "s3:PutObject"], &[&own]),
            PolicyStatement {
                conditions: Some(own_prefix()),
                ..statement(&["s3:ListBucket"], &["arn:aws:s3:::my-app-bucket"])
            },
        ];
        let unauthenticated = vec![
            statement(&["s3:GetObject"], &["arn:aws:s3:::my-app-bucket/public/*"]),
            PolicyStatement {
                effect: Some(Effect::Deny),
                ..statement(&["s3:PutObject"], &["arn:aws:s3:::my-app-bucket/*"])
            },
        ];
        let ids = IdentityPool {
            allow_unauthenticated_identities: Some(true),
            authentication_providers: Some(IdentityPoolAuthenticationProviders {
                user_pools: Some(vec![UserPoolAuthenticationProvider::new(pool)]),
                ..IdentityPoolAuthenticationProviders::default()
            }),
            ..identity_pool(authenticated, unauthenticated)
        };
        s.add("IdentityPool", ids);
        assert_parity(&s, "x_identitypool_role_statements");
    }

    #[test]
    fn x_identitypool_role_statements_merged() {
        let mut s = Stack::new("Stack");
        let authenticated = vec![
            statement(&["s3:PutObject"], &["arn:aws:s3:::bucket/a/*"]),
            statement(&["s3:GetObject"], &["arn:aws:s3:::bucket/a/*"]),
            PolicyStatement {
                conditions: Some(own_prefix()),
                ..statement(&["s3:ListBucket"], &["arn:aws:s3:::bucket"])
            },
            PolicyStatement {
                conditions: Some(own_prefix()),
                ..statement(&["s3:ListBucket"], &["arn:aws:s3:::archive"])
            },
            statement(
                &["s3:PutObject", "s3:DeleteObject", "s3:PutObject"],
                &["arn:aws:s3:::logs/*", "arn:aws:s3:::audit/*"],
            ),
        ];
        s.add("IdentityPool", identity_pool(authenticated, Vec::new()));
        assert_parity(&s, "x_identitypool_role_statements_merged");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_identitypool_role_statements() {
        let stack = cognito! {
            user_pool Pool {}
            identity_pool IdentityPool {
                allow_unauthenticated_identities: true,
                authentication_providers: { user_pools: [{ user_pool: Pool }] },
                authenticated_role_statements: [
                    {
                        actions: ["s3:GetObject", "s3:PutObject"],
                        resources: ["arn:aws:s3:::my-app-bucket/private/${cognito-identity.amazonaws.com:sub}/*"],
                    },
                    {
                        actions: ["s3:ListBucket"],
                        resources: ["arn:aws:s3:::my-app-bucket"],
                        conditions: {
                            StringLike: { "s3:prefix": ["private/${cognito-identity.amazonaws.com:sub}/*"] },
                        },
                    },
                ],
                unauthenticated_role_statements: [
                    { actions: ["s3:GetObject"], resources: ["arn:aws:s3:::my-app-bucket/public/*"] },
                    { effect: DENY, actions: ["s3:PutObject"], resources: ["arn:aws:s3:::my-app-bucket/*"] },
                ],
            }
        };
        assert_parity(&stack, "x_identitypool_role_statements");
    }

    #[test]
    fn x_identitypool_role_statements_merged() {
        let stack = cognito! {
            identity_pool IdentityPool {
                authenticated_role_statements: [
                    { actions: ["s3:PutObject"], resources: ["arn:aws:s3:::bucket/a/*"] },
                    { actions: ["s3:GetObject"], resources: ["arn:aws:s3:::bucket/a/*"] },
                    {
                        actions: ["s3:ListBucket"],
                        resources: ["arn:aws:s3:::bucket"],
                        conditions: { StringLike: { "s3:prefix": ["private/${cognito-identity.amazonaws.com:sub}/*"] } },
                    },
                    {
                        actions: ["s3:ListBucket"],
                        resources: ["arn:aws:s3:::archive"],
                        conditions: { StringLike: { "s3:prefix": ["private/${cognito-identity.amazonaws.com:sub}/*"] } },
                    },
                    {
                        actions: ["s3:PutObject", "s3:DeleteObject", "s3:PutObject"],
                        resources: ["arn:aws:s3:::logs/*", "arn:aws:s3:::audit/*"],
                    },
                ],
            }
        };
        assert_parity(&stack, "x_identitypool_role_statements_merged");
    }
}

mod rules {
    use super::*;

    fn one(s: PolicyStatement) -> Stack {
        let mut stack = Stack::new("Stack");
        stack.add("Ids", identity_pool(vec![s], Vec::new()));
        stack
    }

    #[test]
    fn statements_need_the_default_role() {
        let mut stack = Stack::new("Stack");
        let ids = IdentityPool {
            unauthenticated_role: Some(Arn::Value("arn:aws:iam::123456789012:role/guests".into())),
            ..identity_pool(Vec::new(), vec![statement(&["s3:GetObject"], &["arn:aws:s3:::b/*"])])
        };
        stack.add("Ids", ids);
        let m =
            violation(&stack, "identity_pool.role_statements.custom_role", "unauthenticated_role_statements");
        assert_eq!(
            m,
            "`unauthenticated_role_statements` add to the default role the identity pool creates, but `unauthenticated_role` replaces it; give the permissions to that role instead, or remove `unauthenticated_role`"
        );
    }

    #[test]
    fn a_statement_has_actions() {
        let m = violation(
            &one(statement(&[], &["arn:aws:s3:::b/*"])),
            "identity_pool.role_statements.actions",
            "authenticated_role_statements.0.actions",
        );
        assert_eq!(
            m,
            "`actions` must name at least one IAM action, e.g. `[\"s3:GetObject\"]`; the CDK rejects a statement without (\"A PolicyStatement must specify at least one 'action' or 'notAction'.\")"
        );
    }

    #[test]
    fn an_action_is_a_service_and_a_name() {
        let stack = one(statement(&["s3:GetObject", "GetObject"], &["arn:aws:s3:::b/*"]));
        let m = violation(
            &stack,
            "identity_pool.role_statements.action",
            "authenticated_role_statements.0.actions.1",
        );
        assert_eq!(
            m,
            "an IAM action is `*` or `service:Action` of letters, digits and `*`, such as `s3:GetObject` (got \"GetObject\"); the CDK rejects it (\"Action 'GetObject' is invalid. An action string consists of a service namespace, a colon, and the name of an action.\")"
        );
    }

    #[test]
    fn a_statement_has_resources() {
        let m = violation(
            &one(statement(&["s3:GetObject"], &[])),
            "identity_pool.role_statements.resources",
            "authenticated_role_statements.0.resources",
        );
        assert_eq!(
            m,
            "`resources` must name at least one resource, e.g. `[\"arn:aws:s3:::my-bucket/*\"]`; the CDK rejects the policy (\"A PolicyStatement used in an identity-based policy must specify at least one resource.\")"
        );
    }

    #[test]
    fn a_resource_is_an_arn_or_a_wildcard() {
        let m = violation(
            &one(statement(&["s3:GetObject"], &["my-bucket/*"])),
            "identity_pool.role_statements.resource",
            "authenticated_role_statements.0.resources.0",
        );
        assert_eq!(
            m,
            "a resource is `*` or an ARN such as `arn:aws:s3:::my-bucket/*` (got \"my-bucket/*\"); IAM rejects the policy at deploy time (\"Resource my-bucket/* must be in ARN format or \\\"*\\\"\")"
        );
    }

    #[test]
    fn a_statement_given_twice_is_kept_once() {
        let s = statement(&["s3:GetObject"], &["arn:aws:s3:::b/*"]);
        let mut stack = Stack::new("Stack");
        stack.add("Ids", identity_pool(vec![s.clone(), s], Vec::new()));
        let template = stack.synth().expect("valid statements synthesize");
        let resources = template["Resources"].as_object().expect("resources");
        let policies: Vec<_> = resources.values().filter(|r| r["Type"] == "AWS::IAM::Policy").collect();
        assert_eq!(policies.len(), 1, "{template}");
        let statements = &policies[0]["Properties"]["PolicyDocument"]["Statement"];
        assert_eq!(statements.as_array().map(Vec::len), Some(1), "{statements}");
    }
}
