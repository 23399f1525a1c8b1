//! The hand-written rules cover the CloudFormation schemas of the Cognito types: every
//! string setting of the Cognito items, given hostile values (empty, long, spaces, control
//! and invisible characters, symbols, other scripts), either is rejected by a rule or
//! renders resources that meet their schemas. (The parity tests prove the same for every
//! configuration of the reference cases: `common::assert_schemas_hold`.)

mod common;

use cognito::*;
use common::pool::imported_user_pool_provider;

/// A stack with one setting set to a string.
type Setter = fn(&str) -> Stack;

fn with_pool(pool: UserPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", pool);
    s
}

fn with_child(item: impl Into<Item>) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(pool, "child", item);
    s
}

fn with_identity_pool(pool: IdentityPool) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("ip", pool);
    s
}

fn o_auth(o: OAuthSettings) -> UserPoolClient {
    let flows =
        OAuthFlows { authorization_code_grant: true, implicit_code_grant: false, client_credentials: false };
    let o = OAuthSettings {
        flows: Some(flows),
        callback_urls: o.callback_urls.or(Some(vec!["https://example.com/cb".into()])),
        ..o
    };
    UserPoolClient { o_auth: Some(o), ..UserPoolClient::default() }
}

fn oidc(o: impl FnOnce(&mut UserPoolIdentityProviderOidc)) -> Stack {
    let mut p = UserPoolIdentityProviderOidc {
        client_id: "id".into(),
        client_secret: "secret".into(),
        issuer_url: "https://issuer.example.com".into(),
        ..UserPoolIdentityProviderOidc::default()
    };
    o(&mut p);
    with_child(UserPoolIdentityProvider::Oidc(p))
}

fn ses(o: impl FnOnce(&mut SesOptions)) -> Stack {
    let mut options = SesOptions {
        from_email: "noreply@example.com".into(),
        ses_region: Some("us-east-1".into()),
        ..SesOptions::default()
    };
    o(&mut options);
    with_pool(UserPool { email: Some(UserPoolEmail::WithSes(options)), ..UserPool::default() })
}

fn verification(o: impl FnOnce(&mut UserVerification)) -> Stack {
    let mut uv = UserVerification::default();
    o(&mut uv);
    with_pool(UserPool { user_verification: Some(uv), ..UserPool::default() })
}

fn invitation(o: impl FnOnce(&mut UserInvitation)) -> Stack {
    let mut ui = UserInvitation::default();
    o(&mut ui);
    with_pool(UserPool { user_invitation: Some(ui), ..UserPool::default() })
}

fn providers(p: IdentityPoolAuthenticationProviders) -> Stack {
    with_identity_pool(IdentityPool { authentication_providers: Some(p), ..IdentityPool::default() })
}

fn mapping_rule(o: impl FnOnce(&mut RoleMappingRule)) -> Stack {
    let mut rule = RoleMappingRule {
        claim: "groups".into(),
        claim_value: "admins".into(),
        mapped_role: "arn:aws:iam::123456789012:role/mapped".into(),
        match_type: None,
    };
    o(&mut rule);
    let mapping = IdentityPoolRoleMapping {
        provider_url: IdentityPoolProviderUrl::Amazon,
        rules: Some(vec![rule]),
        ..Default::default()
    };
    with_identity_pool(IdentityPool {
        role_mappings: Some(vec![mapping]),
        authentication_providers: Some(IdentityPoolAuthenticationProviders {
            amazon: Some(IdentityPoolAmazonLoginProvider { app_id: "amzn1.application.1".into() }),
            ..Default::default()
        }),
        ..IdentityPool::default()
    })
}

const SETTERS: &[(&str, Setter)] = &[
    ("user_pool_name", |v| with_pool(UserPool { user_pool_name: Some(v.into()), ..UserPool::default() })),
    ("sms_role_external_id", |v| {
        with_pool(UserPool {
            sms_role_external_id: Some(v.into()),
            enable_sms_role: Some(true),
            ..UserPool::default()
        })
    }),
    ("sns_region", |v| {
        with_pool(UserPool { sns_region: Some(v.into()), enable_sms_role: Some(true), ..UserPool::default() })
    }),
    ("mfa_message", |v| with_pool(UserPool { mfa_message: Some(v.into()), ..UserPool::default() })),
    ("passkey_relying_party_id", |v| {
        with_pool(UserPool { passkey_relying_party_id: Some(v.into()), ..UserPool::default() })
    }),
    ("sms_role", |v| with_pool(UserPool { sms_role: Some(v.into()), ..UserPool::default() })),
    ("custom_sender_kms_key", |v| {
        with_pool(UserPool { custom_sender_kms_key: Some(v.into()), ..UserPool::default() })
    }),
    ("email_settings.from", |v| {
        with_pool(UserPool {
            email_settings: Some(EmailSettings { from: Some(v.into()), reply_to: None }),
            ..UserPool::default()
        })
    }),
    ("email_settings.reply_to", |v| {
        with_pool(UserPool {
            email_settings: Some(EmailSettings { from: None, reply_to: Some(v.into()) }),
            ..UserPool::default()
        })
    }),
    ("email.with_cognito.reply_to", |v| {
        with_pool(UserPool {
            email: Some(UserPoolEmail::WithCognito { reply_to: Some(v.into()) }),
            ..UserPool::default()
        })
    }),
    ("email.with_ses.from_email", |v| ses(|o| o.from_email = v.into())),
    ("email.with_ses.from_name", |v| ses(|o| o.from_name = Some(v.into()))),
    ("email.with_ses.reply_to", |v| ses(|o| o.reply_to = Some(v.into()))),
    ("email.with_ses.configuration_set_name", |v| ses(|o| o.configuration_set_name = Some(v.into()))),
    ("email.with_ses.ses_verified_domain", |v| ses(|o| o.ses_verified_domain = Some(v.into()))),
    ("user_verification.email_subject", |v| verification(|u| u.email_subject = Some(v.into()))),
    ("user_verification.email_body", |v| verification(|u| u.email_body = Some(v.into()))),
    ("user_verification.sms_message", |v| verification(|u| u.sms_message = Some(v.into()))),
    ("user_invitation.email_subject", |v| invitation(|u| u.email_subject = Some(v.into()))),
    ("user_invitation.email_body", |v| invitation(|u| u.email_body = Some(v.into()))),
    ("user_invitation.sms_message", |v| invitation(|u| u.sms_message = Some(v.into()))),
    ("custom_attributes (name)", |v| {
        with_pool(UserPool {
            custom_attributes: Some(vec![(v.to_owned(), CustomAttribute::default())]),
            ..UserPool::default()
        })
    }),
    ("lambda_triggers.pre_sign_up", |v| {
        with_pool(UserPool {
            lambda_triggers: Some(vec![(UserPoolOperation::PreSignUp, v.into())]),
            ..UserPool::default()
        })
    }),
    ("client.user_pool_client_name", |v| {
        with_child(UserPoolClient { user_pool_client_name: Some(v.into()), ..UserPoolClient::default() })
    }),
    ("client.o_auth.callback_urls", |v| {
        with_child(o_auth(OAuthSettings { callback_urls: Some(vec![v.into()]), ..OAuthSettings::default() }))
    }),
    ("client.o_auth.logout_urls", |v| {
        with_child(o_auth(OAuthSettings { logout_urls: Some(vec![v.into()]), ..OAuthSettings::default() }))
    }),
    ("client.o_auth.default_redirect_uri", |v| {
        with_child(o_auth(OAuthSettings {
            callback_urls: Some(vec![v.into()]),
            default_redirect_uri: Some(v.into()),
            ..OAuthSettings::default()
        }))
    }),
    ("client.o_auth.scopes (custom)", |v| {
        with_child(o_auth(OAuthSettings {
            scopes: Some(vec![OAuthScope::Custom(v.to_owned())]),
            ..OAuthSettings::default()
        }))
    }),
    ("client.supported_identity_providers (custom)", |v| {
        let providers = Some(vec![UserPoolClientIdentityProvider::Custom(v.into())]);
        with_child(UserPoolClient { supported_identity_providers: providers, ..UserPoolClient::default() })
    }),
    ("client.analytics.application_id", |v| {
        let analytics = AnalyticsConfiguration {
            application_id: Some(v.into()),
            external_id: Some("external".into()),
            role: Some("arn:aws:iam::123456789012:role/analytics".into()),
            ..AnalyticsConfiguration::default()
        };
        with_child(UserPoolClient { analytics: Some(analytics), ..UserPoolClient::default() })
    }),
    ("client.analytics.external_id", |v| {
        let analytics = AnalyticsConfiguration {
            application_id: Some("0123456789abcdef0123456789abcdef".into()),
            external_id: Some(v.into()),
            role: Some("arn:aws:iam::123456789012:role/analytics".into()),
            ..AnalyticsConfiguration::default()
        };
        with_child(UserPoolClient { analytics: Some(analytics), ..UserPoolClient::default() })
    }),
    ("domain.cognito_domain.domain_prefix", |v| {
        with_child(UserPoolDomain {
            cognito_domain: Some(CognitoDomainOptions { domain_prefix: v.into() }),
            ..UserPoolDomain::default()
        })
    }),
    ("domain.custom_domain.domain_name", |v| {
        let custom = CustomDomainOptions {
            domain_name: v.into(),
            certificate: "arn:aws:acm:us-east-1:123456789012:certificate/abc".into(),
        };
        with_child(UserPoolDomain { custom_domain: Some(custom), ..UserPoolDomain::default() })
    }),
    ("domain.custom_domain.certificate", |v| {
        let custom = CustomDomainOptions { domain_name: "auth.example.com".into(), certificate: v.into() };
        with_child(UserPoolDomain { custom_domain: Some(custom), ..UserPoolDomain::default() })
    }),
    ("group.group_name", |v| {
        with_child(UserPoolGroup { group_name: Some(v.into()), ..UserPoolGroup::default() })
    }),
    ("group.description", |v| {
        with_child(UserPoolGroup { description: Some(v.into()), ..UserPoolGroup::default() })
    }),
    ("group.role", |v| with_child(UserPoolGroup { role: Some(v.into()), ..UserPoolGroup::default() })),
    ("resource_server.identifier", |v| {
        with_child(UserPoolResourceServer { identifier: v.to_owned(), ..UserPoolResourceServer::default() })
    }),
    ("resource_server.user_pool_resource_server_name", |v| {
        with_child(UserPoolResourceServer {
            identifier: "api".into(),
            user_pool_resource_server_name: Some(v.into()),
            ..UserPoolResourceServer::default()
        })
    }),
    ("resource_server.scopes.scope_name", |v| {
        let scope = ResourceServerScope { scope_name: v.to_owned(), scope_description: "Read".into() };
        with_child(UserPoolResourceServer {
            identifier: "api".into(),
            scopes: Some(vec![scope]),
            ..UserPoolResourceServer::default()
        })
    }),
    ("resource_server.scopes.scope_description", |v| {
        let scope = ResourceServerScope { scope_name: "read".into(), scope_description: v.to_owned() };
        with_child(UserPoolResourceServer {
            identifier: "api".into(),
            scopes: Some(vec![scope]),
            ..UserPoolResourceServer::default()
        })
    }),
    ("idp.oidc.name", |v| oidc(|p| p.name = Some(v.into()))),
    ("idp.oidc.client_id", |v| oidc(|p| p.client_id = v.into())),
    ("idp.oidc.client_secret", |v| oidc(|p| p.client_secret = v.into())),
    ("idp.oidc.issuer_url", |v| oidc(|p| p.issuer_url = v.into())),
    ("idp.oidc.identifiers", |v| oidc(|p| p.identifiers = Some(vec![v.to_owned()]))),
    ("idp.oidc.scopes", |v| oidc(|p| p.scopes = Some(vec![v.to_owned()]))),
    ("idp.oidc.attribute_mapping (custom)", |v| {
        oidc(|p| {
            p.attribute_mapping = Some(AttributeMapping {
                custom: Some(vec![(v.to_owned(), ProviderAttribute(v.to_owned().into()))]),
                ..AttributeMapping::default()
            })
        })
    }),
    ("idp.saml.metadata (file)", |v| {
        let saml =
            UserPoolIdentityProviderSaml { metadata: SamlMetadata::File(v.into()), ..Default::default() };
        with_child(UserPoolIdentityProvider::Saml(saml))
    }),
    ("idp.google.client_id", |v| {
        let google = UserPoolIdentityProviderGoogle {
            client_id: v.into(),
            client_secret: Some("secret".into()),
            ..UserPoolIdentityProviderGoogle::default()
        };
        with_child(UserPoolIdentityProvider::Google(google))
    }),
    ("identity_pool.identity_pool_name", |v| {
        with_identity_pool(IdentityPool { identity_pool_name: Some(v.into()), ..IdentityPool::default() })
    }),
    ("identity_pool.custom_provider", |v| {
        providers(IdentityPoolAuthenticationProviders {
            custom_provider: Some(v.into()),
            ..Default::default()
        })
    }),
    ("identity_pool.google.client_id", |v| {
        let google = Some(IdentityPoolGoogleLoginProvider { client_id: v.into() });
        providers(IdentityPoolAuthenticationProviders { google, ..Default::default() })
    }),
    ("identity_pool.open_id_connect_providers", |v| {
        providers(IdentityPoolAuthenticationProviders {
            open_id_connect_providers: Some(vec![v.into()]),
            ..Default::default()
        })
    }),
    ("identity_pool.saml_providers", |v| {
        providers(IdentityPoolAuthenticationProviders {
            saml_providers: Some(vec![v.into()]),
            ..Default::default()
        })
    }),
    ("identity_pool.authenticated_role", |v| {
        with_identity_pool(IdentityPool { authenticated_role: Some(v.into()), ..IdentityPool::default() })
    }),
    ("identity_pool.user_pools (imported pool id)", |v| imported_user_pool_provider(v, "abc123")),
    ("identity_pool.user_pools (imported client id)", |v| imported_user_pool_provider("us-east-1_abc", v)),
    ("imported pool id (client)", |v| {
        let mut s = Stack::new("Stack");
        s.add("pool", ImportedUserPool::FromId(v.into()));
        s.add("client", UserPoolClient { user_pool: Some("pool".into()), ..UserPoolClient::default() });
        s
    }),
    ("identity_pool.role_mappings.rules.claim", |v| mapping_rule(|r| r.claim = v.into())),
    ("identity_pool.role_mappings.rules.claim_value", |v| mapping_rule(|r| r.claim_value = v.into())),
];

/// Values that break some schema somewhere, and values that break none.
fn hostile_values() -> Vec<String> {
    let mut values: Vec<String> = [
        "",
        " ",
        "a",
        "ab",
        "abc",
        "a b",
        "a\tb",
        "a\nb",
        "é",
        "日本",
        "😀",
        "a$b",
        "a!b",
        "a/b",
        "a:b",
        "a_b",
        "a-b",
        "a.b",
        "a@b",
        "a+b",
        "a=b",
        "a,b",
        "a;b",
        "\"",
        "\\",
        "<tag>",
        "%",
        "*",
        "\u{0}",
        "\u{7f}",
        "\u{200b}",
        "\u{e000}",
        "\u{378}",
        "\u{a0}",
        "https://example.com/cb",
        "http://localhost:3000",
        "https://example.com/a#b",
        "arn:aws:iam::123456789012:role/r",
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        "{####}",
        "code {####}",
        "{##Click##}",
        "user@example.com",
        "Name <user@example.com>",
        "us-east-1",
        "us-east-1_abc",
        "custom:tier",
        "cognito-idp.us-east-1.amazonaws.com/us-east-1_abc",
        "Google",
        "COGNITO",
        "aws",
        "my-app",
        "auth.example.com",
        "0123456789abcdef0123456789abcdef",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for n in [
        20, 21, 32, 33, 40, 41, 63, 64, 65, 128, 129, 140, 141, 256, 257, 1024, 1025, 2048, 2049, 20_000,
        20_001,
    ] {
        values.push("x".repeat(n));
        values.push(format!("{}{{####}}", "x".repeat(n.saturating_sub(6))));
    }
    values.extend(random_values(120));
    values
}

/// Strings of characters drawn from a pool, with a fixed seed (xorshift).
fn random_values(count: usize) -> Vec<String> {
    let pool: Vec<char> =
        "aZ09_-.:/@+=,;#*$^{}[]()|?!'\" \t\n\r\u{b}\u{85}\u{a0}\u{2028}\u{3000}é日жΩ\u{301}٣、✓€\u{200b}\u{e000}😀"
            .chars()
            .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % 40) as usize;
            (0..len).map(|_| pool[(next() % pool.len() as u64) as usize]).collect()
        })
        .collect()
}

#[test]
fn every_cognito_resource_that_synthesizes_meets_its_schema() {
    let values = hostile_values();
    let mut gaps = Vec::new();
    let mut synthesized = 0;
    for (setting, make) in SETTERS {
        for value in &values {
            let stack = make(value);
            let Some(template) = stack.template().ok().and_then(Json::into_obj) else { continue };
            synthesized += 1;
            let Some(Json::Obj(resources)) = template.get("Resources") else { continue };
            for (id, resource) in &resources.0 {
                let Json::Obj(resource) = resource else { continue };
                let resource_type = resource.get("Type").and_then(Json::as_str).unwrap_or_default();
                let empty = Json::Obj(Obj::new());
                let props = resource.get("Properties").unwrap_or(&empty);
                for issue in schema::validate(resource_type, props).unwrap_or_default() {
                    gaps.push(format!(
                        "{setting} = {value:?}: {id} {}: {}",
                        issue.path_string(),
                        issue.describe("value")
                    ));
                }
            }
        }
    }
    let tried = SETTERS.len() * values.len();
    eprintln!(
        "schema_cognito: {} settings x {} values = {tried} stacks, {synthesized} synthesized",
        SETTERS.len(),
        values.len()
    );
    assert!(
        synthesized > tried / 4,
        "too few stacks synthesized ({synthesized} of {tried}): the setters are broken"
    );
    assert!(gaps.is_empty(), "{} gaps between the rules and the schemas:\n{}", gaps.len(), gaps.join("\n"));
}
