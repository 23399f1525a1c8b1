//! One test per rule of domains, groups, identity providers and federated roles, at the
//! runtime level: the rule, the field path, the message.

mod common;

use cognito::*;
use common::*;

/// A stack with a pool `pool` and `item` nested in it as `x`.
fn in_pool(item: impl Into<Item>) -> Stack {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(pool, "x", item);
    s
}

/// A stack with a pool `pool` and the top-level `item` as `x`.
fn top(item: impl Into<Item>) -> Stack {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("x", item);
    s
}

fn prefix(p: &str) -> Stack {
    in_pool(UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: p.into() }),
        ..UserPoolDomain::default()
    })
}

fn custom(name: &str, certificate: &str) -> Stack {
    in_pool(UserPoolDomain {
        custom_domain: Some(CustomDomainOptions {
            domain_name: name.into(),
            certificate: certificate.into(),
        }),
        ..UserPoolDomain::default()
    })
}

const CERT: &str = "arn:aws:acm:us-east-1:123456789012:certificate/abc";

// ---------------------------------------------------------------- pool membership

#[test]
fn user_pool_missing() {
    let mut s = Stack::new("Stack");
    s.add("x", UserPoolGroup::default());
    let m = violation(&s, "pool_child.user_pool.missing", "user_pool");
    assert_eq!(
        m,
        "a top-level `user_pool_group` needs `user_pool`, the pool it belongs to; add `user_pool: my_pool`, or nest the item in the `user_pool`"
    );
}

#[test]
fn user_pool_nested() {
    let s = in_pool(UserPoolGroup { user_pool: Some("pool".into()), ..UserPoolGroup::default() });
    let m = violation(&s, "pool_child.user_pool.nested", "user_pool");
    assert_eq!(
        m,
        "this `user_pool_group` is nested in a user pool and belongs to it; remove `user_pool` (got `pool`), or declare the item at the top level"
    );
}

#[test]
fn user_pool_missing_in_a_construct() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    let scope = s.add("Auth", Item::Construct);
    s.add_child(scope, "x", UserPoolGroup::default());
    let m = violation(&s, "pool_child.user_pool.missing", "user_pool");
    assert_eq!(
        m,
        "a top-level `user_pool_group` needs `user_pool`, the pool it belongs to; add `user_pool: my_pool`, or nest the item in the `user_pool`"
    );
}

#[test]
fn user_pool_of_the_wrong_kind() {
    let mut s = Stack::new("Stack");
    s.add("role", Role { assumed_by: Principal::Service("sns".into()), ..Role::default() });
    s.add("x", UserPoolGroup { user_pool: Some("role".into()), ..UserPoolGroup::default() });
    let m = violation(&s, "reference.kind", "user_pool");
    assert_eq!(m, "`user_pool` must refer to a `user_pool`, but `role` is a `role`");
}

// ---------------------------------------------------------------- domains

#[test]
fn domain_one_of_both() {
    let s = in_pool(UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: "myapp".into() }),
        custom_domain: Some(CustomDomainOptions {
            domain_name: "auth.example.com".into(),
            certificate: CERT.into(),
        }),
        ..UserPoolDomain::default()
    });
    let m = violation(&s, "domain.one_of", "custom_domain");
    assert_eq!(
        m,
        "`cognito_domain` and `custom_domain` are both given, but a domain is one or the other; keep one"
    );
}

#[test]
fn domain_one_of_neither() {
    let s = in_pool(UserPoolDomain::default());
    let m = violation(&s, "domain.one_of", "");
    assert_eq!(
        m,
        "a domain needs one of `cognito_domain: { domain_prefix: \"…\" }` or `custom_domain: { domain_name: \"…\", certificate: \"arn:aws:acm:us-east-1:…\" }`"
    );
}

#[test]
fn domain_prefix_empty() {
    let m = violation(&prefix(""), "domain.domain_prefix.empty", "cognito_domain.domain_prefix");
    assert_eq!(
        m,
        "`domain_prefix` must not be empty: the CDK then leaves out `Domain` and rejects the domain (\"is missing required property: domain\")"
    );
}

#[test]
fn domain_prefix_charset() {
    let m = violation(&prefix("my.app"), "domain.domain_prefix.charset", "cognito_domain.domain_prefix");
    assert_eq!(m, "`domain_prefix` can contain only lowercase letters, numbers and hyphens (got \"my.app\")");
}

#[test]
fn domain_prefix_format() {
    let m = violation(&prefix("-myapp"), "domain.domain_prefix.format", "cognito_domain.domain_prefix");
    assert_eq!(
        m,
        "`domain_prefix` starts or ends with a hyphen (got \"-myapp\"); Cognito rejects it at deploy time (\"The domain name contains an invalid character. Domain names can only contain lower-case letters, numbers, and hyphens. Please enter a different name that follows this format: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$\")"
    );
    let long = "a".repeat(64);
    let m = violation(&prefix(&long), "domain.domain_prefix.format", "cognito_domain.domain_prefix");
    assert!(m.starts_with("`domain_prefix` is 64 characters long, the limit is 63 (got \"aaaa"), "{m}");
}

#[test]
fn domain_prefix_reserved_word() {
    let m = violation(
        &prefix("my-cognito-app"),
        "domain.domain_prefix.reserved_word",
        "cognito_domain.domain_prefix",
    );
    assert_eq!(
        m,
        "`domain_prefix` cannot contain the reserved word `cognito` (got \"my-cognito-app\"); Cognito rejects it at deploy time (\"Domain cannot contain reserved word: cognito\"); choose a prefix without `aws`, `amazon` or `cognito`"
    );
}

#[test]
fn domain_name_format() {
    let m = violation(
        &custom("Auth.Example.com", CERT),
        "domain.domain_name.format",
        "custom_domain.domain_name",
    );
    assert_eq!(
        m,
        "`domain_name` must be a lower-case domain name of at least two labels and at most 63 characters, such as `auth.example.com` (got \"Auth.Example.com\"); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn domain_certificate_arn() {
    let s = custom("auth.example.com", "arn:aws:iam::123456789012:role/admins");
    let m = violation(&s, "domain.certificate.arn", "custom_domain.certificate");
    assert_eq!(
        m,
        "`certificate` must be the ARN of an `acm` resource, such as `arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab` (got an `iam` ARN)"
    );
}

#[test]
fn domain_certificate_region() {
    let s = custom("auth.example.com", "arn:aws:acm:eu-west-1:123456789012:certificate/abc");
    let m = violation(&s, "domain.certificate.region", "custom_domain.certificate");
    assert_eq!(
        m,
        "the certificate of a custom domain must be in us-east-1 (got a certificate in \"eu-west-1\"): Cognito serves the domain through CloudFront, which takes certificates from us-east-1 only; Cognito rejects this at deploy time (\"The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.\"); request or import the certificate in us-east-1"
    );
}

// ---------------------------------------------------------------- groups

#[test]
fn group_description_length() {
    let s = in_pool(UserPoolGroup { description: Some("d".repeat(2049).into()), ..UserPoolGroup::default() });
    let m = violation(&s, "group.description.length", "description");
    assert_eq!(m, "`description` must be at most 2048 characters long (got 2049)");
}

#[test]
fn group_precedence_range() {
    let s = in_pool(UserPoolGroup { precedence: Some(1 << 31), ..UserPoolGroup::default() });
    let m = violation(&s, "group.precedence.range", "precedence");
    assert_eq!(m, "`precedence` must be between 0 and 2^31-1 (2147483647) (got 2147483648)");
}

#[test]
fn group_name() {
    let s = in_pool(UserPoolGroup { group_name: Some("".into()), ..UserPoolGroup::default() });
    let m = violation(&s, "group.group_name", "group_name");
    assert_eq!(
        m,
        "`group_name` must be 1 to 128 letters, numbers, symbols or punctuation, without spaces, but it is empty (got \"\")"
    );
}

#[test]
fn group_role_arn() {
    let s = in_pool(UserPoolGroup { role: Some("admins".into()), ..UserPoolGroup::default() });
    let m = violation(&s, "group.role.arn", "role");
    assert_eq!(
        m,
        "`role` must be an ARN such as `arn:aws:iam::123456789012:role/my-role` (got \"admins\"); CloudFormation rejects it at deploy time"
    );
}

// ---------------------------------------------------------------- identity providers

fn google(secret: Option<&str>, secret_value: Option<&str>) -> UserPoolIdentityProviderGoogle {
    UserPoolIdentityProviderGoogle {
        user_pool: Some("pool".into()),
        client_id: "id".into(),
        client_secret: secret.map(Into::into),
        client_secret_value: secret_value.map(Into::into),
        ..UserPoolIdentityProviderGoogle::default()
    }
}

fn oidc(name: Option<&str>) -> UserPoolIdentityProviderOidc {
    UserPoolIdentityProviderOidc {
        user_pool: Some("pool".into()),
        client_id: "id".into(),
        client_secret: "secret".into(),
        issuer_url: "https://issuer.example.com".into(),
        name: name.map(Into::into),
        ..UserPoolIdentityProviderOidc::default()
    }
}

fn saml(metadata: SamlMetadata) -> UserPoolIdentityProviderSaml {
    UserPoolIdentityProviderSaml {
        user_pool: Some("pool".into()),
        metadata,
        ..UserPoolIdentityProviderSaml::default()
    }
}

#[test]
fn google_client_secret_both() {
    let m = violation(&top(google(Some("a"), Some("b"))), "idp.google.client_secret", "client_secret_value");
    assert_eq!(
        m,
        "`client_secret` and `client_secret_value` are both given; keep one (`client_secret_value`: `client_secret` is deprecated)"
    );
}

#[test]
fn google_client_secret_neither() {
    let m = violation(&top(google(Some(""), None)), "idp.google.client_secret", "");
    assert_eq!(
        m,
        "exactly one of `client_secret` or `client_secret_value` must be given (an empty `client_secret` counts as missing); add `client_secret_value: \"…\"`"
    );
}

#[test]
fn apple_private_key() {
    let apple = UserPoolIdentityProviderApple {
        user_pool: Some("pool".into()),
        client_id: "id".into(),
        team_id: "team".into(),
        key_id: "key".into(),
        ..UserPoolIdentityProviderApple::default()
    };
    let m = violation(&top(apple), "idp.apple.private_key", "");
    assert_eq!(
        m,
        "exactly one of `private_key` or `private_key_value` must be given (an empty `private_key` counts as missing); add `private_key_value: \"…\"`"
    );
}

#[test]
fn idp_name_length() {
    let long = "n".repeat(33);
    let m = violation(&top(oidc(Some(&long))), "idp.name.length", "name");
    assert_eq!(m, format!("`name` must be between 3 and 32 characters long (got {long:?}, 33 characters)"));
}

#[test]
fn idp_name_pattern() {
    let m = violation(&top(oidc(Some("_provider"))), "idp.name.pattern", "name");
    assert_eq!(
        m,
        "`name` must match `^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$`: no space, and no `_` except as its second character (got \"_provider\")"
    );
    let saml = UserPoolIdentityProviderSaml {
        name: Some("my saml".into()),
        ..saml(SamlMetadata::File("<EntityDescriptor/>".into()))
    };
    let m = violation(&top(saml), "idp.name.pattern", "name");
    assert!(m.ends_with("(got \"my saml\"); CloudFormation rejects it at deploy time"), "{m}");
}

#[test]
fn idp_name_reserved() {
    let m = violation(&top(oidc(Some("Google"))), "idp.name.reserved", "name");
    assert_eq!(
        m,
        "`Google` is the name Cognito keeps for its Google provider, so no OIDC provider can take it: Cognito ties these names to their provider type (a mismatch fails at deploy time: \"Provider NameOfGP cannot be of type Google.\"), and an app client listing `Google` means the social provider; choose another name"
    );
}

#[test]
fn idp_name_duplicate() {
    let mut s = Stack::new("Stack");
    s.add("pool", UserPool::default());
    s.add("first", google(None, Some("a")));
    s.add("second", google(None, Some("b")));
    let m = violation(&s, "idp.name.duplicate", "");
    assert_eq!(
        m,
        "the pool already has an identity provider named `Google` (`first`): provider names are unique in a pool, and a social provider's name is fixed, so a pool has one of each; Cognito rejects the second one (\"Google already exists in user pool\", DuplicateProviderException) and CloudFormation does not report it (cloudformation-coverage-roadmap#1287)"
    );
    assert_eq!(s.check().len(), 1, "the first provider is fine: {:?}", s.check());
}

#[test]
fn oidc_issuer_url() {
    let o = UserPoolIdentityProviderOidc { issuer_url: "http://issuer.example.com".into(), ..oidc(None) };
    let m = violation(&top(o), "idp.oidc.issuer_url", "issuer_url");
    assert_eq!(
        m,
        "`issuer_url` must be an https URL such as `https://issuer.example.com` (got \"http://issuer.example.com\"); Cognito rejects the provider at deploy time"
    );
}

#[test]
fn oidc_endpoint() {
    let endpoint = |s: &str| Value::from(s);
    let o = UserPoolIdentityProviderOidc {
        endpoints: Some(OidcEndpoints {
            authorization: endpoint("https://issuer.example.com/authorize"),
            token: endpoint("https://issuer.example.com/token"),
            user_info: endpoint("/userinfo"),
            jwks_uri: endpoint("https://issuer.example.com/jwks.json"),
        }),
        ..oidc(None)
    };
    let m = violation(&top(o), "idp.oidc.endpoint", "endpoints.user_info");
    assert_eq!(
        m,
        "`user_info` must be an https URL such as `https://issuer.example.com` (got \"/userinfo\"); Cognito rejects the provider at deploy time"
    );
}

#[test]
fn identifiers_count() {
    let o = UserPoolIdentityProviderOidc {
        identifiers: Some((0..51).map(|i| format!("id{i}")).collect()),
        ..oidc(None)
    };
    let m = violation(&top(o), "idp.identifiers.count", "identifiers");
    assert_eq!(
        m,
        "a provider takes at most 50 `identifiers` (got 51); CloudFormation rejects more at deploy time"
    );
}

#[test]
fn identifiers_format() {
    let o =
        UserPoolIdentityProviderOidc { identifiers: Some(vec!["ok".into(), "corp/x".into()]), ..oidc(None) };
    let m = violation(&top(o), "idp.identifiers.format", "identifiers.1");
    assert_eq!(
        m,
        "an identifier is 1 to 40 letters, digits, spaces or `_+=.@-` (got \"corp/x\"); CloudFormation rejects it at deploy time"
    );
}

#[test]
fn saml_metadata() {
    let m = violation(&top(saml(SamlMetadata::File("".into()))), "idp.saml.metadata", "metadata.file");
    assert_eq!(
        m,
        "the SAML metadata is empty; Cognito rejects the provider at deploy time (\"At least one of the MetadataURL or MetadataFile should be provided.\"); give the metadata document's URL or its content"
    );
    let m = violation(
        &top(saml(SamlMetadata::Url("idp.example.com/metadata.xml".into()))),
        "idp.saml.metadata",
        "metadata.url",
    );
    assert_eq!(
        m,
        "`url` must be the http(s) URL of the metadata document, such as `https://idp.example.com/metadata.xml` (got \"idp.example.com/metadata.xml\"); Cognito fetches it when it creates the provider"
    );
}

fn mapping_stack(custom_attribute: &str, key: &str) -> Stack {
    let mut s = Stack::new("Stack");
    s.add(
        "pool",
        UserPool {
            custom_attributes: Some(vec![(custom_attribute.into(), CustomAttribute::default())]),
            ..UserPool::default()
        },
    );
    s.add(
        "x",
        UserPoolIdentityProviderGoogle {
            attribute_mapping: Some(AttributeMapping {
                standard: Vec::new(),
                custom: Some(vec![(key.into(), ProviderAttribute::other("tenant_id"))]),
            }),
            ..google(None, Some("secret"))
        },
    );
    s
}

#[test]
fn attribute_mapping_undeclared() {
    let s = mapping_stack("tenant", "custom:tenantid");
    let m = violation(&s, "idp.attribute_mapping.undeclared", "attribute_mapping.custom.custom:tenantid");
    assert_eq!(
        m,
        "`custom:tenantid` is not an attribute of the pool: declare `tenantid` in the pool's `custom_attributes`, or map another attribute; Cognito rejects this at deploy time (\"AttributeMapping contains invalid mapping: [custom:tenantid]\")"
    );
    assert!(mapping_stack("tenant", "custom:tenant").check().is_empty());
}

#[test]
fn attribute_mapping_custom_prefix() {
    let s = mapping_stack("tenant", "tenant");
    let m = violation(&s, "idp.attribute_mapping.custom_prefix", "attribute_mapping.custom.tenant");
    assert_eq!(
        m,
        "the pool's custom attribute `tenant` is `custom:tenant` in an attribute mapping; the CDK writes the key as given (cdk#26820), and the pool has no attribute of that name: Cognito rejects the mapping at deploy time (\"AttributeMapping contains invalid mapping\"); write `\"custom:tenant\": …`"
    );
}

// ---------------------------------------------------------------- federated roles

#[test]
fn federated_principal_empty() {
    let mut s = Stack::new("Stack");
    s.add(
        "role",
        Role {
            assumed_by: Principal::Federated {
                federated: String::new(),
                conditions: Vec::new(),
                assume_role_action: "sts:AssumeRoleWithWebIdentity".into(),
            },
            ..Role::default()
        },
    );
    let m = violation(&s, "role.assumed_by.empty", "assumed_by");
    assert_eq!(
        m,
        "`federated_principal` must name the identity provider, e.g. `federated_principal(\"cognito-identity.amazonaws.com\", {}, \"sts:AssumeRoleWithWebIdentity\")`"
    );
}

#[test]
fn federated_principal_conditions() {
    let mut s = Stack::new("Stack");
    s.add("IdentityPoolId", Parameter::default());
    s.add(
        "role",
        Role {
            assumed_by: Principal::Federated {
                federated: "cognito-identity.amazonaws.com".into(),
                conditions: vec![
                    (
                        "StringEquals".into(),
                        vec![(
                            "cognito-identity.amazonaws.com:aud".into(),
                            Value::attr("IdentityPoolId", Attr::ValueAsString).into(),
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
    let t = s.synth().expect("a valid role");
    let role = logical_id(&["role", "Resource"]);
    assert_eq!(
        t["Resources"][&role]["Properties"]["AssumeRolePolicyDocument"]["Statement"][0],
        serde_json::json!({
            "Action": "sts:AssumeRoleWithWebIdentity",
            "Condition": {
                "StringEquals": { "cognito-identity.amazonaws.com:aud": { "Ref": "IdentityPoolId" } },
                "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": ["authenticated"] }
            },
            "Effect": "Allow",
            "Principal": { "Federated": "cognito-identity.amazonaws.com" }
        })
    );
}

// ---------------------------------------------------------------- with app clients

fn client_with_flows(code: bool, implicit: bool, client_credentials: bool) -> UserPoolClient {
    UserPoolClient {
        generate_secret: client_credentials.then_some(true),
        o_auth: Some(OAuthSettings {
            flows: Some(OAuthFlows {
                authorization_code_grant: code,
                implicit_code_grant: implicit,
                client_credentials,
            }),
            ..OAuthSettings::default()
        }),
        ..UserPoolClient::default()
    }
}

#[test]
fn sign_in_url_flows() {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    s.add_child(pool, "m2m", client_with_flows(false, false, true));
    s.add_child(
        pool,
        "hosted",
        UserPoolDomain {
            cognito_domain: Some(CognitoDomainOptions { domain_prefix: "myapp".into() }),
            ..UserPoolDomain::default()
        },
    );
    let url = SignInUrl {
        client: Some("m2m".into()),
        redirect_uri: "https://example.com".into(),
        ..SignInUrl::default()
    };
    s.add(
        "url",
        Output { value: Value::attr("hosted", Attr::SignInUrl(Box::new(url))), ..Output::default() },
    );
    let m = violation(&s, "domain.sign_in_url.flows", "value");
    assert_eq!(
        m,
        "`sign_in_url` needs a client with the authorization code or the implicit grant, but `m2m` has neither; the hosted sign-in page only serves those flows: enable `authorization_code_grant` or `implicit_code_grant` in the client's `o_auth.flows`"
    );
    let v = s.check().into_iter().find(|v| v.rule == "domain.sign_in_url.flows").expect("the violation");
    assert_eq!(v.reads, vec![(s.find("m2m").expect("the client"), "o_auth.flows".to_owned())]);
}

#[test]
fn client_waits_for_providers() {
    let mut s = Stack::new("Stack");
    let pool = s.add("pool", UserPool::default());
    let google = s.add("google", google(None, Some("secret")));
    let client = s.add_child(
        pool,
        "web",
        UserPoolClient {
            supported_identity_providers: Some(vec![
                UserPoolClientIdentityProvider::Cognito,
                UserPoolClientIdentityProvider::Google,
            ]),
            ..UserPoolClient::default()
        },
    );
    let m = violation(&s, "client.identity_provider.depends_on", "supported_identity_providers.1");
    assert_eq!(
        m,
        "`Google` is the identity provider `google` of this stack, which this client does not wait for: CloudFormation may create the client first, and Cognito then rejects it (\"The provider Google does not exist for User Pool …\", cdk#15850); write `custom(google.provider_name)`, which waits for it, or add `depends_on: [google]` to the client"
    );
    s.add_dependency(client, google);
    assert!(s.check().is_empty(), "{:?}", s.check());
}
