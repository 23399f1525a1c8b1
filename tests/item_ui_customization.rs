//! `ui_customization` (`CfnUserPoolUICustomizationAttachment`): parity with the AWS CDK through
//! the builders and through `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

fn css(client: Option<&str>, css: &str) -> UserPoolUiCustomizationAttachment {
    UserPoolUiCustomizationAttachment { client: client.map(ClientRef::from), css: Some(css.into()) }
}

fn cognito_domain(prefix: &str) -> UserPoolDomain {
    UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: prefix.into() }),
        ..UserPoolDomain::default()
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_ui_customization() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "hosted", cognito_domain("example-auth"));
        s.add_child(pool, "WebCss", css(Some("web"), ".banner-customizable { background-color: black; }"));
        s.add_child(pool, "AllCss", css(None, ".label-customizable { font-weight: 400; }"));
        assert_parity(&s, "x_ui_customization");
    }

    #[test]
    fn x_ui_customization_imported() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        let web = s.add_client(pool, "web", UserPoolClient::default());
        let attachment = UserPoolUiCustomizationAttachment {
            client: Some(web.into()),
            css: Some(".submitButton-customizable { background-color: #333; }".into()),
        };
        s.add_child(pool, "Css", attachment);
        assert_parity(&s, "x_ui_customization_imported");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_ui_customization() {
        let stack = cognito! {
            user_pool Pool {
                client web {}
                domain hosted { cognito_domain: { domain_prefix: "example-auth" } }
                ui_customization WebCss {
                    client: web,
                    css: ".banner-customizable { background-color: black; }",
                }
                ui_customization AllCss { css: ".label-customizable { font-weight: 400; }" }
            }
        };
        assert_parity(&stack, "x_ui_customization");
    }

    #[test]
    fn x_ui_customization_imported() {
        let css = ".submitButton-customizable { background-color: #333; }";
        let stack = cognito! {
            user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                client web {}
                ui_customization Css { client: web, css: (css) }
            }
        };
        assert_parity(&stack, "x_ui_customization_imported");
    }
}

mod rules {
    use super::*;

    /// A pool with a domain and a client `web`, and `attachment` in it.
    fn pool_with(attachment: UserPoolUiCustomizationAttachment) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "hosted", cognito_domain("example-auth"));
        s.add_child(pool, "Css", attachment);
        s
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Css", css(None, "a {}"));
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(m, "a `ui_customization` belongs to a user pool: declare it inside `user_pool … { }`");
    }

    #[test]
    fn client_of_another_pool() {
        let mut s = pool_with(css(Some("other_web"), "a {}"));
        let other = s.add("Other", UserPool::default());
        s.add_node(Some(other), "web", Some("other_web"), UserPoolClient::default());
        let m = violation(&s, "cfn_item.client_pool", "client");
        assert_eq!(
            m,
            "`client` must be an app client of this user pool (`Pool`), but `other_web` belongs to another pool; Cognito rejects it at deploy time (the client id is not found in the pool)"
        );
    }

    #[test]
    fn client_is_a_client() {
        let mut s = pool_with(css(Some("Other"), "a {}"));
        s.add("Other", UserPool::default());
        let m = violation(&s, "reference.kind", "client");
        assert_eq!(m, "`client` must refer to a `user_pool_client`, but `Other` is a `user_pool`");
    }

    #[test]
    fn css_length() {
        let s = pool_with(css(None, &"a".repeat(131_073)));
        let m = violation(&s, "ui_customization.css.length", "css");
        assert_eq!(
            m,
            "`css` must be at most 131072 characters long (got 131073); Cognito rejects it at deploy time"
        );
        assert!(pool_with(css(None, &"a".repeat(131_072))).check().is_empty());
    }

    #[test]
    fn needs_domain() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_child(pool, "Css", css(None, "a {}"));
        let m = violation(&s, "ui_customization.domain", "");
        assert_eq!(
            m,
            "a `ui_customization` needs a domain on its user pool, where the hosted UI is served; add `domain … { cognito_domain: { domain_prefix: \"…\" } }` to the pool. Cognito rejects it at deploy time (\"your user pool must have a domain associated with it\")"
        );
    }

    #[test]
    fn top_level_domain_counts() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_child(pool, "Css", css(None, "a {}"));
        s.add("hosted", UserPoolDomain { user_pool: Some("Pool".into()), ..cognito_domain("example-auth") });
        assert_eq!(s.check(), Vec::new());
    }
}
