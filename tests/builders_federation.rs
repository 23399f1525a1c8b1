//! Parity with the AWS CDK for domains, groups and identity providers, through the runtime
//! builders.

mod common;

use cognito::*;
use common::*;

const CERT: &str = "arn:aws:acm:us-east-1:123456789012:certificate/abc";

fn cognito_domain(prefix: impl Into<Value>) -> UserPoolDomain {
    UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: prefix.into() }),
        ..UserPoolDomain::default()
    }
}

fn custom_domain() -> UserPoolDomain {
    UserPoolDomain {
        custom_domain: Some(CustomDomainOptions {
            domain_name: "auth.example.com".into(),
            certificate: CERT.into(),
        }),
        ..UserPoolDomain::default()
    }
}

fn output(value: Value) -> Output {
    Output { value, ..Output::default() }
}

/// A stack with `Pool` and `item` added by `add`.
fn with_pool(add: impl FnOnce(&mut Stack, NodeId)) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    add(&mut s, pool);
    s
}

// ---------------------------------------------------------------- domains

#[test]
fn domain_cognito() {
    let s = with_pool(|s, pool| {
        s.add_child(pool, "CognitoDomain", cognito_domain("my-awesome-app"));
    });
    assert_parity(&s, "domain_cognito");
}

#[test]
fn x_domain_custom_cert() {
    let s = with_pool(|s, pool| {
        s.add_child(pool, "Domain", custom_domain());
    });
    assert_parity(&s, "x_domain_custom_cert");
}

#[test]
fn x_domain_custom_outputs() {
    let s = with_pool(|s, pool| {
        let d = s.add_child(pool, "Domain", custom_domain());
        s.add("BaseUrl", output(Value::attr(d, Attr::BaseUrl { fips: false })));
        s.add("FipsUrl", output(Value::attr(d, Attr::BaseUrl { fips: true })));
        s.add("CloudFront", output(Value::attr(d, Attr::CloudFrontEndpoint)));
    });
    assert_parity(&s, "x_domain_custom_outputs");
}

#[test]
fn x_domain_outputs_fips_cloudfront() {
    let s = with_pool(|s, pool| {
        s.add_child(pool, "Domain", cognito_domain("myapp"));
        s.add("FipsUrl", output(Value::attr("Domain", Attr::BaseUrl { fips: true })));
        s.add("CloudFront", output(Value::attr("Domain", Attr::CloudFrontEndpoint)));
        s.add("DomainName", output(Value::attr("Domain", Attr::DomainName)));
    });
    assert_parity(&s, "x_domain_outputs_fips_cloudfront");
}

#[test]
fn x_domain_managed_login_newer() {
    let s = with_pool(|s, pool| {
        s.add_child(
            pool,
            "Domain",
            UserPoolDomain {
                managed_login_version: Some(ManagedLoginVersion::NewerManagedLogin),
                ..cognito_domain("myapp")
            },
        );
    });
    assert_parity(&s, "x_domain_managed_login_newer");
}

#[test]
fn x_domain_toplevel() {
    let s = with_pool(|s, pool| {
        s.add("Domain", UserPoolDomain { user_pool: Some(pool.into()), ..cognito_domain("myapp") });
    });
    assert_parity(&s, "x_domain_toplevel");
}

#[test]
fn err_domain_both() {
    let s = with_pool(|s, pool| {
        let both =
            UserPoolDomain { cognito_domain: cognito_domain("myapp").cognito_domain, ..custom_domain() };
        s.add_child(pool, "Domain", both);
    });
    assert_rejected(&s, "err_domain_both", "domain.one_of");
}

#[test]
fn err_domain_prefix_uppercase() {
    let s = with_pool(|s, pool| {
        s.add_child(pool, "Domain", cognito_domain("My-App"));
    });
    assert_rejected(&s, "err_domain_prefix_uppercase", "domain.domain_prefix.charset");
}

#[test]
fn tokens_parameters() {
    let mut s = Stack::new("Stack");
    let string = || Parameter { r#type: Some("String".into()), ..Parameter::default() };
    let name = s.add("PoolName", string());
    let prefix = s.add("DomainPrefix", string());
    let body = s.add("EmailBody", string());
    let pool = s.add(
        "pool",
        UserPool {
            user_pool_name: Some(Value::attr(name, Attr::ValueAsString)),
            user_verification: Some(UserVerification {
                email_body: Some(Value::attr(body, Attr::ValueAsString)),
                ..UserVerification::default()
            }),
            ..UserPool::default()
        },
    );
    s.add_child(pool, "domain", cognito_domain(Value::attr(prefix, Attr::ValueAsString)));
    assert_parity(&s, "tokens_parameters");
}

// ---------------------------------------------------------------- groups

#[test]
fn group() {
    let s = with_pool(|s, pool| {
        s.add(
            "Admins",
            UserPoolGroup {
                user_pool: Some(pool.into()),
                group_name: Some("admins".into()),
                description: Some("Administrators".into()),
                precedence: Some(1),
                ..UserPoolGroup::default()
            },
        );
        s.add_child(
            pool,
            "Readers",
            UserPoolGroup { group_name: Some("readers".into()), ..UserPoolGroup::default() },
        );
        s.add_child(pool, "Plain", UserPoolGroup::default());
    });
    assert_parity(&s, "group");
}

#[test]
fn x_group_imported_role() {
    let s = with_pool(|s, pool| {
        s.add_child(
            pool,
            "Admins",
            UserPoolGroup {
                group_name: Some("admins".into()),
                role: Some("arn:aws:iam::123456789012:role/admins".into()),
                ..UserPoolGroup::default()
            },
        );
    });
    assert_parity(&s, "x_group_imported_role");
}

#[test]
fn x_group_role_desc_empty_precedence0() {
    let s = with_pool(|s, pool| {
        let role = s.add(
            "GroupRole",
            Role {
                assumed_by: Principal::Federated {
                    federated: "cognito-identity.amazonaws.com".into(),
                    conditions: Vec::new(),
                    assume_role_action: "sts:AssumeRoleWithWebIdentity".into(),
                },
                ..Role::default()
            },
        );
        s.add_child(
            pool,
            "Admins",
            UserPoolGroup {
                role: Some(role.into()),
                description: Some("".into()),
                precedence: Some(0),
                ..UserPoolGroup::default()
            },
        );
    });
    assert_parity(&s, "x_group_role_desc_empty_precedence0");
}

fn group_case(g: UserPoolGroup, id: &str) -> Stack {
    with_pool(|s, pool| {
        s.add_child(pool, id, g);
    })
}

#[test]
fn err_group_name_too_long() {
    let s = group_case(
        UserPoolGroup { group_name: Some("g".repeat(129).into()), ..UserPoolGroup::default() },
        "g",
    );
    assert_rejected(&s, "err_group_name_too_long", "group.group_name");
}

#[test]
fn x_err_group_description_2049() {
    let s = group_case(
        UserPoolGroup { description: Some("a".repeat(2049).into()), ..UserPoolGroup::default() },
        "G",
    );
    assert_rejected(&s, "x_err_group_description_2049", "group.description.length");
}

#[test]
fn x_err_group_name_space() {
    let s =
        group_case(UserPoolGroup { group_name: Some("my group".into()), ..UserPoolGroup::default() }, "G");
    assert_rejected(&s, "x_err_group_name_space", "group.group_name");
}

#[test]
fn x_err_group_precedence_negative() {
    let s = group_case(UserPoolGroup { precedence: Some(-1), ..UserPoolGroup::default() }, "G");
    assert_rejected(&s, "x_err_group_precedence_negative", "group.precedence.range");
}

// ---------------------------------------------------------------- identity providers

/// A stack with `Pool` and the provider `idp` as `id`.
fn idp(id: &str, idp: impl Into<Item>) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    s.add(id, idp);
    s
}

fn pool() -> Option<ItemRef> {
    Some("Pool".into())
}

fn google(secret: Option<&str>, secret_value: Option<&str>) -> UserPoolIdentityProviderGoogle {
    UserPoolIdentityProviderGoogle {
        user_pool: pool(),
        client_id: "google-client-id".into(),
        client_secret: secret.map(Into::into),
        client_secret_value: secret_value.map(Into::into),
        ..UserPoolIdentityProviderGoogle::default()
    }
}

fn oidc() -> UserPoolIdentityProviderOidc {
    UserPoolIdentityProviderOidc {
        user_pool: pool(),
        client_id: "client-id".into(),
        client_secret: "client-secret".into(),
        issuer_url: "https://issuer.example.com".into(),
        ..UserPoolIdentityProviderOidc::default()
    }
}

fn saml_url() -> UserPoolIdentityProviderSaml {
    UserPoolIdentityProviderSaml {
        user_pool: pool(),
        metadata: SamlMetadata::Url("https://idp.example.com/metadata.xml".into()),
        ..UserPoolIdentityProviderSaml::default()
    }
}

fn apple() -> UserPoolIdentityProviderApple {
    UserPoolIdentityProviderApple {
        user_pool: pool(),
        client_id: "com.example.app".into(),
        team_id: "TEAM123456".into(),
        key_id: "KEY1234567".into(),
        ..UserPoolIdentityProviderApple::default()
    }
}

#[test]
fn x_idp_google_client_secret_string() {
    assert_parity(&idp("Google", google(Some("google-secret"), None)), "x_idp_google_client_secret_string");
}

#[test]
fn x_idp_attribute_mapping_custom_other() {
    let g = UserPoolIdentityProviderGoogle {
        attribute_mapping: Some(AttributeMapping {
            standard: vec![
                (StandardAttributeName::Email, ProviderAttribute::GOOGLE_EMAIL),
                (StandardAttributeName::GivenName, ProviderAttribute::GOOGLE_GIVEN_NAME),
                (StandardAttributeName::PhoneNumber, ProviderAttribute::other("phone_number_raw")),
            ],
            custom: Some(vec![("tenant".into(), ProviderAttribute::other("tenant_id"))]),
        }),
        ..google(None, Some("google-secret"))
    };
    assert_parity(&idp("Google", g), "x_idp_attribute_mapping_custom_other");
}

#[test]
fn err_google_both_secrets() {
    let mut s = Stack::new("Stack");
    s.add("Pool", UserPool::default());
    s.add(
        "Google",
        UserPoolIdentityProviderGoogle { client_id: "id".into(), ..google(Some("secret"), Some("secret")) },
    );
    assert_rejected(&s, "err_google_both_secrets", "idp.google.client_secret");
}

#[test]
fn err_google_no_secret() {
    let s = idp("Google", UserPoolIdentityProviderGoogle { client_id: "id".into(), ..google(None, None) });
    assert_rejected(&s, "err_google_no_secret", "idp.google.client_secret");
}

#[test]
fn x_idp_facebook() {
    let f = UserPoolIdentityProviderFacebook {
        user_pool: pool(),
        client_id: "fb-client-id".into(),
        client_secret: "fb-client-secret".into(),
        scopes: Some(vec!["email".into(), "public_profile".into()]),
        api_version: Some("v19.0".into()),
        ..UserPoolIdentityProviderFacebook::default()
    };
    assert_parity(&idp("Facebook", f), "x_idp_facebook");
}

#[test]
fn x_idp_amazon_defaults() {
    let a = UserPoolIdentityProviderAmazon {
        user_pool: pool(),
        client_id: "amzn-client-id".into(),
        client_secret: "amzn-client-secret".into(),
        ..UserPoolIdentityProviderAmazon::default()
    };
    assert_parity(&idp("Amazon", a), "x_idp_amazon_defaults");
}

#[test]
fn x_idp_apple_secret_value() {
    let a = UserPoolIdentityProviderApple { private_key_value: Some("key".into()), ..apple() };
    assert_parity(&idp("Apple", a), "x_idp_apple_secret_value");
}

#[test]
fn x_idp_apple_private_key_string() {
    let a = UserPoolIdentityProviderApple { private_key: Some("key".into()), ..apple() };
    assert_parity(&idp("Apple", a), "x_idp_apple_private_key_string");
}

#[test]
fn x_err_idp_apple_no_key() {
    assert_rejected(&idp("Apple", apple()), "x_err_idp_apple_no_key", "idp.apple.private_key");
}

#[test]
fn x_idp_oidc_minimal() {
    assert_parity(&idp("Oidc", oidc()), "x_idp_oidc_minimal");
}

#[test]
fn x_idp_oidc_full() {
    let o = UserPoolIdentityProviderOidc {
        name: Some("MyOidc".into()),
        scopes: Some(vec!["openid".into(), "email".into(), "profile".into()]),
        identifiers: Some(vec!["example".into(), "example.com".into()]),
        attribute_request_method: Some(OidcAttributeRequestMethod::Post),
        endpoints: Some(OidcEndpoints {
            authorization: "https://issuer.example.com/authorize".into(),
            token: "https://issuer.example.com/token".into(),
            user_info: "https://issuer.example.com/userinfo".into(),
            jwks_uri: "https://issuer.example.com/jwks.json".into(),
        }),
        ..oidc()
    };
    assert_parity(&idp("Oidc", o), "x_idp_oidc_full");
}

#[test]
fn x_idp_oidc_long_id_generated_name() {
    let s = idp("ThisIsAVeryLongOidcIdentityProviderConstructIdentifier", oidc());
    assert_parity(&s, "x_idp_oidc_long_id_generated_name");
}

#[test]
fn err_oidc_name_too_short() {
    let o = UserPoolIdentityProviderOidc {
        name: Some("ab".into()),
        client_id: "id".into(),
        client_secret: "secret".into(),
        ..oidc()
    };
    assert_rejected(&idp("Oidc", o), "err_oidc_name_too_short", "idp.name.length");
}

#[test]
fn x_err_idp_oidc_name_space() {
    let o = UserPoolIdentityProviderOidc { name: Some("my provider".into()), ..oidc() };
    assert_rejected(&idp("Oidc", o), "x_err_idp_oidc_name_space", "idp.name.pattern");
}

#[test]
fn x_idp_saml_url() {
    assert_parity(&idp("Saml", saml_url()), "x_idp_saml_url");
}

#[test]
fn x_idp_saml_file_full() {
    let saml = UserPoolIdentityProviderSaml {
        user_pool: pool(),
        metadata: SamlMetadata::File("<EntityDescriptor>metadata</EntityDescriptor>".into()),
        name: Some("MySaml".into()),
        identifiers: Some(vec!["corp".into(), "corp.example.com".into()]),
        idp_signout: Some(true),
        encrypted_responses: Some(true),
        request_signing_algorithm: Some(SigningAlgorithm::RsaSha256),
        idp_initiated: Some(true),
        ..UserPoolIdentityProviderSaml::default()
    };
    assert_parity(&idp("Saml", saml), "x_idp_saml_file_full");
}

#[test]
fn x_idp_saml_long_id_generated_name() {
    let s = idp("ThisIsAVeryLongSamlIdentityProviderConstructIdentifier", saml_url());
    assert_parity(&s, "x_idp_saml_long_id_generated_name");
}

#[test]
fn x_err_idp_saml_name_short() {
    let saml = UserPoolIdentityProviderSaml { name: Some("ab".into()), ..saml_url() };
    assert_rejected(&idp("Saml", saml), "x_err_idp_saml_name_short", "idp.name.length");
}

// ---------------------------------------------------------------- cases of this branch

#[test]
fn x_idp_in_construct() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let scope = s.add("Auth", Item::Construct);
    s.add_child(scope, "Oidc", oidc());
    s.add_child(scope, "Saml", saml_url());
    s.add_child(scope, "Domain", UserPoolDomain { user_pool: Some(pool.into()), ..cognito_domain("myapp") });
    assert_parity(&s, "x_idp_in_construct");
}

#[test]
fn x_group_role_federated_conditions() {
    let s = with_pool(|s, pool| {
        let role = s.add(
            "GroupRole",
            Role {
                assumed_by: Principal::Federated {
                    federated: "cognito-identity.amazonaws.com".into(),
                    conditions: vec![
                        (
                            "StringEquals".into(),
                            vec![(
                                "cognito-identity.amazonaws.com:aud".into(),
                                "us-east-1:11111111-2222-3333-4444-555555555555".into(),
                            )],
                        ),
                        (
                            "ForAnyValue:StringLike".into(),
                            vec![(
                                "cognito-identity.amazonaws.com:amr".into(),
                                ConditionValue::List(vec!["authenticated".into()]),
                            )],
                        ),
                    ],
                    assume_role_action: "sts:AssumeRoleWithWebIdentity".into(),
                },
                ..Role::default()
            },
        );
        s.add_child(
            pool,
            "Admins",
            UserPoolGroup { role: Some(role.into()), precedence: Some(1), ..UserPoolGroup::default() },
        );
    });
    assert_parity(&s, "x_group_role_federated_conditions");
}

// ---------------------------------------------------------------- with app clients

fn o_auth_client(code: bool, implicit: bool, client_credentials: bool, callbacks: &[&str]) -> UserPoolClient {
    UserPoolClient {
        o_auth: Some(OAuthSettings {
            flows: Some(OAuthFlows {
                authorization_code_grant: code,
                implicit_code_grant: implicit,
                client_credentials,
            }),
            callback_urls: (!callbacks.is_empty())
                .then(|| callbacks.iter().map(|u| Value::from(*u)).collect()),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    }
}

fn sign_in_url(client: NodeId, redirect_uri: &str, sign_in_path: Option<&str>) -> Value {
    Value::attr(
        "Domain",
        Attr::SignInUrl(Box::new(SignInUrl {
            client: Some(client.into()),
            redirect_uri: redirect_uri.into(),
            sign_in_path: sign_in_path.map(Into::into),
            fips: false,
        })),
    )
}

#[test]
fn domain_sign_in_url() {
    let mut s = Stack::new("Stack");
    let pool = s.add("UserPool", UserPool::default());
    let client = s.add_child(
        pool,
        "Client",
        o_auth_client(false, true, false, &["https://myapp.com/home", "https://myapp.com/users"]),
    );
    s.add_child(pool, "Domain", cognito_domain("myapp"));
    s.add("SignInUrl", output(sign_in_url(client, "https://myapp.com/home", None)));
    s.add("BaseUrl", output(Value::attr("Domain", Attr::BaseUrl { fips: false })));
    assert_parity(&s, "domain_sign_in_url");
}

#[test]
fn x_domain_sign_in_url_code_grant_path() {
    let s = with_pool(|s, pool| {
        let client =
            s.add_child(pool, "Client", o_auth_client(true, false, false, &["https://example.com/callback"]));
        s.add_child(pool, "Domain", cognito_domain("myapp"));
        s.add(
            "SignInUrl",
            output(sign_in_url(client, "https://example.com/callback", Some("/oauth2/authorize"))),
        );
    });
    assert_parity(&s, "x_domain_sign_in_url_code_grant_path");
}

#[test]
fn err_sign_in_url_client_credentials() {
    let s = with_pool(|s, pool| {
        let client = s.add_child(
            pool,
            "client",
            UserPoolClient { generate_secret: Some(true), ..o_auth_client(false, false, true, &[]) },
        );
        s.add_child(pool, "Domain", cognito_domain("myapp"));
        s.add("SignInUrl", output(sign_in_url(client, "https://example.com", None)));
    });
    assert_rejected(&s, "err_sign_in_url_client_credentials", "domain.sign_in_url.flows");
}

#[test]
fn x_client_default_idps_google_oidc() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    s.add(
        "Google",
        UserPoolIdentityProviderGoogle {
            client_id: "google-client-id".into(),
            ..google(None, Some("google-secret"))
        },
    );
    s.add(
        "Oidc",
        UserPoolIdentityProviderOidc {
            client_id: "oidc-client-id".into(),
            client_secret: "oidc-secret".into(),
            name: Some("MyOidc".into()),
            ..oidc()
        },
    );
    s.add_child(pool, "Client", UserPoolClient::default());
    assert_parity(&s, "x_client_default_idps_google_oidc");
}

#[test]
fn google_idp_client() {
    let mut s = Stack::new("Stack");
    let pool = s.add("Pool", UserPool::default());
    let google = s.add(
        "Google",
        UserPoolIdentityProviderGoogle {
            client_secret_value: Some("google-client-secret".into()),
            scopes: Some(vec!["profile".into(), "email".into(), "openid".into()]),
            attribute_mapping: Some(AttributeMapping {
                standard: vec![
                    (StandardAttributeName::Email, ProviderAttribute::GOOGLE_EMAIL),
                    (StandardAttributeName::GivenName, ProviderAttribute::GOOGLE_GIVEN_NAME),
                    (StandardAttributeName::FamilyName, ProviderAttribute::GOOGLE_FAMILY_NAME),
                ],
                custom: None,
            }),
            ..google(None, None)
        },
    );
    let client = s.add_child(
        pool,
        "client",
        UserPoolClient {
            supported_identity_providers: Some(vec![UserPoolClientIdentityProvider::Google]),
            o_auth: Some(OAuthSettings {
                flows: Some(OAuthFlows { authorization_code_grant: true, ..OAuthFlows::default() }),
                scopes: Some(vec![OAuthScope::Openid, OAuthScope::Email, OAuthScope::Profile]),
                callback_urls: Some(vec!["https://myapp.com/callback".into()]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        },
    );
    s.add_dependency(client, google);
    assert_parity(&s, "google_idp_client");
}
