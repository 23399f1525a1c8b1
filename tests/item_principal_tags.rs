//! `principal_tags` (`CfnIdentityPoolPrincipalTag`): parity with the AWS CDK through the
//! builders and through `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

/// An identity pool whose users come from the user pool `pool`.
fn with_user_pool(pool: NodeId) -> IdentityPool {
    IdentityPool {
        authentication_providers: Some(IdentityPoolAuthenticationProviders {
            user_pools: Some(vec![UserPoolAuthenticationProvider::new(pool)]),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// An identity pool whose users sign in with Google.
fn with_google() -> IdentityPool {
    IdentityPool {
        authentication_providers: Some(IdentityPoolAuthenticationProviders {
            google: Some(IdentityPoolGoogleLoginProvider {
                client_id: "12345.apps.googleusercontent.com".into(),
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn tags(entries: &[(&str, &str)]) -> Option<Vec<(String, Value)>> {
    Some(entries.iter().map(|(k, v)| ((*k).to_owned(), Value::from(*v))).collect())
}

mod builders {
    use super::*;

    #[test]
    fn x_principal_tags() {
        let mut s = Stack::new("Stack");
        let department =
            CustomAttribute::String(StringAttributeProps { mutable: Some(true), ..Default::default() });
        let pool = UserPool {
            custom_attributes: Some(vec![("department".into(), department)]),
            ..UserPool::default()
        };
        let pool = s.add("Pool", pool);
        let identities = s.add("Identities", with_user_pool(pool));
        let principal_tags = IdentityPoolPrincipalTag {
            identity_provider_name: Some(Value::attr(pool, Attr::UserPoolProviderName)),
            principal_tags: tags(&[("username", "sub"), ("department", "custom:department")]),
            use_defaults: Some(false),
        };
        s.add_child(identities, "PoolTags", principal_tags);
        assert_parity(&s, "x_principal_tags");
    }

    #[test]
    fn x_principal_tags_social() {
        let mut s = Stack::new("Stack");
        let identities = s.add("Identities", with_google());
        let google = IdentityPoolPrincipalTag {
            identity_provider_name: Some("accounts.google.com".into()),
            use_defaults: Some(true),
            ..Default::default()
        };
        s.add_child(identities, "GoogleTags", google);
        let imported = s.add(
            "Imported",
            ImportedIdentityPool::FromId("us-east-1:11111111-2222-3333-4444-555555555555".into()),
        );
        let oidc = IdentityPoolPrincipalTag {
            identity_provider_name: Some("arn:aws:iam::123456789012:oidc-provider/login.example.com".into()),
            principal_tags: tags(&[("tenant", "tenant_id")]),
            use_defaults: None,
        };
        s.add_child(imported, "OidcTags", oidc);
        assert_parity(&s, "x_principal_tags_social");
    }
}

mod dsl {
    use super::*;

    // The CDK's default authenticated role cannot tag sessions: the case shows the warning.
    #[allow(deprecated)]
    #[test]
    fn x_principal_tags() {
        let stack = cognito! {
            user_pool Pool {
                custom_attributes: { department: string { mutable: true } },
            }
            identity_pool Identities {
                authentication_providers: { user_pools: [{ user_pool: Pool }] },
                principal_tags PoolTags {
                    identity_provider_name: Pool.user_pool_provider_name,
                    principal_tags: { username: "sub", department: "custom:department" },
                    use_defaults: false,
                }
            }
        };
        assert_parity(&stack, "x_principal_tags");
    }

    #[allow(deprecated)]
    #[test]
    fn x_principal_tags_social() {
        let stack = cognito! {
            identity_pool Identities {
                authentication_providers: { google: { client_id: "12345.apps.googleusercontent.com" } },
                principal_tags GoogleTags { identity_provider_name: "accounts.google.com", use_defaults: true }
            }
            identity_pool Imported = from_identity_pool_id("us-east-1:11111111-2222-3333-4444-555555555555") {
                principal_tags OidcTags {
                    identity_provider_name: "arn:aws:iam::123456789012:oidc-provider/login.example.com",
                    principal_tags: { tenant: "tenant_id" },
                }
            }
        };
        assert_parity(&stack, "x_principal_tags_social");
    }
}

mod rules {
    use super::*;

    /// A Google identity pool with `t` in it.
    fn google_with(t: IdentityPoolPrincipalTag) -> Stack {
        let mut s = Stack::new("Stack");
        let identities = s.add("Identities", with_google());
        s.add_child(identities, "Tags", t);
        s
    }

    fn named(provider: &str) -> IdentityPoolPrincipalTag {
        IdentityPoolPrincipalTag {
            identity_provider_name: Some(provider.into()),
            use_defaults: Some(true),
            ..Default::default()
        }
    }

    #[test]
    fn the_example_passes() {
        assert_eq!(google_with(named("accounts.google.com")).check(), Vec::new());
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Tags", named("accounts.google.com"));
        let m = violation(&s, "principal_tags.parent", "");
        assert_eq!(
            m,
            "a `principal_tags` belongs to an identity pool: declare it inside `identity_pool … { }`"
        );
    }

    #[test]
    fn social_provider_of_the_pool() {
        let m = violation(
            &google_with(named("graph.facebook.com")),
            "principal_tags.provider",
            "identity_provider_name",
        );
        assert_eq!(
            m,
            "`identity_provider_name` must name a provider the identity pool accepts, but \"graph.facebook.com\" is not a provider of this identity pool; Cognito rejects it at deploy time; add the provider to the identity pool's `authentication_providers`, or name one of them"
        );
    }

    #[test]
    fn user_pool_of_the_pool() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        let other = s.add("Other", UserPool::default());
        let identities = s.add("Identities", with_user_pool(pool));
        let t = IdentityPoolPrincipalTag {
            identity_provider_name: Some(Value::attr(other, Attr::UserPoolProviderName)),
            use_defaults: Some(true),
            ..Default::default()
        };
        s.add_child(identities, "Tags", t);
        let m = violation(&s, "principal_tags.provider", "identity_provider_name");
        assert_eq!(
            m,
            "`identity_provider_name` must name a provider the identity pool accepts, but `Other` is not a user pool of this identity pool; Cognito rejects it at deploy time; add the provider to the identity pool's `authentication_providers`, or name one of them"
        );
    }

    /// An OIDC or SAML provider's ARN is not known to the identity pool's settings: it passes.
    #[test]
    fn other_providers_pass() {
        let s = google_with(named("arn:aws:iam::123456789012:oidc-provider/login.example.com"));
        assert!(!s.check().iter().any(|v| v.rule == "principal_tags.provider"));
    }

    #[test]
    fn provider_name_length() {
        let long = "a".repeat(129);
        let m =
            violation(&google_with(named(&long)), "principal_tags.provider_name", "identity_provider_name");
        assert!(m.starts_with("`identity_provider_name` must be 1 to 128 characters"), "{m}");
    }

    #[test]
    fn tag_count() {
        let many: Vec<(String, Value)> = (0..51).map(|i| (format!("tag{i}"), Value::from("sub"))).collect();
        let t = IdentityPoolPrincipalTag {
            principal_tags: Some(many),
            use_defaults: None,
            ..named("accounts.google.com")
        };
        let m = violation(&google_with(t), "principal_tags.count", "principal_tags");
        assert_eq!(
            m,
            "`principal_tags` maps at most 50 tags (got 51); Cognito rejects it at deploy time; keep the tags your policies read"
        );
    }

    #[test]
    fn tag_name_length() {
        let long = "t".repeat(129);
        let t = IdentityPoolPrincipalTag {
            principal_tags: tags(&[(&long, "sub")]),
            ..named("accounts.google.com")
        };
        let m = violation(&google_with(t), "principal_tags.tag", &format!("principal_tags.{long}"));
        assert_eq!(
            m,
            format!(
                "a principal tag's name must be 1 to 128 characters long (got 129: {long:?}); Cognito rejects it at deploy time; shorten it"
            )
        );
    }

    #[test]
    fn claim_length() {
        let t = IdentityPoolPrincipalTag {
            principal_tags: tags(&[("tenant", "")]),
            ..named("accounts.google.com")
        };
        let m = violation(&google_with(t), "principal_tags.tag", "principal_tags.tenant");
        assert!(m.starts_with("`tenant` must be 1 to 256 characters"), "{m}");
    }

    #[test]
    fn tag_session_is_a_warning() {
        let s = google_with(named("accounts.google.com"));
        let all = s.diagnose();
        let found: Vec<_> = all.iter().filter(|v| v.rule == "principal_tags.tag_session").collect();
        assert_eq!(found.len(), 1, "{all:#?}");
        assert_eq!((found[0].severity, found[0].path.as_str()), (Severity::Warning, ""));
        assert_eq!(
            found[0].message,
            "the identity pool's authenticated role does not allow `sts:TagSession` in its trust policy, so Cognito cannot put these principal tags on a session and fails to issue credentials to the provider's users; give the identity pool an `authenticated_role` whose trust policy allows `sts:AssumeRoleWithWebIdentity` and `sts:TagSession`"
        );
    }

    /// A role given by its ARN is not known: no warning.
    #[test]
    fn tag_session_role_arn() {
        let mut s = Stack::new("Stack");
        let pool = IdentityPool {
            authenticated_role: Some(Arn::Value("arn:aws:iam::123456789012:role/tagging".into())),
            ..with_google()
        };
        let identities = s.add("Identities", pool);
        s.add_child(identities, "Tags", named("accounts.google.com"));
        assert!(!s.diagnose().iter().any(|v| v.rule == "principal_tags.tag_session"));
    }

    #[test]
    fn duplicate() {
        let mut s = google_with(named("accounts.google.com"));
        let Some(identities) = s.find("Identities") else { panic!("the identity pool is declared") };
        s.add_child(identities, "Again", named("accounts.google.com"));
        let m = violation(&s, "principal_tags.duplicate", "identity_provider_name");
        assert_eq!(
            m,
            "`Identities/Tags` already maps the principal tags of this provider; an identity pool holds one map per provider, and CloudFormation rejects the second at deploy time; merge the two"
        );
    }

    /// The schema requires `IdentityProviderName`: reported at the item.
    #[test]
    fn schema_required() {
        let t = IdentityPoolPrincipalTag { identity_provider_name: None, ..named("x") };
        let violations = google_with(t).check();
        let found: Vec<_> = violations.iter().filter(|v| v.rule == "schema.resource").collect();
        assert_eq!(found.len(), 1, "{violations:#?}");
        assert_eq!(found[0].path, "identity_provider_name");
        assert_eq!(
            found[0].message,
            "`identity_provider_name` is required; CloudFormation rejects it at deploy time (the `AWS::Cognito::IdentityPoolPrincipalTag` schema, `IdentityProviderName`)"
        );
    }
}
