//! One test per rule of the template checks: what the stack emits, however the value was
//! given (numbers, references, the CloudFormation schemas of the types besides Cognito's).

mod common;

use cognito::*;
use common::pool::{function, output, role};
use common::*;

#[test]
fn template_reference_to_an_unknown_id() {
    let mut s = Stack::new("Stack");
    s.add("out", output(Value::reference("NoSuchResource")));
    let m = violation(&s, "template.reference", "value");
    assert_eq!(
        m,
        "`value` refers to `NoSuchResource`, which is not a logical id, parameter or pseudo parameter of this stack; CloudFormation rejects the template (\"Unresolved resource dependencies [NoSuchResource]\"); refer to an item of the block (`item.attribute`) or fix the id"
    );
}

#[test]
fn template_reference_to_a_parameter_or_pseudo_parameter_resolves() {
    let mut s = Stack::new("Stack");
    // A stack creates a resource (`stack.resources`).
    s.add("pool", UserPool::default());
    s.add("Env", Parameter::default());
    s.add("region", output(Value::reference("AWS::Region")));
    s.add("env", output(Value::reference("Env")));
    s.add("sub", output(Value::sub("${Env}-${AWS::StackName}-${!Literal}")));
    assert_eq!(s.check(), vec![]);
}

#[test]
fn template_reference_to_an_unknown_attribute() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("out", output(Value::get_att("pool056F3F7E", "Name")));
    let m = violation(&s, "template.reference", "value");
    assert_eq!(
        m,
        "`value` reads attribute `Name` of `pool056F3F7E`, which a `AWS::Cognito::UserPool` does not have; CloudFormation rejects the template (\"resource pool056F3F7E does not support attribute type Name in Fn::GetAtt\"); use one of `Arn`, `ProviderName`, `ProviderURL`, `UserPoolId`"
    );
}

#[test]
fn template_reference_in_sub() {
    let mut s = Stack::new("Stack");
    s.add("out", output(Value::sub("arn:${AWS::Partition}:x:${Missing.Arn}")));
    let m = violation(&s, "template.reference", "value");
    assert!(m.starts_with("`value` refers to `Missing`,"), "{m}");
}

#[test]
fn schema_resource_of_a_role() {
    let mut s = Stack::new("Stack");
    s.add("role", Role { description: Some("d".repeat(1001).into()), ..role("lambda") });
    let m = violation(&s, "schema.resource", "description");
    assert_eq!(
        m,
        "`description` must be at most 1000 characters long (got 1001); CloudFormation rejects it at deploy time (the `AWS::IAM::Role` schema, `Description`)"
    );
}

#[test]
fn schema_resource_of_a_function() {
    let mut s = Stack::new("Stack");
    s.add("fn", LambdaFunction { function_name: Some("my function".into()), ..function(false) });
    let m = violation(&s, "schema.resource", "function_name");
    assert_eq!(
        m,
        "`function_name` must match `^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:function:[a-zA-Z0-9_-]{1,64})$` (got \"my function\"); CloudFormation rejects it at deploy time (the `AWS::Lambda::Function` schema, `FunctionName`)"
    );
    let code = Code::FromBucket { bucket: "my-bucket.".into(), key: "code.zip".into() };
    s = Stack::new("Stack");
    s.add("fn", LambdaFunction { code, ..function(false) });
    let m = violation(&s, "schema.resource", "code.bucket");
    assert!(m.starts_with("`bucket` must match `^[0-9A-Za-z\\.\\-_]*(?<!\\.)$` (got \"my-bucket.\")"), "{m}");
}

/// A setting a rule of its item checks is reported once, by that rule: the template checks
/// (here, a number beyond 2^53) do not say it again.
#[test]
fn a_rule_of_the_setting_wins_over_the_template_checks() {
    let mut s = Stack::new("Stack");
    s.add("fn", LambdaFunction { timeout: Some(Duration::seconds(1e17)), ..function(false) });
    let found = s.check();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].rule, found[0].path.as_str()), ("lambda_function.timeout.range", "timeout"));
}

#[test]
fn template_reference_in_a_cognito_setting() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool { user_pool_name: Some(Value::reference("PoolName")), ..UserPool::default() });
    let m = violation(&s, "template.reference", "user_pool_name");
    assert!(m.starts_with("`user_pool_name` refers to `PoolName`, which is not a logical id"), "{m}");
}
