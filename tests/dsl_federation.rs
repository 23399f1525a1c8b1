//! Parity with the AWS CDK for domains, groups and identity providers, through `cognito!`.
//! The `err_*` cases hold an `(EXPR)` where the mistake is, so they compile and the runtime
//! rejects them (the compile-time errors are in `tests/ui/`).

mod common;

use cognito::cognito;
use common::*;

// ---------------------------------------------------------------- domains

#[test]
fn domain_cognito() {
    let stack = cognito! {
        user_pool Pool {
            domain CognitoDomain { cognito_domain: { domain_prefix: "my-awesome-app" } }
        }
    };
    assert_parity(&stack, "domain_cognito");
}

#[test]
fn x_domain_custom_cert() {
    let stack = cognito! {
        user_pool Pool {
            domain Domain {
                custom_domain: {
                    domain_name: "auth.example.com",
                    certificate: from_certificate_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc"),
                },
            }
        }
    };
    assert_parity(&stack, "x_domain_custom_cert");
}

#[test]
fn x_domain_custom_outputs() {
    let stack = cognito! {
        user_pool Pool {
            domain Domain {
                custom_domain: {
                    domain_name: "auth.example.com",
                    certificate: "arn:aws:acm:us-east-1:123456789012:certificate/abc",
                },
            }
        }
        output BaseUrl { value: Domain.base_url }
        output FipsUrl { value: Domain.base_url(fips: true) }
        output CloudFront { value: Domain.cloud_front_endpoint }
    };
    assert_parity(&stack, "x_domain_custom_outputs");
}

#[test]
fn x_domain_outputs_fips_cloudfront() {
    let stack = cognito! {
        user_pool Pool {
            domain hosted as "Domain" { cognito_domain: { domain_prefix: "myapp" } }
        }
        output FipsUrl { value: hosted.base_url(fips: true) }
        output CloudFront { value: hosted.cloud_front_endpoint }
        output DomainName { value: hosted.domain_name }
    };
    assert_parity(&stack, "x_domain_outputs_fips_cloudfront");
}

#[test]
fn x_domain_managed_login_newer() {
    let stack = cognito! {
        user_pool Pool {
            domain Domain {
                cognito_domain: { domain_prefix: "myapp" },
                managed_login_version: NEWER_MANAGED_LOGIN,
            }
        }
    };
    assert_parity(&stack, "x_domain_managed_login_newer");
}

#[test]
fn x_domain_toplevel() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_domain Domain {
            user_pool: Pool,
            cognito_domain: { domain_prefix: "myapp" },
        }
    };
    assert_parity(&stack, "x_domain_toplevel");
}

#[test]
fn err_domain_both() {
    let custom = cognito::CustomDomainOptions {
        domain_name: "user.myapp.com".into(),
        certificate: "arn:aws:acm:us-east-1:123456789012:certificate/11-3336f1-44483d-adc7-9cd375c5169d"
            .into(),
    };
    let stack = cognito! {
        user_pool Pool {
            domain Domain {
                cognito_domain: { domain_prefix: "myapp" },
                custom_domain: (custom),
            }
        }
    };
    assert_rejected(&stack, "err_domain_both", "domain.one_of");
}

#[test]
fn err_domain_prefix_uppercase() {
    let prefix = "My-App";
    let stack = cognito! {
        user_pool Pool {
            domain Domain { cognito_domain: { domain_prefix: (prefix) } }
        }
    };
    assert_rejected(&stack, "err_domain_prefix_uppercase", "domain.domain_prefix.charset");
}

#[test]
fn tokens_parameters() {
    let stack = cognito! {
        parameter pool_name as "PoolName" { type: "String" }
        parameter prefix as "DomainPrefix" { type: "String" }
        parameter body as "EmailBody" { type: "String" }
        user_pool pool {
            user_pool_name: pool_name,
            user_verification: { email_body: body },
            domain domain { cognito_domain: { domain_prefix: prefix } }
        }
    };
    assert_parity(&stack, "tokens_parameters");
}

// ---------------------------------------------------------------- groups

#[test]
fn group() {
    let stack = cognito! {
        user_pool Pool {
            group Readers { group_name: "readers" }
            group Plain {}
        }
        user_pool_group Admins {
            user_pool: Pool,
            group_name: "admins",
            description: "Administrators",
            precedence: 1,
        }
    };
    assert_parity(&stack, "group");
}

#[test]
fn x_group_imported_role() {
    let stack = cognito! {
        user_pool Pool {
            group Admins { group_name: "admins", role: "arn:aws:iam::123456789012:role/admins" }
        }
    };
    assert_parity(&stack, "x_group_imported_role");
}

#[test]
fn x_group_role_desc_empty_precedence0() {
    let stack = cognito! {
        user_pool Pool {
            group Admins { role: GroupRole, description: "", precedence: 0 }
        }
        role GroupRole {
            assumed_by: federated_principal("cognito-identity.amazonaws.com", {}, "sts:AssumeRoleWithWebIdentity"),
        }
    };
    assert_parity(&stack, "x_group_role_desc_empty_precedence0");
}

#[test]
fn err_group_name_too_long() {
    let name = "g".repeat(129);
    let stack = cognito! {
        user_pool Pool { group g { group_name: (name) } }
    };
    assert_rejected(&stack, "err_group_name_too_long", "group.group_name");
}

#[test]
fn x_err_group_description_2049() {
    let description = "a".repeat(2049);
    let stack = cognito! {
        user_pool Pool { group G { description: (description) } }
    };
    assert_rejected(&stack, "x_err_group_description_2049", "group.description.length");
}

#[test]
fn x_err_group_name_space() {
    let name = "my group";
    let stack = cognito! {
        user_pool Pool { group G { group_name: (name) } }
    };
    assert_rejected(&stack, "x_err_group_name_space", "group.group_name");
}

#[test]
fn x_err_group_precedence_negative() {
    let precedence = -1;
    let stack = cognito! {
        user_pool Pool { group G { precedence: (precedence) } }
    };
    assert_rejected(&stack, "x_err_group_precedence_negative", "group.precedence.range");
}

// ---------------------------------------------------------------- identity providers

#[test]
fn x_idp_google_client_secret_string() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_google Google {
            user_pool: Pool,
            client_id: "google-client-id",
            client_secret: "google-secret",
        }
    };
    assert_parity(&stack, "x_idp_google_client_secret_string");
}

#[test]
fn x_idp_attribute_mapping_custom_other() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_google google as "Google" {
            user_pool: Pool,
            client_id: "google-client-id",
            client_secret_value: unsafe_plain_text("google-secret"),
            attribute_mapping: {
                email: GOOGLE_EMAIL,
                given_name: ProviderAttribute::GOOGLE_GIVEN_NAME,
                phone_number: other("phone_number_raw"),
                custom: { tenant: other("tenant_id") },
            },
        }
    };
    assert_parity(&stack, "x_idp_attribute_mapping_custom_other");
}

#[test]
fn err_google_both_secrets() {
    let secret = "secret";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_google Google {
            user_pool: Pool,
            client_id: "id",
            client_secret: "secret",
            client_secret_value: (secret),
        }
    };
    assert_rejected(&stack, "err_google_both_secrets", "idp.google.client_secret");
}

#[test]
fn err_google_no_secret() {
    // Without any secret the block does not compile (tests/ui/idp); an empty `client_secret`
    // counts as missing, for the CDK as for us.
    let secret = "";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_google Google {
            user_pool: Pool,
            client_id: "id",
            client_secret: (secret),
        }
    };
    assert_rejected(&stack, "err_google_no_secret", "idp.google.client_secret");
}

#[test]
fn x_idp_facebook() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_facebook Facebook {
            user_pool: Pool,
            client_id: "fb-client-id",
            client_secret: "fb-client-secret",
            scopes: ["email", "public_profile"],
            api_version: "v19.0",
        }
    };
    assert_parity(&stack, "x_idp_facebook");
}

#[test]
fn x_idp_amazon_defaults() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_amazon Amazon {
            user_pool: Pool,
            client_id: "amzn-client-id",
            client_secret: "amzn-client-secret",
        }
    };
    assert_parity(&stack, "x_idp_amazon_defaults");
}

#[test]
fn x_idp_apple_secret_value() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_apple Apple {
            user_pool: Pool,
            client_id: "com.example.app",
            team_id: "TEAM123456",
            key_id: "KEY1234567",
            private_key_value: SecretValue::unsafe_plain_text("key"),
        }
    };
    assert_parity(&stack, "x_idp_apple_secret_value");
}

#[test]
fn x_idp_apple_private_key_string() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_apple Apple {
            user_pool: Pool,
            client_id: "com.example.app",
            team_id: "TEAM123456",
            key_id: "KEY1234567",
            private_key: "key",
        }
    };
    assert_parity(&stack, "x_idp_apple_private_key_string");
}

#[test]
fn x_err_idp_apple_no_key() {
    // Without any key the block does not compile (tests/ui/idp); an empty `private_key` counts
    // as missing, for the CDK as for us.
    let key = "";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_apple Apple {
            user_pool: Pool,
            client_id: "com.example.app",
            team_id: "TEAM123456",
            key_id: "KEY1234567",
            private_key: (key),
        }
    };
    assert_rejected(&stack, "x_err_idp_apple_no_key", "idp.apple.private_key");
}

#[test]
fn x_idp_oidc_minimal() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_oidc Oidc {
            user_pool: Pool,
            client_id: "client-id",
            client_secret: "client-secret",
            issuer_url: "https://issuer.example.com",
        }
    };
    assert_parity(&stack, "x_idp_oidc_minimal");
}

#[test]
fn x_idp_oidc_full() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_oidc Oidc {
            user_pool: Pool,
            client_id: "client-id",
            client_secret: "client-secret",
            issuer_url: "https://issuer.example.com",
            name: "MyOidc",
            scopes: ["openid", "email", "profile"],
            identifiers: ["example", "example.com"],
            attribute_request_method: POST,
            endpoints: {
                authorization: "https://issuer.example.com/authorize",
                token: "https://issuer.example.com/token",
                user_info: "https://issuer.example.com/userinfo",
                jwks_uri: "https://issuer.example.com/jwks.json",
            },
        }
    };
    assert_parity(&stack, "x_idp_oidc_full");
}

#[test]
fn x_idp_oidc_long_id_generated_name() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_oidc ThisIsAVeryLongOidcIdentityProviderConstructIdentifier {
            user_pool: Pool,
            client_id: "client-id",
            client_secret: "client-secret",
            issuer_url: "https://issuer.example.com",
        }
    };
    assert_parity(&stack, "x_idp_oidc_long_id_generated_name");
}

#[test]
fn err_oidc_name_too_short() {
    let name = "ab";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_oidc Oidc {
            user_pool: Pool,
            name: (name),
            client_id: "id",
            client_secret: "secret",
            issuer_url: "https://issuer.example.com",
        }
    };
    assert_rejected(&stack, "err_oidc_name_too_short", "idp.name.length");
}

#[test]
fn x_err_idp_oidc_name_space() {
    let name = "my provider";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_oidc Oidc {
            user_pool: Pool,
            client_id: "client-id",
            client_secret: "client-secret",
            issuer_url: "https://issuer.example.com",
            name: (name),
        }
    };
    assert_rejected(&stack, "x_err_idp_oidc_name_space", "idp.name.pattern");
}

#[test]
fn x_idp_saml_url() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_saml Saml {
            user_pool: Pool,
            metadata: url("https://idp.example.com/metadata.xml"),
        }
    };
    assert_parity(&stack, "x_idp_saml_url");
}

#[test]
fn x_idp_saml_file_full() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_saml Saml {
            user_pool: Pool,
            metadata: UserPoolIdentityProviderSamlMetadata::file("<EntityDescriptor>metadata</EntityDescriptor>"),
            name: "MySaml",
            identifiers: ["corp", "corp.example.com"],
            idp_signout: true,
            encrypted_responses: true,
            request_signing_algorithm: RSA_SHA256,
            idp_initiated: true,
        }
    };
    assert_parity(&stack, "x_idp_saml_file_full");
}

#[test]
fn x_idp_saml_long_id_generated_name() {
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_saml ThisIsAVeryLongSamlIdentityProviderConstructIdentifier {
            user_pool: Pool,
            metadata: url("https://idp.example.com/metadata.xml"),
        }
    };
    assert_parity(&stack, "x_idp_saml_long_id_generated_name");
}

#[test]
fn x_err_idp_saml_name_short() {
    let name = "ab";
    let stack = cognito! {
        user_pool Pool {}
        user_pool_identity_provider_saml Saml {
            user_pool: Pool,
            metadata: url("https://idp.example.com/metadata.xml"),
            name: (name),
        }
    };
    assert_rejected(&stack, "x_err_idp_saml_name_short", "idp.name.length");
}

// ---------------------------------------------------------------- cases of this branch

#[test]
fn x_idp_in_construct() {
    let stack = cognito! {
        user_pool Pool {}
        construct Auth {
            user_pool_identity_provider_oidc Oidc {
                user_pool: Pool,
                client_id: "client-id",
                client_secret: "client-secret",
                issuer_url: "https://issuer.example.com",
            }
            user_pool_identity_provider_saml Saml {
                user_pool: Pool,
                metadata: url("https://idp.example.com/metadata.xml"),
            }
            user_pool_domain Domain { user_pool: Pool, cognito_domain: { domain_prefix: "myapp" } }
        }
    };
    assert_parity(&stack, "x_idp_in_construct");
}

#[test]
fn x_group_role_federated_conditions() {
    let stack = cognito! {
        user_pool Pool {
            group Admins { role: GroupRole, precedence: 1 }
        }
        role GroupRole {
            assumed_by: federated_principal(
                "cognito-identity.amazonaws.com",
                {
                    StringEquals: {
                        "cognito-identity.amazonaws.com:aud": "us-east-1:11111111-2222-3333-4444-555555555555",
                    },
                    "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": ["authenticated"] },
                },
                "sts:AssumeRoleWithWebIdentity",
            ),
        }
    };
    assert_parity(&stack, "x_group_role_federated_conditions");
}

// ---------------------------------------------------------------- with app clients

#[test]
fn domain_sign_in_url() {
    let stack = cognito! {
        user_pool UserPool {
            client Client {
                o_auth: {
                    flows: { implicit_code_grant },
                    callback_urls: ["https://myapp.com/home", "https://myapp.com/users"],
                },
            }
            domain Domain { cognito_domain: { domain_prefix: "myapp" } }
        }
        output SignInUrl { value: Domain.sign_in_url(Client, redirect_uri: "https://myapp.com/home") }
        output BaseUrl { value: Domain.base_url }
    };
    assert_parity(&stack, "domain_sign_in_url");
}

#[test]
fn x_domain_sign_in_url_code_grant_path() {
    let stack = cognito! {
        user_pool Pool {
            client web as "Client" {
                o_auth: {
                    flows: { authorization_code_grant },
                    callback_urls: ["https://example.com/callback"],
                },
            }
            domain hosted as "Domain" { cognito_domain: { domain_prefix: "myapp" } }
        }
        output SignInUrl {
            value: hosted.sign_in_url(web, redirect_uri: "https://example.com/callback", sign_in_path: "/oauth2/authorize"),
        }
    };
    assert_parity(&stack, "x_domain_sign_in_url_code_grant_path");
}

#[test]
fn err_sign_in_url_client_credentials() {
    let flows = cognito::OAuthFlows { client_credentials: true, ..Default::default() };
    let stack = cognito! {
        user_pool Pool {
            client client { generate_secret: true, o_auth: { flows: (flows) } }
            domain Domain { cognito_domain: { domain_prefix: "myapp" } }
        }
        output SignInUrl { value: Domain.sign_in_url(client, redirect_uri: "https://example.com") }
    };
    assert_rejected(&stack, "err_sign_in_url_client_credentials", "domain.sign_in_url.flows");
}

#[test]
fn x_client_default_idps_google_oidc() {
    // As in the CDK, a client lists the providers registered on its pool before it: the
    // providers are declared first (a reference does not need its item declared before it).
    let stack = cognito! {
        user_pool_identity_provider_google Google {
            user_pool: Pool,
            client_id: "google-client-id",
            client_secret_value: unsafe_plain_text("google-secret"),
        }
        user_pool_identity_provider_oidc Oidc {
            user_pool: Pool,
            client_id: "oidc-client-id",
            client_secret: "oidc-secret",
            issuer_url: "https://issuer.example.com",
            name: "MyOidc",
        }
        user_pool Pool {
            client Client {}
        }
    };
    let reason = "the providers come before the pool, so that its client lists them; the CDK makes them after the pool, and the client, the pool's child, renders before them";
    assert_parity_values(&stack, "x_client_default_idps_google_oidc", reason);
}

#[test]
fn google_idp_client() {
    let stack = cognito! {
        user_pool Pool {
            client client {
                depends_on: [google],
                supported_identity_providers: [GOOGLE],
                o_auth: {
                    flows: { authorization_code_grant },
                    scopes: [OPENID, EMAIL, PROFILE],
                    callback_urls: ["https://myapp.com/callback"],
                },
            }
        }
        user_pool_identity_provider_google google as "Google" {
            user_pool: Pool,
            client_id: "google-client-id",
            client_secret_value: unsafe_plain_text("google-client-secret"),
            scopes: ["profile", "email", "openid"],
            attribute_mapping: {
                email: GOOGLE_EMAIL,
                given_name: GOOGLE_GIVEN_NAME,
                family_name: GOOGLE_FAMILY_NAME,
            },
        }
    };
    assert_parity(&stack, "google_idp_client");
}
