//! Whole apps through the runtime builders, against the CDK's cloud assemblies
//! (`tests/fixtures/cdk/expected/app_*`): several stacks, references between them, file
//! assets, synthesizers, environments, and the apps the CDK rejects.

mod common;

use cognito::*;
use common::app::{assert_app_parity, assert_app_rejected, asset, identity_pool_of, identity_pool_stack};
use common::pool::{function, output};

fn app(stacks: impl IntoIterator<Item = Stack>) -> App {
    let mut app = App::new();
    for s in stacks {
        app.add_stack(s);
    }
    app
}

fn client_of(pool: &str) -> UserPoolClient {
    UserPoolClient { user_pool: Some(pool.into()), ..Default::default() }
}

fn asset_function(runtime: &str, handler: &str, path: &str) -> LambdaFunction {
    LambdaFunction {
        runtime: runtime.into(),
        handler: handler.into(),
        code: Code::Asset(asset(path)),
        ..Default::default()
    }
}

fn inline_function() -> LambdaFunction {
    LambdaFunction { code: Code::Inline("exports.handler = async (e) => e;".into()), ..function(false) }
}

fn triggered(op: UserPoolOperation, function: &str) -> UserPool {
    UserPool { lambda_triggers: Some(vec![(op, Arn::Item(function.into()))]), ..Default::default() }
}

/// An OIDC provider of `Pool` issued by `issuer`.
fn corp_oidc(issuer: &str) -> UserPoolIdentityProviderOidc {
    UserPoolIdentityProviderOidc {
        user_pool: Some("Pool".into()),
        client_id: "corp".into(),
        client_secret: "secret".into(),
        issuer_url: issuer.into(),
        ..Default::default()
    }
}

/// Where each error of `app` is: its stack, item and setting.
fn errors_at(app: &App) -> Vec<(String, String, String)> {
    let errors = app.validate().expect_err("the app has errors");
    errors
        .errors()
        .map(|d| (d.stack_name.clone(), d.violation.item.clone(), d.violation.path.clone()))
        .collect()
}

fn env() -> Env {
    Env { account: Some("123456789012".into()), region: Some("eu-west-1".into()) }
}

#[test]
fn two_stacks_asset() {
    let mut auth = Stack::new("Auth");
    let pool = auth.add("Pool", UserPool { self_sign_up_enabled: Some(true), ..Default::default() });
    auth.add("Check", asset_function("nodejs22.x", "index.handler", "hello"));
    auth.add_trigger(pool, UserPoolOperation::PreSignUp, Arn::Item("Check".into()), None);
    let mut api = Stack::new("Api");
    api.add("Web", client_of("Pool"));
    assert_app_parity(&app([auth, api]), "app_two_stacks_asset");
}

#[test]
fn client_other_stack() {
    let mut auth = Stack::new("Auth");
    let aliases = SignInAliases { email: true, ..Default::default() };
    auth.add("pool", UserPool { sign_in_aliases: Some(aliases), ..Default::default() });
    let mut api = Stack::new("Api");
    api.add("web", UserPoolClient { generate_secret: Some(false), ..client_of("pool") });
    api.add("webid", output(Value::attr("web", Attr::UserPoolClientId)));
    assert_app_parity(&app([auth, api]), "app_client_other_stack");
}

#[test]
fn outputs_of_other_stack() {
    let mut auth = Stack::new("Auth");
    let pool = auth.add("pool", UserPool::default());
    let prefix = CognitoDomainOptions { domain_prefix: "my-app-auth".into() };
    auth.add_child(pool, "domain", UserPoolDomain { cognito_domain: Some(prefix), ..Default::default() });
    let mut out = Stack::new("Outputs");
    out.add("id", output(Value::attr("pool", Attr::UserPoolId)));
    let exported =
        Output { export_name: Some("PoolId".into()), ..output(Value::attr("pool", Attr::UserPoolId)) };
    out.add("id2", exported);
    out.add("arn", output(Value::attr("pool", Attr::UserPoolArn)));
    out.add("providername", output(Value::attr("pool", Attr::UserPoolProviderName)));
    out.add("providerurl", output(Value::attr("pool", Attr::UserPoolProviderUrl)));
    out.add("domainname", output(Value::attr("domain", Attr::DomainName)));
    // A stack of outputs alone is refused (CloudFormation: "At least one Resources member must
    // be defined"); the case's Outputs stack creates a pool of its own.
    let refused = app([auth.clone(), out.clone()]);
    assert_app_rejected(&refused, "app_outputs_of_other_stack", "stack.resources", true);
    out.add("pad", UserPool::default());
    assert_app_parity(&app([auth, out]), "app_outputs_of_other_stack");
}

#[test]
fn three_stacks() {
    let mut auth = Stack::new("Auth");
    auth.add("pool", UserPool { user_pool_name: Some("users".into()), ..Default::default() });
    let mut clients = Stack::new("Clients");
    clients.add("web", client_of("pool"));
    let mut ids = Stack::new("Identity");
    let provider = UserPoolAuthenticationProvider {
        user_pool_client: Some("web".into()),
        ..UserPoolAuthenticationProvider::new("pool")
    };
    let providers =
        IdentityPoolAuthenticationProviders { user_pools: Some(vec![provider]), ..Default::default() };
    ids.add("identities", IdentityPool { authentication_providers: Some(providers), ..Default::default() });
    assert_app_parity(&app([auth, clients, ids]), "app_three_stacks");
}

#[test]
fn consumer_first() {
    let mut api = Stack::new("Api");
    api.add("web", client_of("pool"));
    let mut auth = Stack::new("Auth");
    auth.add("pool", UserPool::default());
    assert_app_parity(&app([api, auth]), "app_consumer_first");
}

#[test]
fn chain() {
    let mut base = Stack::new("Base");
    base.add("check", inline_function());
    let mut auth = Stack::new("Auth");
    auth.add("pool", triggered(UserPoolOperation::PreSignUp, "check"));
    let mut api = Stack::new("Api");
    api.add("web", client_of("pool"));
    api.add("fnarn", output(Value::attr("check", Attr::FunctionArn)));
    api.add("fnname", output(Value::attr("check", Attr::FunctionName)));
    assert_app_parity(&app([base, auth, api]), "app_chain");
}

#[test]
fn both_directions() {
    let mut hooks = Stack::new("Hooks");
    hooks.add("migrate", inline_function());
    let mut web = Stack::new("Web");
    web.add("web", client_of("pool"));
    let mut users = Stack::new("Users");
    let pool = users.add("pool", UserPool::default());
    users.add_trigger(pool, UserPoolOperation::UserMigration, Arn::Item("migrate".into()), None);
    let mut admin = Stack::new("Admin");
    let group = UserPoolGroup {
        user_pool: Some("pool".into()),
        group_name: Some("admins".into()),
        ..Default::default()
    };
    admin.add("admins", group);
    admin.add("client", output(Value::attr("web", Attr::UserPoolClientId)));
    assert_app_parity(&app([hooks, web, users, admin]), "app_both_directions");
}

#[test]
fn depends_on_other_stack() {
    let mut auth = Stack::new("Auth");
    auth.add("pool", UserPool::default());
    let mut other = Stack::new("Other");
    let second = other.add("second", UserPool::default());
    other.add_dependency(second, "pool");
    assert_app_parity(&app([auth, other]), "app_depends_on_other_stack");
}

#[test]
fn zip_asset() {
    let mut auth = Stack::new("Auth");
    auth.add(
        "check",
        LambdaFunction {
            architecture: Some(Architecture::Arm64),
            environment: Some(vec![
                ("RUST_LOG".into(), "info".into()),
                ("ALLOWED_DOMAIN".into(), "example.com".into()),
            ]),
            timeout: Some(Duration::seconds(10)),
            memory_size: Some(256),
            description: Some("pre sign-up check, in Rust".into()),
            ..asset_function("provided.al2023", "bootstrap", "bootstrap.zip")
        },
    );
    auth.add("pool", triggered(UserPoolOperation::PreSignUp, "check"));
    assert_app_parity(&app([auth]), "app_zip_asset");
}

#[test]
fn dir_asset_tree() {
    let mut fns = Stack::new("Fns");
    fns.add("one", asset_function("nodejs22.x", "sub/b.handler", "tree"));
    fns.add("two", asset_function("nodejs22.x", "sub/b.handler", "tree"));
    assert_app_parity(&app([fns]), "app_dir_asset_tree");
}

#[test]
fn from_bucket() {
    let mut auth = Stack::new("Auth");
    let code = Code::FromBucket { bucket: "my-code-bucket".into(), key: "triggers/pre-sign-up.zip".into() };
    let f = LambdaFunction {
        runtime: "provided.al2023".into(),
        handler: "bootstrap".into(),
        architecture: Some(Architecture::X86_64),
        code,
        ..Default::default()
    };
    auth.add("check", f);
    auth.add("pool", triggered(UserPoolOperation::PreSignUp, "check"));
    assert_app_parity(&app([auth]), "app_from_bucket");
}

#[test]
fn env_stacks() {
    let mut auth = Stack::new("Auth").with_env(env());
    auth.add("check", asset_function("nodejs22.x", "index.handler", "hello"));
    auth.add("pool", triggered(UserPoolOperation::PreSignUp, "check"));
    let mut api = Stack::new("Api").with_env(env());
    api.add("web", client_of("pool"));
    api.add("url", output(Value::attr("pool", Attr::UserPoolProviderUrl)));
    assert_app_parity(&app([auth, api]), "app_env_stacks");
}

#[test]
fn default_no_assets() {
    let mut auth = Stack::new("Auth").with_synthesizer(Synthesizer::Default);
    auth.add("pool", UserPool::default());
    let mut api = Stack::new("Api").with_synthesizer(Synthesizer::Default);
    api.add(
        "clientname",
        Parameter { r#type: Some("String".into()), default: Some("web".into()), ..Default::default() },
    );
    let name = Value::attr("clientname", Attr::ValueAsString);
    api.add("web", UserPoolClient { user_pool_client_name: Some(name), ..client_of("pool") });
    api.add("poolarn", output(Value::attr("pool", Attr::UserPoolArn)));
    assert_app_parity(&app([auth, api]), "app_default_no_assets");
}

#[test]
fn identity_pool_provider_client_in_the_pools_stack() {
    // The provider's client goes into `Auth`, under the pool: `Auth` exports its id and the
    // pool's, `Ids` imports them and depends on `Auth`. The stacks themselves are unchanged.
    let mut auth = Stack::new("Auth");
    auth.add("Pool", UserPool::default());
    let app = app([auth, identity_pool_stack("Ids", "Ids", "Pool")]);
    let assembly = app.synth().unwrap();
    let auth = assembly.stack("Auth").unwrap().template.to_serde();
    let client = &auth["Resources"]["PoolUserPoolAuthenticationProviderClient20F2FFC4"];
    assert_eq!(client["Properties"]["UserPoolId"]["Ref"], "PoolD3F588B8");
    let ids = assembly.stack("Ids").unwrap();
    assert_eq!(ids.dependencies, ["Auth"]);
    let provider =
        &ids.template.to_serde()["Resources"]["IdsB650EA43"]["Properties"]["CognitoIdentityProviders"][0];
    assert_eq!(
        provider["ClientId"]["Fn::ImportValue"],
        "Auth:ExportsOutputRefPoolUserPoolAuthenticationProviderClient20F2FFC4E710CE72"
    );
    assert_eq!(app.stacks()[0].nodes().len(), 1);
}

#[test]
fn identity_pool_provider_client_taken_in_another_stack() {
    let mut auth = Stack::new("Auth");
    auth.add("Pool", UserPool::default());
    let stacks =
        [auth, identity_pool_stack("Ids", "Ids", "Pool"), identity_pool_stack("Ids2", "Ids2", "Pool")];
    assert_app_rejected(
        &app(stacks),
        "app_err_identity_pool_client_taken",
        "identity_pool.user_pool.client_taken",
        false,
    );
}

#[test]
fn identity_provider_name_taken_by_an_earlier_stack() {
    // The appended `Corp` of `Auth` comes after `Api`'s own items in `Api`'s render, but was
    // declared first: `Corp2` is the second provider of the name.
    let corp =
        |issuer: &str| UserPoolIdentityProviderOidc { name: Some("CorpOidc".into()), ..corp_oidc(issuer) };
    let mut auth = Stack::new("Auth");
    auth.add("Pool", UserPool::default());
    auth.add("Corp", corp("https://issuer.example.com"));
    let mut api = Stack::new("Api");
    api.add("Corp2", corp("https://login.example.org"));
    let app = app([auth, api]);
    assert_app_rejected(&app, "app_idp_name_duplicate_other_stack", "idp.name.duplicate", true);
    let errors = app.validate().unwrap_err();
    let found: Vec<_> = errors.errors().map(|d| (d.stack_name.as_str(), d.violation.item.as_str())).collect();
    assert_eq!(found, [("Api", "Corp2")]);
}

#[test]
fn grant_to_a_function_of_the_stack_it_triggers_is_a_cycle() {
    // `Api` refers to `Auth` (the trigger's ARN); the grant's statement goes into `Check`'s
    // default policy, in `Auth`, which then refers to `Api` (the pool's ARN).
    let mut auth = Stack::new("Auth");
    auth.add("Check", inline_function());
    let mut api = Stack::new("Api");
    let pool = api.add("Pool", triggered(UserPoolOperation::PreSignUp, "Check"));
    let grant = Grant { grantee: "Check".into(), actions: vec!["cognito-idp:AdminGetUser".into()] };
    api.add_child(pool, "CheckGrant", grant);
    assert_app_rejected(&app([auth, api]), "app_err_grant_cycle", "app.stack_cycle", false);
}

#[test]
fn grant_to_a_role_the_pool_waits_for_is_a_cycle() {
    // `Api` waits for `Auth` (`depends_on`, added first), then the grant's statement in
    // `Admin`'s policy names the pool's ARN: the cycle is the grant's, reported under it.
    let mut auth = Stack::new("Auth");
    auth.add(
        "Admin",
        Role { assumed_by: Principal::Service("lambda.amazonaws.com".into()), ..Role::default() },
    );
    let mut api = Stack::new("Api");
    let pool = api.add("Pool", UserPool::default());
    api.add_dependency(pool, "Admin");
    let grant = Grant { grantee: "Admin".into(), actions: vec!["cognito-idp:AdminGetUser".into()] };
    api.add_node(Some(pool), "Admin", None, grant);
    let app = app([auth, api]);
    assert_app_rejected(&app, "app_err_grant_waits_cycle", "app.stack_cycle", false);
    let found = errors_at(&app);
    assert_eq!(found, [("Api".into(), "Pool/Admin".into(), "grantee".into())]);
    let errors = app.validate().unwrap_err();
    let message = &errors.errors().next().unwrap().violation.message;
    assert!(
        message.starts_with("this grant, whose statement goes into its grantee's default policy in stack `Auth`, makes stack `Auth` depend on stack `Api`, which already depends on it (`Api` → `Auth`)"),
        "{message}"
    );
}

#[test]
fn provider_client_listing_a_provider_of_a_later_stack_is_a_cycle() {
    // `Ids`'s identity pool adds its client to `Pool` after `Corp` registered on `Pool`: the
    // client lists `Corp`, so `Auth` would refer to `Ids`, which refers to `Auth`.
    let mut auth = Stack::new("Auth");
    auth.add("Pool", UserPool::default());
    let mut ids = Stack::new("Ids");
    ids.add("Corp", corp_oidc("https://issuer.example.com"));
    ids.add("Ids", identity_pool_of("Pool"));
    let app = app([auth, ids]);
    assert_app_rejected(&app, "app_err_provider_client_lists_later_provider", "app.stack_cycle", false);
    let found = errors_at(&app);
    assert_eq!(
        found,
        [("Ids".into(), "Ids".into(), "authentication_providers.user_pools.0.user_pool".into())]
    );
}

#[test]
fn cycle_between_two_stacks() {
    let mut auth = Stack::new("Auth");
    auth.add("pool", triggered(UserPoolOperation::PreSignUp, "check"));
    let mut api = Stack::new("Api");
    api.add("check", inline_function());
    api.add("web", client_of("pool"));
    assert_app_rejected(&app([auth, api]), "app_err_cycle", "app.stack_cycle", false);
}

#[test]
fn cycle_through_three_stacks() {
    let mut stacks = Vec::new();
    for (stack, pool, client, other) in
        [("A", "pa", "ca", "pb"), ("B", "pb", "cb", "pc"), ("C", "pc", "cc", "pa")]
    {
        let mut s = Stack::new(stack);
        s.add(pool, UserPool::default());
        s.add(client, client_of(other));
        stacks.push(s);
    }
    assert_app_rejected(&app(stacks), "app_err_cycle_three", "app.stack_cycle", false);
}

fn pool_and_client(auth_env: Env, api_env: Env) -> App {
    let mut auth = Stack::new("Auth").with_env(auth_env);
    auth.add("pool", UserPool::default());
    let mut api = Stack::new("Api").with_env(api_env);
    api.add("web", client_of("pool"));
    app([auth, api])
}

#[test]
fn region_agnostic_producer() {
    let eu = Env { region: Some("eu-west-1".into()), ..Default::default() };
    let app = pool_and_client(Env::default(), eu);
    assert_app_rejected(&app, "app_err_region_agnostic", "app.reference.environment", false);
}

#[test]
fn cross_region() {
    let us = Env { region: Some("us-east-1".into()), ..env() };
    let app = pool_and_client(us, env());
    assert_app_rejected(&app, "app_err_cross_region", "app.reference.environment", false);
    // With `crossRegionReferences` the CDK makes custom resources; we refuse on purpose.
    assert_app_rejected(&app, "app_cross_region", "app.reference.environment", true);
}

#[test]
fn bootstrapless_with_asset() {
    let mut auth = Stack::new("Auth").with_synthesizer(Synthesizer::Bootstrapless);
    auth.add("check", asset_function("nodejs22.x", "index.handler", "hello"));
    let app = app([auth]);
    assert_app_rejected(&app, "app_err_bootstrapless_asset", "synthesizer.bootstrapless_asset", false);
}

#[test]
fn duplicate_stack() {
    let app = app([Stack::new("Auth"), Stack::new("Auth")]);
    assert_app_rejected(&app, "app_err_duplicate_stack", "app.stack.duplicate", false);
}

fn rust_trigger() -> LambdaFunction {
    LambdaFunction {
        architecture: Some(Architecture::Arm64),
        ..asset_function("provided.al2023", "bootstrap", "bootstrap.zip")
    }
}

#[test]
fn rust_trigger_app() {
    let mut auth = Stack::new("Auth");
    auth.add("check", rust_trigger());
    auth.add("pool", triggered(UserPoolOperation::PreSignUp, "check"));
    let mut api = Stack::new("Api");
    api.add("web", client_of("pool"));
    assert_app_parity(&app([auth, api]), "app_rust_trigger");
}

/// `examples/tenants.rs`, whose app is tested here in small and whole.
#[allow(dead_code)]
#[path = "../examples/tenants.rs"]
mod tenants_example;

#[test]
fn tenants_example_in_small() {
    let app = tenants_example::app(3, 2, asset("bootstrap.zip"));
    assert_app_parity(&app, "app_tenants");
}

#[test]
fn tenants_example_whole_is_under_the_limits() {
    assert_eq!(tenants_example::tenants_per_stack(), 100);
    let app = tenants_example::app(1000, tenants_example::tenants_per_stack(), asset("bootstrap.zip"));
    let assembly = app.synth().unwrap();
    assert_eq!(assembly.stacks.len(), 11);
    for s in &assembly.stacks[1..] {
        assert_eq!(s.dependencies, ["Shared"]);
        let template = s.template.to_serde();
        let count = |section: &str| template[section].as_object().map_or(0, |o| o.len());
        // 100 pools, their permissions and clients; their ids; the synthesizer's parameter.
        assert_eq!((count("Resources"), count("Outputs"), count("Parameters")), (300, 200, 1), "{}", s.name);
    }
    // Each tenant stack is over 51,200 bytes (a warning: deployed from the bucket), none over 1 MB.
    assert_eq!(assembly.warnings.len(), 10);
    assert!(assembly.warnings.iter().all(|w| w.violation.rule == "stack.template_size.inline"));
}

#[test]
fn group_role_other_stack() {
    let mut roles = Stack::new("Roles");
    roles.add("adminrole", common::pool::role("cognito-idp.amazonaws.com"));
    let mut auth = Stack::new("Auth");
    let pool = auth.add("pool", UserPool::default());
    let group = UserPoolGroup {
        group_name: Some("admins".into()),
        role: Some(Arn::Item("adminrole".into())),
        precedence: Some(1),
        ..Default::default()
    };
    auth.add_child(pool, "admins", group);
    assert_app_parity(&app([roles, auth]), "app_group_role_other_stack");
}

#[test]
fn domain_other_stack() {
    let mut auth = Stack::new("Auth");
    let pool = auth.add("pool", UserPool::default());
    let o_auth = OAuthSettings {
        flows: Some(OAuthFlows { authorization_code_grant: true, ..Default::default() }),
        callback_urls: Some(vec!["https://app.example.com/cb".into()]),
        ..Default::default()
    };
    auth.add_node(
        Some(pool),
        "web",
        Some("web"),
        UserPoolClient { o_auth: Some(o_auth), ..Default::default() },
    );
    let mut hosted = Stack::new("Hosted");
    let prefix = CognitoDomainOptions { domain_prefix: "my-app-login".into() };
    let login = UserPoolDomain { cognito_domain: Some(prefix), ..client_of_domain("pool") };
    let login = hosted.add("login", login);
    let sign_in = SignInUrl {
        client: Some("web".into()),
        redirect_uri: "https://app.example.com/cb".into(),
        sign_in_path: None,
        fips: false,
    };
    hosted.add("signin", output(Value::attr(login, Attr::SignInUrl(Box::new(sign_in)))));
    hosted.add("base", output(Value::attr(login, Attr::BaseUrl { fips: false })));
    assert_app_parity(&app([auth, hosted]), "app_domain_other_stack");
}

fn client_of_domain(pool: &str) -> UserPoolDomain {
    UserPoolDomain { user_pool: Some(pool.into()), ..Default::default() }
}

#[test]
fn a_stacks_tags_go_into_its_artifact() {
    let mut auth = Stack::new("Auth");
    auth.add_stack_tag("team", "auth");
    auth.add_stack_tag("Owner", "platform");
    let aliases = SignInAliases { phone: true, ..Default::default() };
    auth.add("pool", UserPool { sign_in_aliases: Some(aliases), ..Default::default() });
    let mut other = Stack::new("Other");
    other.add("pool2", UserPool::default());
    assert_app_parity(&app([auth, other]), "app_stack_tags_manifest");
}

#[test]
fn a_literal_from_another_stack_makes_no_dependency() {
    let mut auth = Stack::new("Auth");
    let pool = auth.add("pool", UserPool::default());
    let named = UserPoolClient { user_pool_client_name: Some("web-client".into()), ..Default::default() };
    auth.add_child(pool, "web", named);
    let mut api = Stack::new("Api");
    api.add("pad", UserPool::default());
    api.add("name", output(Value::attr("web", Attr::UserPoolClientName)));
    assert_app_parity(&app([auth, api]), "app_literal_reference");
}
