//! `terms` (`CfnTerms`): parity with the AWS CDK through the builders and through `cognito!`,
//! and one test per rule.

mod common;

use cognito::*;
use common::*;

fn document(name: &str, client: impl Into<ClientRef>, links: &[(&str, &str)]) -> Terms {
    Terms {
        terms_name: name.into(),
        terms_source: "LINK".into(),
        enforcement: "NONE".into(),
        links: links.iter().map(|(k, v)| ((*k).to_owned(), (*v).into())).collect(),
        client: Some(client.into()),
    }
}

fn managed_domain() -> UserPoolDomain {
    UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: "example-auth".into() }),
        managed_login_version: Some(ManagedLoginVersion::NewerManagedLogin),
        ..UserPoolDomain::default()
    }
}

fn style(client: &str) -> ManagedLoginBranding {
    ManagedLoginBranding {
        client: Some(client.into()),
        use_cognito_provided_values: Some(true),
        ..Default::default()
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_terms() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool { self_sign_up_enabled: Some(true), ..Default::default() });
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "hosted", managed_domain());
        s.add_child(pool, "Style", style("web"));
        let links = [
            ("cognito:default", "https://example.com/terms"),
            ("cognito:spanish", "https://example.com/es/terms"),
        ];
        s.add_child(pool, "TermsOfUse", document("terms-of-use", "web", &links));
        s.add_child(
            pool,
            "Privacy",
            document("privacy-policy", "web", &[("cognito:default", "https://example.com/privacy")]),
        );
        assert_parity(&s, "x_terms");
    }

    #[test]
    fn x_terms_imported() {
        let mut s = Stack::new("Stack");
        let arn = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123XYZ";
        let pool = s.add("Pool", ImportedUserPool::FromArn(arn.into()));
        let web = s.add_client(pool, "web", UserPoolClient::default());
        let links = [
            ("cognito:default", "https://example.com/privacy"),
            ("cognito:french", "https://example.com/fr/privacy"),
        ];
        s.add_child(pool, "Privacy", document("privacy-policy", web, &links));
        s.add_child(
            pool,
            "TermsOfUse",
            document("terms-of-use", web, &[("cognito:default", "https://example.com/terms")]),
        );
        assert_parity(&s, "x_terms_imported");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_terms() {
        let stack = cognito! {
            user_pool Pool {
                self_sign_up_enabled: true,
                client web {}
                domain hosted {
                    cognito_domain: { domain_prefix: "example-auth" },
                    managed_login_version: NEWER_MANAGED_LOGIN,
                }
                managed_login_branding Style { client: web, use_cognito_provided_values: true }
                terms TermsOfUse {
                    client: web,
                    terms_name: "terms-of-use",
                    terms_source: LINK,
                    enforcement: NONE,
                    links: {
                        "cognito:default": "https://example.com/terms",
                        "cognito:spanish": "https://example.com/es/terms",
                    },
                }
                terms Privacy {
                    client: web,
                    terms_name: "privacy-policy",
                    terms_source: LINK,
                    enforcement: NONE,
                    links: { "cognito:default": "https://example.com/privacy" },
                }
            }
        };
        assert_parity(&stack, "x_terms");
    }

    #[test]
    fn x_terms_imported() {
        let stack = cognito! {
            user_pool Pool = from_user_pool_arn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123XYZ") {
                client web {}
                terms Privacy {
                    client: web,
                    terms_name: "privacy-policy",
                    terms_source: "LINK",
                    enforcement: "NONE",
                    links: {
                        "cognito:default": "https://example.com/privacy",
                        "cognito:french": "https://example.com/fr/privacy",
                    },
                }
                terms TermsOfUse {
                    client: web,
                    terms_name: "terms-of-use",
                    terms_source: LINK,
                    enforcement: NONE,
                    links: { "cognito:default": "https://example.com/terms" },
                }
            }
        };
        assert_parity(&stack, "x_terms_imported");
    }
}

mod rules {
    use super::*;

    const DEFAULT: [(&str, &str); 1] = [("cognito:default", "https://example.com/terms")];

    /// A pool with a managed login domain and a styled client `web`, and `terms` in it.
    fn pool_with(terms: &[(&str, Terms)]) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "hosted", managed_domain());
        s.add_child(pool, "Style", style("web"));
        for (id, t) in terms {
            s.add_child(pool, *id, t.clone());
        }
        s
    }

    fn both() -> [(&'static str, Terms); 2] {
        [
            ("Terms", document("terms-of-use", "web", &DEFAULT)),
            ("Privacy", document("privacy-policy", "web", &DEFAULT)),
        ]
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Terms", document("terms-of-use", "web", &DEFAULT));
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(m, "a `terms` belongs to a user pool: declare it inside `user_pool … { }`");
    }

    #[test]
    fn client_of_another_pool() {
        let [t, p] = both();
        let mut s = pool_with(&[(t.0, Terms { client: Some("other_web".into()), ..t.1 }), p]);
        let other = s.add("Other", UserPool::default());
        s.add_node(Some(other), "web", Some("other_web"), UserPoolClient::default());
        let m = violation(&s, "cfn_item.client_pool", "client");
        assert_eq!(
            m,
            "`client` must be an app client of this user pool (`Pool`), but `other_web` belongs to another pool; Cognito rejects it at deploy time (the client id is not found in the pool)"
        );
    }

    #[test]
    fn client_required() {
        let [t, p] = both();
        let s = pool_with(&[(t.0, Terms { client: None, ..t.1 }), p]);
        let m = violation(&s, "terms.client", "");
        assert_eq!(
            m,
            "a `terms` needs `client`, the app client whose sign-up page links to it; add `client: my_client`. Cognito rejects it at deploy time (`CreateTerms` requires a `ClientId`)"
        );
    }

    #[test]
    fn one_per_document() {
        let [t, p] = both();
        let again =
            ("Again", document("terms-of-use", "web", &[("cognito:german", "https://example.com/de/terms")]));
        let s = pool_with(&[t, p, again]);
        let found: Vec<Violation> = s.check().into_iter().filter(|v| v.rule == "terms.duplicate").collect();
        let [v] = found.as_slice() else { panic!("expected one violation: {found:#?}") };
        assert_eq!((v.item.as_str(), v.path.as_str()), ("Pool/Again", "terms_name"));
        assert_eq!(
            v.message,
            "the client already has a `terms-of-use` document (`Pool/Terms`), and a client has one of each; keep one, with a link per language in its `links`. Cognito rejects the second at deploy time (TermsExistsException)"
        );
    }

    #[test]
    fn both_documents_a_warning() {
        let s = pool_with(&[("Terms", document("terms-of-use", "web", &DEFAULT))]);
        assert!(s.check().is_empty(), "{:#?}", s.check());
        let found: Vec<Violation> = s.diagnose().into_iter().filter(|v| v.rule == "terms.both").collect();
        let [w] = found.as_slice() else { panic!("expected one warning: {found:#?}") };
        assert_eq!((w.severity, w.path.as_str()), (Severity::Warning, "terms_name"));
        assert_eq!(
            w.message,
            "the client has a `terms-of-use` document but no `privacy-policy`, and Cognito shows terms documents only when a client has both; add a `terms … { terms_name: \"privacy-policy\", … }` for the same client"
        );
        assert!(pool_with(&both()).diagnose().is_empty(), "both documents: nothing to say");
    }

    #[test]
    fn without_managed_login_domain_a_warning() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        for (id, t) in both() {
            s.add_child(pool, id, t);
        }
        let warnings = s.diagnose();
        assert_eq!(warnings.len(), 2, "one per document: {warnings:#?}");
        assert!(
            warnings.iter().all(|w| w.rule == "cfn_item.managed_login" && w.severity == Severity::Warning)
        );
        assert_eq!(
            warnings[0].message,
            "this `terms` shows only on managed login pages, and its user pool has no domain that serves them, so the link shows nowhere; add `managed_login_version: NEWER_MANAGED_LOGIN` to the pool's `domain` (or add one)"
        );
    }

    #[test]
    fn schema_violation_at_the_setting() {
        let [t, p] = both();
        let links = vec![("cognito:klingon".to_owned(), Value::from("https://example.com/tlh/terms"))];
        let s = pool_with(&[(t.0, Terms { links, ..t.1 }), p]);
        let m = violation(&s, "schema.resource", "links.cognito:klingon");
        assert_eq!(
            m,
            "`cognito:klingon` is not a name this map takes (a name matches `^cognito:(default|english|french|spanish|german|bahasa-indonesia|italian|japanese|korean|portuguese-brazil|chinese-(simplified|traditional))$`); CloudFormation rejects it at deploy time (the `AWS::Cognito::Terms` schema, `Links.cognito:klingon`)"
        );
        // The name is what is wrong: the caret goes under the key.
        let targets: Vec<Target> =
            s.check().into_iter().filter(|v| v.rule == "schema.resource").map(|v| v.target).collect();
        assert_eq!(targets, [Target::Key]);
    }
}
