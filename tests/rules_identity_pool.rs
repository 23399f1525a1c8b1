//! One test per rule of identity pools and their imports, at the runtime level: the rule,
//! the field path, the message.

mod common;

use cognito::*;
use common::*;

/// A stack with `pool` as `ip`.
fn identity_pool(pool: IdentityPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("ip", pool);
    s
}

fn providers(p: IdentityPoolAuthenticationProviders) -> IdentityPool {
    IdentityPool { authentication_providers: Some(p), ..IdentityPool::default() }
}

fn amazon() -> Option<IdentityPoolAmazonLoginProvider> {
    Some(IdentityPoolAmazonLoginProvider { app_id: "amzn1.application.1".into() })
}

/// An identity pool with Login with Amazon and `mappings`.
fn mappings(mappings: Vec<IdentityPoolRoleMapping>) -> Stack {
    identity_pool(IdentityPool {
        role_mappings: Some(mappings),
        ..providers(IdentityPoolAuthenticationProviders { amazon: amazon(), ..Default::default() })
    })
}

fn token(url: IdentityPoolProviderUrl, key: Option<&str>) -> IdentityPoolRoleMapping {
    IdentityPoolRoleMapping {
        provider_url: url,
        mapping_key: key.map(str::to_owned),
        use_token: Some(true),
        ..Default::default()
    }
}

fn rules(rules: Vec<RoleMappingRule>) -> IdentityPoolRoleMapping {
    IdentityPoolRoleMapping {
        provider_url: IdentityPoolProviderUrl::Amazon,
        rules: Some(rules),
        ..Default::default()
    }
}

const ROLE: &str = "arn:aws:iam::123456789012:role/mapped";

fn rule(claim: &str, value: &str) -> RoleMappingRule {
    RoleMappingRule {
        claim: claim.into(),
        claim_value: value.into(),
        mapped_role: ROLE.into(),
        match_type: None,
    }
}

/// `user_pool(pool, client)`.
fn user_pool_url(pool: &str, client: &str) -> IdentityPoolProviderUrl {
    IdentityPoolProviderUrl::UserPool { user_pool: pool.into(), user_pool_client: Some(client.into()) }
}

fn user_pools(list: Vec<UserPoolAuthenticationProvider>) -> IdentityPool {
    providers(IdentityPoolAuthenticationProviders { user_pools: Some(list), ..Default::default() })
}

/// The message of `identity_pool.user_pool.client_taken` for an identity pool `two` whose
/// provider adds its client to `pool` after `first` gave the pool one.
fn client_taken(first: impl FnOnce(&mut Stack, NodeId)) -> String {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    first(&mut s, pool);
    s.add("two", user_pools(vec![UserPoolAuthenticationProvider::new(pool)]));
    // One mistake, one error: not also a duplicate construct id or logical id.
    assert_eq!(s.check().len(), 1, "{:#?}", s.check());
    violation(&s, "identity_pool.user_pool.client_taken", "authentication_providers.user_pools.0.user_pool")
}

#[test]
fn provider_client_taken() {
    let m = client_taken(|s, pool| {
        s.add("one", user_pools(vec![UserPoolAuthenticationProvider::new(pool)]));
    });
    assert_eq!(
        m,
        "without `user_pool_client` this provider adds an app client `UserPoolAuthenticationProviderClient` to `pool`, which already has one (added by identity pool `one`); the CDK fails (\"There is already a Construct with name 'UserPoolAuthenticationProviderClient'\"); give this provider its own `user_pool_client`"
    );
    let m = client_taken(|s, pool| {
        s.add_child(pool, PROVIDER_CLIENT_ID, UserPoolClient::default());
    });
    assert_eq!(
        m,
        "without `user_pool_client` this provider adds an app client `UserPoolAuthenticationProviderClient` to `pool`, which already has one; the CDK fails (\"There is already a Construct with name 'UserPoolAuthenticationProviderClient'\"); give this provider its own `user_pool_client`"
    );
}

#[test]
fn provider_pool_declared_first() {
    let mut s = Stack::new("Stack");
    s.add("ip", user_pools(vec![UserPoolAuthenticationProvider::new("pool")]));
    s.add("pool", UserPool::default());
    let m = violation(&s, "identity_pool.user_pool.order", "authentication_providers.user_pools.0.user_pool");
    assert_eq!(
        m,
        "`pool` is declared after this identity pool, but a provider without `user_pool_client` adds its app client to the pool when the identity pool is created; declare the user pool first, or give `user_pool_client`"
    );
}

#[test]
fn provider_given_after_the_identity_pool_was_added() {
    // `set_item` replaces the settings; the client the new provider needs is added by
    // `add_provider_clients`, which was not called.
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    let ip = s.add("ip", IdentityPool::default());
    s.set_item(ip, user_pools(vec![UserPoolAuthenticationProvider::new("pool")]));
    let m = violation(&s, "identity_pool.user_pool.order", "authentication_providers.user_pools.0.user_pool");
    assert_eq!(
        m,
        "`pool` has no app client for this provider: a provider without `user_pool_client` adds one to its pool when the identity pool is added, and this one was given after (`Stack::set_item`); call `Stack::add_provider_clients` for the identity pool, or give `user_pool_client`"
    );
    s.add_provider_clients(ip);
    assert!(s.synth().is_ok());
}

#[test]
fn provider_references() {
    let mut s = Stack::new("Stack");
    s.add("role", Role { assumed_by: Principal::Service("sns".into()), ..Role::default() });
    s.add(
        "ip",
        user_pools(vec![UserPoolAuthenticationProvider {
            user_pool: "role".into(),
            user_pool_client: Some("nothing".into()),
            disable_server_side_token_check: None,
        }]),
    );
    let m = violation(&s, "reference.kind", "authentication_providers.user_pools.0.user_pool");
    assert_eq!(m, "`user_pool` must refer to a `user_pool`, but `role` is a `role`");
    let m = violation(&s, "reference.unknown", "authentication_providers.user_pools.0.user_pool_client");
    assert_eq!(
        m,
        "`user_pool_client` refers to `nothing`, which is not declared in this stack; declare it, or check the spelling"
    );
}

#[test]
fn mapping_key_for_token() {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    let client = s.add_child(pool, "client", UserPoolClient::default());
    s.add(
        "ip",
        IdentityPool {
            role_mappings: Some(vec![token(user_pool_url("pool", "client"), None)]),
            ..user_pools(vec![UserPoolAuthenticationProvider {
                user_pool_client: Some(client.into()),
                ..UserPoolAuthenticationProvider::new(pool)
            }])
        },
    );
    let m = violation(&s, "identity_pool.role_mapping.key", "role_mappings.0.provider_url");
    assert_eq!(
        m,
        "this role mapping needs `mapping_key`: its `provider_url` user_pool(pool, client) is only known at deploy time, and the key of a role mapping must be a plain string (the CDK: \"mappingKey must be provided when providerUrl.value is a token\"); add `mapping_key: \"…\"`"
    );
}

#[test]
fn rules_required() {
    let s = mappings(vec![IdentityPoolRoleMapping {
        provider_url: IdentityPoolProviderUrl::Amazon,
        ..Default::default()
    }]);
    let m = violation(&s, "identity_pool.role_mapping.rules_missing", "role_mappings.0");
    assert_eq!(
        m,
        "this role mapping needs `rules` when `use_token` is not true; add `rules: [{ claim: …, claim_value: …, mapped_role: … }]`, or `use_token: true` to take the role from the token"
    );
}

#[test]
fn name_schema() {
    let s = identity_pool(IdentityPool { identity_pool_name: Some("my pool!".into()), ..Default::default() });
    let m = violation(&s, "identity_pool.name.schema", "identity_pool_name");
    assert_eq!(
        m,
        "`identity_pool_name` must be 1 to 128 letters, digits, spaces or `_+=,.@-` (got \"my pool!\", 8 characters); CloudFormation rejects it at deploy time (pattern `^[\\w\\s+=,.@-]+$`)"
    );
    let s = identity_pool(IdentityPool {
        identity_pool_name: Some("a".repeat(129).into()),
        ..Default::default()
    });
    violation(&s, "identity_pool.name.schema", "identity_pool_name");
}

#[test]
fn custom_provider_schema() {
    let s = identity_pool(providers(IdentityPoolAuthenticationProviders {
        custom_provider: Some("login example".into()),
        ..Default::default()
    }));
    let m = violation(&s, "identity_pool.custom_provider.schema", "authentication_providers.custom_provider");
    assert_eq!(
        m,
        "`custom_provider` must be 1 to 128 letters, digits, `.`, `_` or `-`, such as `login.example.com` (got \"login example\"); CloudFormation rejects it at deploy time (pattern `^[\\w._-]+$`)"
    );
}

#[test]
fn login_provider_schema() {
    let s = identity_pool(providers(IdentityPoolAuthenticationProviders {
        google: Some(IdentityPoolGoogleLoginProvider { client_id: "my client".into() }),
        ..Default::default()
    }));
    let m = violation(&s, "identity_pool.login_provider.schema", "authentication_providers.google.client_id");
    assert_eq!(
        m,
        "`client_id` must be 1 to 128 letters, digits, `.`, `;`, `_`, `/` or `-` (got \"my client\"); Cognito rejects it at deploy time (pattern `[\\w.;_/-]+`)"
    );
    let s = identity_pool(providers(IdentityPoolAuthenticationProviders {
        twitter: Some(IdentityPoolTwitterLoginProvider {
            consumer_key: "k".repeat(64).into(),
            consumer_secret: "s".repeat(64).into(),
        }),
        ..Default::default()
    }));
    let m = violation(
        &s,
        "identity_pool.login_provider.schema",
        "authentication_providers.twitter.consumer_secret",
    );
    assert_eq!(
        m,
        "the Twitter login id `<consumer_key>;<consumer_secret>` must be at most 128 characters (got 129); Cognito rejects it at deploy time"
    );
}

/// The message of `identity_pool.provider_arn` for `arn` among the SAML or OIDC providers.
fn provider_arn(saml: bool, arn: &str) -> String {
    let list = Some(vec![arn.into()]);
    let p = if saml {
        IdentityPoolAuthenticationProviders { saml_providers: list, ..Default::default() }
    } else {
        IdentityPoolAuthenticationProviders { open_id_connect_providers: list, ..Default::default() }
    };
    let key = if saml { "saml_providers" } else { "open_id_connect_providers" };
    violation(
        &identity_pool(providers(p)),
        "identity_pool.provider_arn",
        &format!("authentication_providers.{key}.0"),
    )
}

#[test]
fn provider_arns() {
    assert_eq!(
        provider_arn(true, "arn:us-east-1:iam::123456789012:saml-provider/mytest"),
        "`saml_providers` takes ARNs such as `arn:aws:iam::123456789012:saml-provider/example`: `us-east-1` is not a partition (`aws`, `aws-cn`, `aws-us-gov`, …) (got \"arn:us-east-1:iam::123456789012:saml-provider/mytest\"); Cognito rejects it at deploy time (\"Identity provider … is not valid for account …\")"
    );
    assert_eq!(
        provider_arn(false, "arn:aws:iam::123456789012:saml-provider/corp"),
        "`open_id_connect_providers` takes ARNs such as `arn:aws:iam::123456789012:oidc-provider/example`: its resource must be `oidc-provider/…`, not `saml-provider/corp` (got \"arn:aws:iam::123456789012:saml-provider/corp\"); Cognito rejects it at deploy time (\"Identity provider … is not valid for account …\")"
    );
    assert_eq!(
        provider_arn(false, "example.com"),
        "`open_id_connect_providers` takes ARNs such as `arn:aws:iam::123456789012:oidc-provider/example`: it is not an ARN of 20 to 2048 characters (got \"example.com\"); Cognito rejects it at deploy time (\"Identity provider … is not valid for account …\")"
    );
}

#[test]
fn role_arns() {
    let s = identity_pool(IdentityPool {
        authenticated_role: Some("arn:aws:lambda:us-east-1:123456789012:function:f".into()),
        ..Default::default()
    });
    let m = violation(&s, "identity_pool.role_arn", "authenticated_role");
    assert_eq!(
        m,
        "`authenticated_role` must be the ARN of an `iam` resource, such as `arn:aws:iam::123456789012:role/my-role` (got a `lambda` ARN)"
    );
    let s = mappings(vec![rules(vec![RoleMappingRule { mapped_role: "admin".into(), ..rule("sub", "a") }])]);
    let m = violation(&s, "identity_pool.role_arn", "role_mappings.0.rules.0.mapped_role");
    assert_eq!(
        m,
        "`mapped_role` must be an ARN such as `arn:aws:iam::123456789012:role/my-role` (got \"admin\"); CloudFormation rejects it at deploy time"
    );
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add(
        "ip",
        IdentityPool { unauthenticated_role: Some(ItemRef::from("pool").into()), ..Default::default() },
    );
    let m = violation(&s, "reference.kind", "unauthenticated_role");
    assert_eq!(m, "`unauthenticated_role` must refer to a `role`, but `pool` is a `user_pool`");
}

#[test]
fn mapping_count() {
    let list = (0..11).map(|i| token(IdentityPoolProviderUrl::Amazon, Some(&format!("k{i}")))).collect();
    let m = violation(&mappings(list), "identity_pool.role_mapping.count", "role_mappings");
    assert_eq!(
        m,
        "an identity pool takes at most 10 role mappings (got 11); Cognito rejects more at deploy time"
    );
}

#[test]
fn mapping_key_length() {
    let key = "k".repeat(129);
    let m = violation(
        &mappings(vec![token(IdentityPoolProviderUrl::Amazon, Some(&key))]),
        "identity_pool.role_mapping.key_length",
        "role_mappings.0.mapping_key",
    );
    assert_eq!(m, "`mapping_key` must be 1 to 128 characters (got 129); Cognito rejects it at deploy time");
    let s = mappings(vec![token(IdentityPoolProviderUrl::Custom("p".repeat(129).into()), None)]);
    let m = violation(&s, "identity_pool.role_mapping.key_length", "role_mappings.0.provider_url");
    assert_eq!(
        m,
        "the key of this role mapping (its provider URL) must be 1 to 128 characters (got 129); Cognito rejects it at deploy time"
    );
}

#[test]
fn mapping_rules_count() {
    let m = violation(
        &mappings(vec![rules(vec![])]),
        "identity_pool.role_mapping.rules_count",
        "role_mappings.0.rules",
    );
    assert_eq!(
        m,
        "`rules` must hold 1 to 25 rules (got 0); Cognito rejects it at deploy time; add a rule, or set `use_token: true`"
    );
    let many = (0..26).map(|i| rule("sub", &format!("v{i}"))).collect();
    violation(
        &mappings(vec![rules(many)]),
        "identity_pool.role_mapping.rules_count",
        "role_mappings.0.rules",
    );
}

#[test]
fn claim_schema() {
    let s = mappings(vec![rules(vec![rule("custom role", "admin")])]);
    let m = violation(&s, "identity_pool.role_mapping.claim", "role_mappings.0.rules.0.claim");
    assert_eq!(
        m,
        "`claim` must be a claim name of 1 to 64 characters without spaces, such as `custom:role` (got \"custom role\"); Cognito rejects it at deploy time"
    );
}

#[test]
fn claim_value_schema() {
    let s = mappings(vec![rules(vec![rule("sub", "")])]);
    let m = violation(&s, "identity_pool.role_mapping.claim_value", "role_mappings.0.rules.0.claim_value");
    assert_eq!(m, "`claim_value` must be 1 to 128 characters (got 0); Cognito rejects it at deploy time");
}

/// An identity pool with the OIDC provider `example.com` and a mapping for `open_id(url)`.
fn oidc_mapping(url: &str) -> Stack {
    identity_pool(IdentityPool {
        role_mappings: Some(vec![token(IdentityPoolProviderUrl::OpenId(url.into()), None)]),
        ..providers(IdentityPoolAuthenticationProviders {
            open_id_connect_providers: Some(vec![
                "arn:aws:iam::123456789012:oidc-provider/example.com".into(),
            ]),
            ..Default::default()
        })
    })
}

#[test]
fn provider_url_scheme() {
    let s = oidc_mapping("https://example.com");
    let m = violation(&s, "identity_pool.role_mapping.provider_url", "role_mappings.0.provider_url");
    assert_eq!(
        m,
        "`provider_url` open_id(\"https://example.com\") is not a valid provider name: it has a scheme: write `example.com`, not `https://example.com`; Cognito rejects it at deploy time (\"https://example.com is not a valid RoleMapping ProviderName or is not a configured provider.\")"
    );
    // One mistake, one error: not also "not configured".
    assert_eq!(s.check().len(), 1, "{:#?}", s.check());
    let s = mappings(vec![token(IdentityPoolProviderUrl::Custom("".into()), None)]);
    let m = violation(&s, "identity_pool.role_mapping.provider_url", "role_mappings.0.provider_url");
    assert_eq!(
        m,
        "`provider_url` custom(\"\") is not a valid provider name: it is empty; Cognito rejects it at deploy time"
    );
    assert_eq!(s.check().len(), 1, "{:#?}", s.check());
}

#[test]
fn provider_configured() {
    let m = violation(
        &mappings(vec![token(IdentityPoolProviderUrl::Facebook, None)]),
        "identity_pool.role_mapping.not_configured",
        "role_mappings.0.provider_url",
    );
    assert_eq!(
        m,
        "`provider_url` FACEBOOK is not one of this identity pool's `authentication_providers`; add `facebook: { app_id: … }` to `authentication_providers`, or remove the mapping; Cognito rejects it at deploy time (\"graph.facebook.com is not a valid RoleMapping ProviderName or is not a configured provider.\")"
    );
    let s = oidc_mapping("other.example.com");
    let m = violation(&s, "identity_pool.role_mapping.not_configured", "role_mappings.0.provider_url");
    assert_eq!(
        m,
        "`provider_url` open_id(\"other.example.com\") is not one of this identity pool's `authentication_providers`; add the provider's ARN to `authentication_providers.open_id_connect_providers`, or remove the mapping; Cognito rejects it at deploy time (\"other.example.com is not a valid RoleMapping ProviderName or is not a configured provider.\")"
    );
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(pool, "web", UserPoolClient::default());
    s.add(
        "ip",
        IdentityPool {
            role_mappings: Some(vec![token(user_pool_url("pool", "web"), Some("cognito"))]),
            ..user_pools(vec![UserPoolAuthenticationProvider::new(pool)])
        },
    );
    let m = violation(&s, "identity_pool.role_mapping.not_configured", "role_mappings.0.provider_url");
    assert_eq!(
        m,
        "`provider_url` user_pool(pool, web) is not one of this identity pool's `authentication_providers`; add `{ user_pool: pool, user_pool_client: web }` to `authentication_providers.user_pools`, or remove the mapping; Cognito rejects it at deploy time (\"cognito-idp.<region>.amazonaws.com/<pool id>:<client id> is not a valid RoleMapping ProviderName or is not a configured provider.\")"
    );
}

#[test]
fn provider_configured_passes() {
    // The automatic client, the pool alone, a SAML ARN, a custom provider.
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    let saml = "arn:aws:iam::123456789012:saml-provider/corp";
    s.add(
        "ip",
        IdentityPool {
            role_mappings: Some(vec![
                token(
                    IdentityPoolProviderUrl::UserPool { user_pool: pool.into(), user_pool_client: None },
                    Some("c"),
                ),
                token(IdentityPoolProviderUrl::Saml(saml.into()), Some("s")),
                token(IdentityPoolProviderUrl::Custom("login.example".into()), None),
            ]),
            ..providers(IdentityPoolAuthenticationProviders {
                saml_providers: Some(vec![saml.into()]),
                user_pools: Some(vec![UserPoolAuthenticationProvider::new(pool)]),
                ..Default::default()
            })
        },
    );
    assert_eq!(s.check(), vec![]);
}

fn import(p: ImportedIdentityPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("imported", p);
    s
}

#[test]
fn import_id_format() {
    let m = violation(
        &import(ImportedIdentityPool::FromId("idPool".into())),
        "identity_pool.import.id_format",
        "from_identity_pool_id",
    );
    assert_eq!(
        m,
        "an identity pool id has the shape `<region>:<id>`, such as `us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d` (got \"idPool\"); the CDK: \"Invalid Identity Pool Id: Identity Pool Ids must follow the format <region>:<id>\""
    );
}

#[test]
fn import_region() {
    let mut s = Stack::new("Stack").with_env(Env { account: None, region: Some("eu-west-1".into()) });
    s.add("imported", ImportedIdentityPool::FromId("us-east-1:abc".into()));
    let m = violation(&s, "identity_pool.import.region", "from_identity_pool_id");
    assert_eq!(
        m,
        "the identity pool id \"us-east-1:abc\" is in region `us-east-1`, not in the stack's region `eu-west-1`; the CDK: \"Invalid Identity Pool Id: Region in Identity Pool Id must match stack region\""
    );
    let s = import(ImportedIdentityPool::FromArn(
        "arn:aws:cognito-identity:eu-west-1:123456789012:identitypool/us-east-1:abc".into(),
    ));
    let m = violation(&s, "identity_pool.import.region", "from_identity_pool_arn");
    assert_eq!(
        m,
        "the identity pool id \"us-east-1:abc\" is in region `us-east-1`, not in the ARN's region `eu-west-1`; the CDK: \"Invalid Identity Pool Id: Region in Identity Pool Id must match stack region\""
    );
}

#[test]
fn import_arn() {
    let m = |arn: &str| {
        violation(
            &import(ImportedIdentityPool::FromArn(arn.into())),
            "identity_pool.import.arn",
            "from_identity_pool_arn",
        )
    };
    assert_eq!(
        m("arn:aws:cognito-identity:eu-west-1:123456789012:identitypool"),
        "`from_identity_pool_arn` must be an identity pool ARN such as `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d`: it has no identity pool id after `identitypool/` (the CDK: \"Invalid Identity Pool ARN\") (got \"arn:aws:cognito-identity:eu-west-1:123456789012:identitypool\")"
    );
    assert_eq!(
        m("eu-west-1:abc"),
        "`from_identity_pool_arn` must be an identity pool ARN such as `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d`: it is not an ARN (`arn:partition:service:region:account:resource`) (got \"eu-west-1:abc\")"
    );
    assert_eq!(
        m("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc"),
        "`from_identity_pool_arn` must be an identity pool ARN such as `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d`: it is the ARN of a `cognito-idp` resource, not of a Cognito identity pool (got \"arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc\")"
    );
}

#[test]
fn imported_name_attribute() {
    let mut s = import(ImportedIdentityPool::FromId("us-east-1:abc".into()));
    s.add("out", Output { value: Value::attr("imported", Attr::IdentityPoolName), ..Output::default() });
    let m = violation(&s, "reference.attribute", "value");
    assert_eq!(
        m,
        "an `identity_pool` has no attribute `identity_pool_name`; an imported identity pool has no name (the CDK leaves its `identityPoolName` undefined)"
    );
}
