//! The change rules, one test each: the smallest stack deployed (the baseline) and changed,
//! and the finding `check_update` gives: rule id, setting, verdict and message.

mod common;

use cognito::change::{ChangeReport, Finding, Verdict};
use cognito::*;
use common::pool::*;

/// The stack `Stack` with the items `build` adds.
fn stack(build: impl FnOnce(&mut Stack)) -> Stack {
    let mut s = Stack::new("Stack");
    build(&mut s);
    s
}

/// `after` compared with `before`'s template.
fn report(before: &Stack, after: &Stack) -> ChangeReport {
    let baseline = before.synth().expect("the baseline synthesizes");
    after.check_update(&baseline).expect("the stack synthesizes")
}

/// The one finding of rule `rule`, which must be about setting `field`; returns it.
fn finding<'a>(report: &'a ChangeReport, rule: &str, field: Option<&str>) -> &'a Finding {
    let found: Vec<_> = report.findings().filter(|(_, f)| f.rule == rule).map(|(_, f)| f).collect();
    assert_eq!(found.len(), 1, "expected one finding of {rule} in\n{report}");
    let f = found[0];
    assert_eq!(f.field.as_deref(), field, "field of {rule}");
    f
}

fn pool_with(props: UserPool) -> Stack {
    stack(|s| {
        s.add("Pool", props);
    })
}

fn client(generate_secret: bool) -> Stack {
    stack(|s| {
        let pool = s.add("Pool", props());
        s.add_client(
            pool,
            "web",
            UserPoolClient { generate_secret: Some(generate_secret), ..Default::default() },
        );
    })
}

#[test]
fn replace() {
    let report = report(&client(false), &client(true));
    let f = finding(&report, "change.replace", Some("generate_secret"));
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "changing `generate_secret` replaces the app client `Pool/web` (`PoolwebB04E50B4`): `GenerateSecret` is create-only (false → true), so CloudFormation creates a new app client and deletes the old one, and with it the client id (and secret) every app is configured with; keep the deployed value of `generate_secret`, or accept the replacement (`accept_replacement: true`)"
    );
}

#[test]
fn replace_accepted() {
    let mut after = client(true);
    let web = after.node_id(1).unwrap();
    after.accept_replacement(web);
    let report = report(&client(false), &after);
    let f = finding(&report, "change.replace", Some("generate_secret"));
    assert_eq!(f.verdict, Verdict::Accepted);
    assert!(!report.is_refused());
}

fn trigger(function_name: &str) -> Stack {
    stack(|s| {
        let f =
            s.add("Check", LambdaFunction { function_name: Some(function_name.into()), ..function(true) });
        s.add(
            "Pool",
            UserPool { lambda_triggers: Some(vec![(UserPoolOperation::PreSignUp, f.into())]), ..props() },
        );
    })
}

#[test]
fn replace_dependency() {
    let report = report(&trigger("check"), &trigger("check-sign-up"));
    let f = finding(&report, "change.replace.dependency", Some("lambda_triggers"));
    assert_eq!(f.verdict, Verdict::Reported);
    assert_eq!(
        f.message,
        "the AWS::Lambda::Permission `Pool/PreSignUpCognito` (`PoolPreSignUpCognito7B659E45`) is replaced: `FunctionName` is create-only and refers to `Check8FEA48D3`, which is replaced, so CloudFormation creates a new AWS::Lambda::Permission and deletes the old one (it holds no state)"
    );
}

#[test]
fn type_changed() {
    let template = |ty: &str| serde_json::json!({ "Resources": { "Thing": { "Type": ty } } });
    let report = change::classify(&template("AWS::IAM::Role"), &template("AWS::Cognito::UserPool"));
    let f = finding(&report, "change.type", None);
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "the user pool `Thing` changes type (AWS::IAM::Role → AWS::Cognito::UserPool), so CloudFormation creates a new user pool and deletes the old one, and with it every user and password, and the pool id every app is configured with; keep the deployed resource type, or accept the replacement (`accept_replacement: true`)"
    );
}

fn group(present: bool) -> Stack {
    stack(|s| {
        let pool = s.add("Pool", props());
        if present {
            s.add_child(pool, "admins", UserPoolGroup::default());
        }
    })
}

#[test]
fn remove() {
    let report = report(&group(true), &group(false));
    let f = finding(&report, "change.remove", None);
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "the group `Pooladmins00C6031F` is in the baseline but not in the stack: CloudFormation deletes it, and with it the group's memberships; put the item back, or accept the removal (`accept_removal: [\"Pooladmins00C6031F\"]`)"
    );
}

#[test]
fn remove_accepted() {
    let mut after = group(false);
    after.accept_removal("Pooladmins00C6031F");
    let report = report(&group(true), &after);
    assert_eq!(finding(&report, "change.remove", None).verdict, Verdict::Accepted);
    assert!(!report.is_refused());
}

fn named_pool(id: &str) -> Stack {
    stack(|s| {
        let pool = s.add(id, props());
        s.add_client(pool, "web", UserPoolClient::default());
    })
}

#[test]
fn rename() {
    let report = report(&named_pool("Pool"), &named_pool("Users"));
    let renames: Vec<_> = report.findings().filter(|(_, f)| f.rule == "change.rename").collect();
    assert_eq!(renames.len(), 2, "the pool and its client:\n{report}");
    let (change, f) = renames[0];
    assert_eq!(change.node.map(NodeId::index), Some(0), "the error goes under the pool's id");
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "the user pool `Users` has a new logical id (`PoolD3F588B8` → `Users0A0EEA89`; it was `Pool`): CloudFormation creates a new, empty user pool and leaves the old one in the account, unmanaged (`Retain`): the stack loses every user and password, and the pool id every app is configured with; keep the old logical id by naming the item `Users as \"Pool\"`, or accept the replacement (`accept_replacement: true`)"
    );
}

/// The pool `Pool` with its client, at the top level or inside `construct Auth`.
fn scoped_pool(in_construct: bool) -> Stack {
    stack(|s| {
        let scope = in_construct.then(|| s.add_node(None, "Auth", None, Item::Construct));
        let pool = s.add_node(scope, "Pool", Some("Pool"), props());
        s.add_client(pool, "web", UserPoolClient::default());
    })
}

#[test]
fn rename_into_a_scope() {
    let report = report(&scoped_pool(false), &scoped_pool(true));
    let renames: Vec<_> = report.findings().filter(|(_, f)| f.rule == "change.rename").collect();
    assert_eq!(renames.len(), 2, "the pool and its client:\n{report}");
    let (change, f) = renames[0];
    assert_eq!(change.node.map(NodeId::index), Some(1), "the error goes under the moved item's id");
    assert_eq!(
        f.message,
        "the user pool `Auth/Pool` has a new logical id (`PoolD3F588B8` → `AuthPool693BB957`): CloudFormation creates a new, empty user pool and leaves the old one in the account, unmanaged (`Retain`): the stack loses every user and password, and the pool id every app is configured with; keep the construct id and scope the item was deployed with, or accept the replacement (`accept_replacement: true`)"
    );
}

/// A Google or a Facebook provider `Social` of the pool `Pool`.
fn social(facebook: bool) -> Stack {
    stack(|s| {
        s.add("Pool", props());
        let user_pool = Some(ItemRef::from("Pool"));
        if facebook {
            let idp = UserPoolIdentityProviderFacebook {
                user_pool,
                client_id: "id".into(),
                client_secret: "secret".into(),
                ..Default::default()
            };
            s.add("Social", idp);
        } else {
            let idp = UserPoolIdentityProviderGoogle {
                user_pool,
                client_id: "id".into(),
                client_secret: Some("secret".into()),
                ..Default::default()
            };
            s.add("Social", idp);
        }
    })
}

#[test]
fn replace_provider_kind() {
    let report = report(&social(false), &social(true));
    let f = finding(&report, "change.replace", None);
    assert_eq!(f.property.as_deref(), Some("ProviderType"));
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "changing the kind of the identity provider `Social` (`Social800C128F`) (`user_pool_identity_provider_google` → `user_pool_identity_provider_facebook`) replaces it: `ProviderType` is create-only, so CloudFormation creates a new identity provider and deletes the old one, and with it the federated users' links to the provider; keep `user_pool_identity_provider_google`, or accept the replacement (`accept_replacement: true`)"
    );
}

fn exported(export: bool) -> Stack {
    stack(|s| {
        let pool = s.add("Pool", props());
        let export_name = export.then(|| Value::from("PoolId"));
        s.add(
            "PoolId",
            Output { value: Value::attr(pool, Attr::UserPoolId), export_name, ..Default::default() },
        );
    })
}

#[test]
fn export() {
    let report = report(&exported(true), &exported(false));
    let f = finding(&report, "change.export", Some("export_name"));
    assert_eq!(f.verdict, Verdict::Reported);
    assert_eq!(
        f.message,
        "the export `PoolId` of output `PoolId` is removed: CloudFormation refuses the update while another stack imports it (\"Export PoolId cannot be deleted as it is in use by …\")"
    );
}

#[test]
fn export_imported() {
    let before = exported(true).synth().unwrap();
    let after = exported(false).synth().unwrap();
    let mut options = change::Options::default();
    options.imported_exports.insert("PoolId".into(), "Api".into());
    let report = change::classify_with(&before, &after, &options);
    let f = finding(&report, "change.export", Some("export_name"));
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "the export `PoolId` of output `PoolId` is removed, and stack `Api` imports it: CloudFormation refuses the update (\"Export PoolId cannot be deleted as it is in use by Api\"); keep the export until `Api` no longer imports it"
    );
}

/// An app: `Auth`'s pool, and in `Api` a pool of its own and, when `client`, a client of
/// `Auth`'s pool (which `Auth` then exports and `Api` imports).
fn two_stacks(client: bool) -> App {
    let mut auth = Stack::new("Auth");
    auth.add("pool", props());
    let mut api = Stack::new("Api");
    api.add("own", props());
    if client {
        api.add("web", UserPoolClient { user_pool: Some("pool".into()), ..Default::default() });
    }
    let mut app = App::new();
    app.add_stack(auth);
    app.add_stack(api);
    app
}

#[test]
fn export_imported_by_a_deployed_stack() {
    let deployed = two_stacks(true).synth().unwrap();
    let text = |name| deployed.stack(name).map(|s| s.template_text.clone()).unwrap();
    let (auth, api) = (text("Auth"), text("Api"));
    let reports = two_stacks(false).check_update(&[("Auth", &auth), ("Api", &api)]).unwrap();
    let (name, report) = &reports[0];
    assert_eq!(name, "Auth");
    let f = finding(report, "change.export", Some("export_name"));
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "the export `Auth:ExportsOutputRefpool056F3F7E5321103B` of output `ExportsOutputRefpool056F3F7E5321103B` is removed, and stack `Api` imports it: CloudFormation refuses the update (\"Export Auth:ExportsOutputRefpool056F3F7E5321103B cannot be deleted as it is in use by Api\"); keep the export until `Api` no longer imports it"
    );
}

#[test]
fn baseline_stack() {
    let err = two_stacks(true).check_update(&[("Web", "{}")]).unwrap_err();
    let v = &err.findings[0].violation;
    assert_eq!((v.rule, v.path.as_str()), ("change.baseline.stack", "baseline"));
    assert_eq!(
        v.message,
        "a baseline is given for stack `Web`, which the app does not have; its stacks are `Auth`, `Api`"
    );
}

#[test]
fn baseline() {
    let err = pool_with(props()).check_update(&serde_json::json!({ "resources": {} })).unwrap_err();
    let v = &err.violations[0];
    assert_eq!(v.rule, "change.baseline");
    assert_eq!(v.path, "baseline");
    assert_eq!(
        v.message,
        "`baseline` must be the CloudFormation template deployed now (`resources` is not a section of a CloudFormation template); fetch it with `aws cloudformation get-template --stack-name NAME --query TemplateBody`, or take the CDK's `cdk.out/NAME.template.json`"
    );
}

#[test]
fn baseline_parse() {
    let err = change::Baseline::parse("{\n  \"Resources\": {\n    \"A\": { \"Type\": \"X\" }\n  ,}\n}")
        .unwrap_err();
    assert_eq!(err, "line 4, column 4: trailing comma");
    let err = change::Baseline::parse("Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n").unwrap_err();
    assert_eq!(
        err,
        "line 1, column 1: the baseline is not JSON (it looks like YAML, which is not read): convert it to JSON \
         (e.g. `cfn-flip`), or use the CDK's `cdk.out/NAME.template.json`"
    );
}

fn aliases(username: bool, email: bool, phone: bool) -> Stack {
    let sign_in_aliases = Some(SignInAliases { username, email, phone, preferred_username: false });
    pool_with(UserPool { sign_in_aliases, ..props() })
}

#[test]
fn fails_username_attributes() {
    let report = report(&aliases(false, true, false), &aliases(false, true, true));
    let f = finding(&report, "change.fails.username_attributes", Some("sign_in_aliases"));
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "`sign_in_aliases` cannot change on a deployed user pool: `UsernameAttributes` would go from [\"email\"] to [\"email\",\"phone_number\"], and Cognito refuses the update (\"Updates are not allowed for property - UsernameAttributes\"), so CloudFormation rolls the deployment back; keep `sign_in_aliases: { email }`, or create a new pool under a new id and move the users to it"
    );
}

#[test]
fn fails_alias_attributes() {
    let report = report(&aliases(true, true, false), &aliases(true, true, true));
    let f = finding(&report, "change.fails.alias_attributes", Some("sign_in_aliases"));
    assert_eq!(
        f.message,
        "`sign_in_aliases` cannot change on a deployed user pool: `AliasAttributes` would go from [\"email\"] to [\"email\",\"phone_number\"], and Cognito refuses the update (\"Updating alias attributes is not allowed\"), so CloudFormation rolls the deployment back; keep `sign_in_aliases: { username, email }`, or create a new pool under a new id and move the users to it"
    );
}

#[test]
fn fails_case_sensitivity() {
    let after = pool_with(UserPool { sign_in_case_sensitive: Some(false), ..props() });
    let report = report(&pool_with(props()), &after);
    let f = finding(&report, "change.fails.case_sensitivity", Some("sign_in_case_sensitive"));
    assert_eq!(
        f.message,
        "`sign_in_case_sensitive` cannot change on a deployed user pool: `UsernameConfiguration` would go from absent to {\"CaseSensitive\":false}, and Cognito refuses the update (\"Updates are not allowed for property - UsernameConfiguration\"), so CloudFormation rolls the deployment back; remove `sign_in_case_sensitive` (the pool was created without it), or create a new pool under a new id and move the users to it"
    );
}

#[test]
fn fails_case_sensitivity_not_accepted() {
    let mut after = pool_with(UserPool { sign_in_case_sensitive: Some(false), ..props() });
    let pool = after.node_id(0).unwrap();
    after.accept_replacement(pool);
    let report = report(&pool_with(props()), &after);
    let f = finding(&report, "change.fails.case_sensitivity", Some("sign_in_case_sensitive"));
    assert_eq!(f.verdict, Verdict::Refused, "what Cognito refuses cannot be accepted");
}

fn required(names: &[StandardAttributeName]) -> Stack {
    let attrs =
        names.iter().map(|n| (*n, StandardAttribute { required: Some(true), mutable: None })).collect();
    pool_with(UserPool { standard_attributes: Some(attrs), ..props() })
}

#[test]
fn fails_required_attribute() {
    let before = required(&[StandardAttributeName::Email]);
    let after = required(&[StandardAttributeName::Email, StandardAttributeName::Fullname]);
    let report = report(&before, &after);
    let f = finding(&report, "change.fails.required_attribute", Some("standard_attributes.fullname"));
    assert_eq!(
        f.message,
        "`standard_attributes.fullname` cannot become required on a deployed user pool (schema attribute `name`: `Required` false → true): Cognito refuses the update (\"Invalid AttributeDataType input, consider using the provided AttributeDataType enum.\"), so CloudFormation rolls the deployment back; keep it optional, or create a new pool under a new id and move the users to it"
    );
}

fn tenant(max_len: i64) -> Stack {
    pool_with(custom("tenant", string_attr(Some(1), Some(max_len), None)))
}

#[test]
fn fails_schema_attribute() {
    let report = report(&tenant(64), &tenant(128));
    let f = finding(&report, "change.fails.schema_attribute", Some("custom_attributes.tenant"));
    assert_eq!(
        f.message,
        "`custom_attributes.tenant` cannot change on a deployed user pool (schema attribute `tenant`: `StringAttributeConstraints` {\"MaxLength\":\"64\",\"MinLength\":\"1\"} → {\"MaxLength\":\"128\",\"MinLength\":\"1\"}): Cognito refuses the update (\"Existing schema attributes cannot be modified or deleted.\"), so CloudFormation rolls the deployment back; keep the deployed definition, or add a new attribute under another name"
    );
}

#[test]
fn fails_schema_attribute_removed() {
    let report = report(&tenant(64), &pool_with(props()));
    let f = finding(&report, "change.fails.schema_attribute_removed", Some("custom_attributes.tenant"));
    assert_eq!(
        f.message,
        "`custom_attributes.tenant` cannot be removed from a deployed user pool: Cognito refuses the update (\"Existing schema attributes cannot be modified or deleted.\"), so CloudFormation rolls the deployment back; keep the attribute as deployed"
    );
}

fn domain(prefix: &str) -> Stack {
    stack(|s| {
        let pool = s.add("Pool", props());
        let cognito_domain = Some(CognitoDomainOptions { domain_prefix: prefix.into() });
        s.add_child(pool, "Domain", UserPoolDomain { cognito_domain, ..Default::default() });
    })
}

#[test]
fn fails_domain() {
    let report = report(&domain("my-app"), &domain("my-new-app"));
    let f = finding(&report, "change.fails.domain", Some("cognito_domain.domain_prefix"));
    assert_eq!(f.verdict, Verdict::Refused);
    assert_eq!(
        f.message,
        "the domain `Pool/Domain` (`PoolDomainCFC71F56`) would be replaced (\"my-app\" → \"my-new-app\"): CloudFormation creates the new domain before it deletes the old one, and Cognito refuses it while the old one is attached (\"User pool already has a domain configured.\"), so the deployment rolls back; keep the deployed domain, or remove the domain in one deployment and add the new one in the next"
    );
}
