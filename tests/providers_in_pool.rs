//! Identity providers in their pool's scope (`identity_provider_google ID { … }` inside a
//! `user_pool`, the CDK's `new UserPoolIdentityProviderGoogle(pool, ID, { userPool: pool })`),
//! in order with the pool's clients, and a provider of the stack named by its
//! `provider_name` in a client's `supported_identity_providers` (the CDK's
//! `UserPoolClientIdentityProvider.custom(provider.providerName)`): parity with the AWS CDK
//! through the builders and through `cognito!`, and the rules.

mod common;

use cognito::*;
use common::*;

fn corp() -> UserPoolIdentityProviderOidc {
    UserPoolIdentityProviderOidc {
        client_id: "corp-client-id".into(),
        client_secret: "corp-secret".into(),
        issuer_url: "https://login.corp.example.com".into(),
        ..UserPoolIdentityProviderOidc::default()
    }
}

fn named(provider: &str) -> UserPoolClientIdentityProvider {
    UserPoolClientIdentityProvider::Custom(Value::attr(provider, Attr::ProviderName))
}

fn listing(providers: Vec<UserPoolClientIdentityProvider>) -> UserPoolClient {
    UserPoolClient { supported_identity_providers: Some(providers), ..UserPoolClient::default() }
}

mod builders {
    use super::*;

    #[test]
    fn x_client_custom_provider_ref() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add("Corp", UserPoolIdentityProviderOidc { user_pool: Some(pool.into()), ..corp() });
        s.add_client(pool, "web", listing(vec![UserPoolClientIdentityProvider::Cognito, named("Corp")]));
        assert_parity(&s, "x_client_custom_provider_ref");
    }

    #[test]
    fn x_idp_nested_client_order() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_client(pool, "before", UserPoolClient::default());
        let google = UserPoolIdentityProviderGoogle {
            client_id: "google-client-id".into(),
            client_secret_value: Some("google-secret".into()),
            ..UserPoolIdentityProviderGoogle::default()
        };
        s.add_child(pool, "google", google);
        s.add_client(pool, "after", UserPoolClient::default());
        assert_parity(&s, "x_idp_nested_client_order");
    }

    #[test]
    fn x_idp_nested_all_kinds() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let facebook = UserPoolIdentityProviderFacebook {
            client_id: "fb-id".into(),
            client_secret: "fb-secret".into(),
            ..UserPoolIdentityProviderFacebook::default()
        };
        s.add_child(pool, "facebook", facebook);
        let amazon = UserPoolIdentityProviderAmazon {
            client_id: "amzn-id".into(),
            client_secret: "amzn-secret".into(),
            ..UserPoolIdentityProviderAmazon::default()
        };
        s.add_child(pool, "amazon", amazon);
        let apple = UserPoolIdentityProviderApple {
            client_id: "com.example.web".into(),
            team_id: "TEAM123456".into(),
            key_id: "KEY1234567".into(),
            private_key_value: Some("-----BEGIN PRIVATE KEY-----".into()),
            ..UserPoolIdentityProviderApple::default()
        };
        s.add_child(pool, "apple", apple);
        let oidc = UserPoolIdentityProviderOidc {
            client_id: "oidc-id".into(),
            client_secret: "oidc-secret".into(),
            ..corp()
        };
        s.add_child(pool, "corp", oidc);
        let saml = UserPoolIdentityProviderSaml {
            metadata: SamlMetadata::Url("https://partner.example.com/metadata.xml".into()),
            ..UserPoolIdentityProviderSaml::default()
        };
        s.add_child(pool, "partner", saml);
        s.add_client(pool, "web", UserPoolClient::default());
        assert_parity(&s, "x_idp_nested_all_kinds");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_client_custom_provider_ref() {
        // The client refers to the provider declared after it: the reference, not the order,
        // makes CloudFormation create the provider first.
        let stack = cognito! {
            user_pool Pool {
                client web { supported_identity_providers: [COGNITO, custom(Corp.provider_name)] }
            }
            user_pool_identity_provider_oidc Corp {
                user_pool: Pool,
                client_id: "corp-client-id",
                client_secret: "corp-secret",
                issuer_url: "https://login.corp.example.com",
            }
        };
        assert_parity(&stack, "x_client_custom_provider_ref");
    }

    #[test]
    fn x_idp_nested_client_order() {
        let stack = cognito! {
            user_pool Pool {
                client before {}
                identity_provider_google google {
                    client_id: "google-client-id",
                    client_secret_value: unsafe_plain_text("google-secret"),
                }
                client after {}
            }
        };
        assert_parity(&stack, "x_idp_nested_client_order");
    }

    #[test]
    fn x_idp_nested_all_kinds() {
        let stack = cognito! {
            user_pool Pool {
                identity_provider_facebook facebook { client_id: "fb-id", client_secret: "fb-secret" }
                identity_provider_amazon amazon { client_id: "amzn-id", client_secret: "amzn-secret" }
                identity_provider_apple apple {
                    client_id: "com.example.web",
                    team_id: "TEAM123456",
                    key_id: "KEY1234567",
                    private_key_value: unsafe_plain_text("-----BEGIN PRIVATE KEY-----"),
                }
                identity_provider_oidc corp {
                    client_id: "oidc-id",
                    client_secret: "oidc-secret",
                    issuer_url: "https://login.corp.example.com",
                }
                identity_provider_saml partner {
                    metadata: url("https://partner.example.com/metadata.xml"),
                }
                client web {}
            }
        };
        assert_parity(&stack, "x_idp_nested_all_kinds");
    }
}

mod rules {
    use super::*;

    #[test]
    fn a_provider_named_by_reference_belongs_to_the_clients_pool() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let other = s.add("Other", UserPool::default());
        s.add_child(other, "Corp", corp());
        s.add_client(pool, "web", listing(vec![named("Corp")]));
        let m = violation(&s, "client.identity_provider.pool", "supported_identity_providers.0");
        assert_eq!(
            m,
            "`Corp` is an identity provider of the user pool `Other`, not of this client's pool `Pool`; Cognito rejects the client at deploy time (\"The provider … does not exist for User Pool …\"); list a provider of `Pool`"
        );
    }

    #[test]
    fn a_provider_named_by_reference_needs_no_depends_on() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_client(pool, "web", listing(vec![named("Corp")]));
        s.add_child(pool, "Corp", UserPoolIdentityProviderOidc { name: Some("Corp".into()), ..corp() });
        assert_eq!(s.check(), Vec::new());
        let template = s.synth().expect("a provider named by reference is waited for");
        let client = &template["Resources"]["PoolwebB04E50B4"];
        assert_eq!(client["Properties"]["SupportedIdentityProviders"][0]["Ref"], "PoolCorpAF9B4265");
        assert!(client.get("DependsOn").is_none());
    }

    #[test]
    fn a_nested_provider_takes_no_user_pool() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_child(pool, "Corp", UserPoolIdentityProviderOidc { user_pool: Some(pool.into()), ..corp() });
        let m = violation(&s, "pool_child.user_pool.nested", "user_pool");
        assert!(m.starts_with("this `user_pool_identity_provider_oidc` is nested in a user pool"), "{m}");
    }
}
