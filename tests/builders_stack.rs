//! Stack-level features through the runtime builders: scopes and dependencies.

mod common;

use cognito::*;
use common::*;

#[test]
fn pool_in_a_construct_scope() {
    let mut s = Stack::new("Stack");
    let nested = s.add("Nested", Item::Construct);
    s.add_child(nested, "myuserpool", UserPool { mfa: Some(Mfa::Required), ..UserPool::default() });
    assert_parity(&s, "x_nested_pool_mfa_required");
}

#[test]
fn pool_in_a_construct_scope_of_a_named_stack() {
    let mut s = Stack::new("Auth");
    let nested = s.add("Nested", Item::Construct);
    s.add_child(nested, "myuserpool", UserPool { mfa: Some(Mfa::Required), ..UserPool::default() });
    assert_parity(&s, "x_stack_name_auth_nested_pool");
}

#[test]
fn depends_on_adds_sorted_depends_on_to_every_resource_below() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add("Role", Role { assumed_by: Principal::Service("sns".into()), ..Role::default() });
    s.add("Other", UserPool::default());
    s.add_dependency(pool, "Role");
    s.add_dependency(pool, "Other");
    let t = s.synth().unwrap();
    assert_eq!(
        t["Resources"]["PoolD3F588B8"]["DependsOn"],
        serde_json::json!(["Other34654A52", "Role1ABCC5F0"])
    );
    let keys: Vec<_> = t["Resources"]["PoolD3F588B8"].as_object().unwrap().keys().cloned().collect();
    assert!(keys.contains(&"DependsOn".to_string()));
}

#[test]
fn depends_on_an_unknown_item_is_reported() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_dependency(pool, "nothing");
    let m = violation(&s, "reference.unknown", "depends_on.0");
    assert_eq!(
        m,
        "`depends_on` refers to `nothing`, which is not declared in this stack; declare it, or check the spelling"
    );
}

#[test]
fn depends_on_is_sorted_by_construct_path() {
    // As the CDK sorts `DependsOn`: by construct path (`A-b/Resource` before `Aa/Resource`,
    // punctuation first), not by logical id.
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add("Aa", Role { assumed_by: Principal::Service("sns".into()), ..Role::default() });
    s.add("A-b", Role { assumed_by: Principal::Service("sns".into()), ..Role::default() });
    s.add_dependency(pool, "Aa");
    s.add_dependency(pool, "A-b");
    let t = s.synth().unwrap();
    let id = |c: &str| cognito::logical_id(&[c, "Resource"]);
    assert_eq!(t["Resources"]["PoolD3F588B8"]["DependsOn"], serde_json::json!([id("A-b"), id("Aa")]));
}

#[test]
fn depends_on_an_item_without_resources_adds_no_depends_on() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add("Imported", ImportedUserPool::FromId("us-east-1_abc123".into()));
    s.add_dependency(pool, "Imported");
    let t = s.synth().unwrap();
    assert!(t["Resources"]["PoolD3F588B8"].get("DependsOn").is_none(), "{t}");
}

#[test]
fn stack_tags_and_an_items_own_tag_that_wins() {
    let mut s = Stack::new("Stack");
    s.add_stack_tag("Owner", "stack");
    s.add_stack_tag("App", "demo");
    let pool = s.add(
        "Pool",
        UserPool {
            sign_in_aliases: Some(SignInAliases { phone: true, ..SignInAliases::default() }),
            ..UserPool::default()
        },
    );
    s.add_tag(pool, "Owner", "pool");
    assert_parity(&s, "x_tags_stack");
}

#[test]
fn a_tag_key_in_the_reserved_aws_prefix_is_rejected() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_tag(pool, "aws:owner", "me");
    let m = violation(&s, "tags.key", "tags.aws:owner");
    assert_eq!(
        m,
        "a tag key is 1 to 128 characters and cannot start with `aws:`, which AWS reserves (got \"aws:owner\"); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn a_tag_value_over_256_characters_is_rejected() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_tag(pool, "Owner", "x".repeat(257));
    let m = violation(&s, "tags.value", "tags.Owner");
    assert_eq!(
        m,
        "a tag value is at most 256 characters (got 257); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn tag_keys_sort_as_the_cdks_tag_manager_sorts_them() {
    let mut s = Stack::new("Stack");
    let pool = s.add(
        "Pool",
        UserPool {
            sign_in_aliases: Some(SignInAliases { phone: true, ..SignInAliases::default() }),
            ..UserPool::default()
        },
    );
    let arn = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123XYZ";
    let imported = s.add("Imported", ImportedUserPool::FromArn(arn.into()));
    let own = [("Zeta", "own"), ("b", "own"), ("cost-center", "4711")];
    let replica = UserPoolReplica {
        region_name: "eu-central-1".into(),
        user_pool_tags_at_create: Some(own.iter().map(|(k, v)| ((*k).to_owned(), (*v).into())).collect()),
    };
    s.add_child(imported, "Copy", replica);
    for (k, v) in [("Zeta", "z"), ("aa", "first"), ("app:tier", "a/b")] {
        s.add_stack_tag(k, v);
    }
    for (k, v) in [("Owner", "identity team"), ("_x", "underscore"), ("B2", "digit")] {
        s.add_tag(pool, k, v);
    }
    assert_parity(&s, "x_tags_locale_order");
}

#[test]
fn a_default_policy_name_is_the_last_128_characters_of_its_logical_id() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let role = format!("L{}ngId", "o".repeat(240));
    s.add(
        role.as_str(),
        Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() },
    );
    s.add_grant(pool, role.as_str(), vec!["cognito-idp:AdminGetUser".into()]);
    assert_parity(&s, "x_grant_policy_name_long");
}

#[test]
fn grants_on_a_created_and_an_imported_pool() {
    let mut s = Stack::new("Stack");
    s.add("Role", Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() });
    let pool = s.add("Pool", UserPool::default());
    s.add_grant(pool, "Role", vec!["cognito-idp:AdminCreateUser".into(), "cognito-idp:ListUsers".into()]);
    let other = s.add("Other", ImportedUserPool::FromId("us-east-1_abc".into()));
    s.add_grant(other, "Role", vec!["cognito-idp:AdminGetUser".into()]);
    assert_parity(&s, "x_grant");
}

/// The function and the role of `x_trigger_depends_on_tags`.
fn fn_and_audit_role(s: &mut Stack) {
    s.add(
        "fn",
        LambdaFunction {
            runtime: "nodejs20.x".into(),
            handler: "index.handler".into(),
            code: Code::Inline("exports.handler=async(e)=>e".into()),
            ..LambdaFunction::default()
        },
    );
    s.add("Audit", Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() });
}

#[test]
fn a_triggers_permission_waits_for_its_depends_on_and_takes_no_tags() {
    let mut s = Stack::new("Stack");
    fn_and_audit_role(&mut s);
    let pool = s.add("Pool", UserPool::default());
    let trigger = s.add_trigger(pool, UserPoolOperation::PreSignUp, Arn::Item("fn".into()), None);
    s.add_dependency(trigger, "Audit");
    s.add_tag(trigger, "team", "auth");
    assert_parity(&s, "x_trigger_depends_on_tags");
}

#[test]
fn a_grant_names_a_role_or_a_function() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_grant(pool, "Pool", vec!["cognito-idp:AdminGetUser".into()]);
    let m = violation(&s, "reference.kind", "grantee");
    assert_eq!(m, "`grantee` must refer to a `role` or `lambda_function`, but `Pool` is a `user_pool`");
}

#[test]
fn a_grant_has_actions_of_the_shape_service_action() {
    let mut s = Stack::new("Stack");
    s.add("Role", Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() });
    let pool = s.add("Pool", UserPool::default());
    s.add_grant(pool, "Role", vec!["AdminGetUser".into()]);
    let m = violation(&s, "grant.action", "actions.0");
    assert_eq!(
        m,
        "an IAM action has the shape `service:Action`, such as `cognito-idp:AdminCreateUser` (got \"AdminGetUser\"); IAM rejects the policy at deploy time (\"MalformedPolicyDocument\")"
    );
    let mut s = Stack::new("Stack");
    s.add("Role", Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() });
    let pool = s.add("Pool", UserPool::default());
    s.add_grant(pool, "Role", Vec::new());
    let m = violation(&s, "grant.actions", "actions");
    assert_eq!(m, "`actions` must name at least one IAM action, e.g. `[\"cognito-idp:AdminCreateUser\"]`");
}

#[test]
fn a_grant_belongs_to_a_pool() {
    let mut s = Stack::new("Stack");
    s.add("Role", Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() });
    s.add("g", Grant { grantee: "Role".into(), actions: vec!["cognito-idp:AdminGetUser".into()] });
    let m = violation(&s, "grant.parent", "");
    assert_eq!(m, "a `grant` belongs to a user pool: write it inside `user_pool … { }`");
}

#[test]
fn an_item_does_not_depend_on_itself() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add_dependency(pool, "Pool");
    let m = violation(&s, "depends_on.self", "depends_on.0");
    assert_eq!(m, "an item cannot depend on itself: remove `Pool` from `depends_on`");
}
