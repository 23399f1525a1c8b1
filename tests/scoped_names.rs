//! Names of nested items are scoped to their parent: `client web` in two pools, a reference
//! resolved in the nearest scope, `pool_a.web` from outside, an ambiguous name an error
//! listing the candidates, and no nested item named like an attribute. Parity with the AWS
//! CDK (two pools that each `addClient('web')`) through the builders and `cognito!`, and the
//! rules.

mod common;

use cognito::*;
use common::*;

fn web_of(pool: &str) -> ItemRef {
    ItemRef::path([pool, "web"])
}

/// Two pools, each with a client `web` (and a reference name `web`).
fn two_pools() -> (Stack, NodeId, NodeId) {
    let mut s = Stack::new("Stack");
    let a = s.add("PoolA", UserPool::default());
    s.add_node(Some(a), "web", Some("web"), UserPoolClient::default());
    let b = s.add("PoolB", UserPool::default());
    s.add_node(Some(b), "web", Some("web"), UserPoolClient::default());
    (s, a, b)
}

mod builders {
    use super::*;

    #[test]
    fn x_scoped_client_names() {
        let (mut s, _, b) = two_pools();
        let domain = UserPoolDomain {
            cognito_domain: Some(CognitoDomainOptions { domain_prefix: "example-b-auth".into() }),
            ..UserPoolDomain::default()
        };
        s.add_child(b, "hosted", domain);
        // In pool B, `web` is pool B's own client.
        let css = ".banner-customizable { background-color: black; }";
        s.add_child(
            b,
            "WebCss",
            UserPoolUiCustomizationAttachment { client: Some(ClientRef::from("web")), css: Some(css.into()) },
        );
        let mut provider = UserPoolAuthenticationProvider::new("PoolA");
        provider.user_pool_client = Some(web_of("PoolA"));
        let identities = IdentityPool {
            authentication_providers: Some(IdentityPoolAuthenticationProviders {
                user_pools: Some(vec![provider]),
                ..IdentityPoolAuthenticationProviders::default()
            }),
            ..IdentityPool::default()
        };
        s.add("Identities", identities);
        let client_id = Value::attr(web_of("PoolA"), Attr::UserPoolClientId);
        s.add("WebAClientId", Output { value: client_id, ..Output::default() });
        let sign_in = SignInUrl {
            client: Some(web_of("PoolB")),
            redirect_uri: "https://b.example.com/callback".into(),
            ..SignInUrl::default()
        };
        let url = Value::attr(ItemRef::path(["PoolB", "hosted"]), Attr::SignInUrl(Box::new(sign_in)));
        s.add("WebBSignIn", Output { value: url, ..Output::default() });
        assert_parity(&s, "x_scoped_client_names");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_scoped_client_names() {
        let stack = cognito! {
            user_pool PoolA {
                client web {}
            }
            user_pool PoolB {
                client web {}
                domain hosted { cognito_domain: { domain_prefix: "example-b-auth" } }
                ui_customization WebCss {
                    client: web,
                    css: ".banner-customizable { background-color: black; }",
                }
            }
            identity_pool Identities {
                authentication_providers: {
                    user_pools: [{ user_pool: PoolA, user_pool_client: PoolA.web }],
                },
            }
            output WebAClientId { value: PoolA.web.user_pool_client_id }
            output WebBSignIn {
                value: PoolB.hosted.sign_in_url(PoolB.web, redirect_uri: "https://b.example.com/callback"),
            }
        };
        assert_parity(&stack, "x_scoped_client_names");
    }
}

mod rules {
    use super::*;

    #[test]
    fn a_name_in_two_scopes_named_from_outside_is_ambiguous() {
        let (mut s, _, _) = two_pools();
        s.add("Out", Output { value: Value::attr("web", Attr::UserPoolClientId), ..Output::default() });
        let m = violation(&s, "reference.ambiguous", "value");
        assert_eq!(
            m,
            "`value` refers to `web`, which names several items: `PoolA.web`, `PoolB.web`; write the one you mean through its parent, e.g. `PoolA.web`"
        );
    }

    #[test]
    fn a_name_resolves_in_the_nearest_scope() {
        let (mut s, _, b) = two_pools();
        s.add_node(Some(b), "Group", Some("Group"), UserPoolGroup::default());
        let group = s.find("Group").expect("the group");
        s.add_dependency(group, "web");
        let template = s.synth().expect("`web` in pool B is pool B's client");
        let depends = &template["Resources"]["PoolBGroupCC09C50F"]["DependsOn"];
        assert_eq!(depends, &serde_json::json!(["PoolBweb243C8034"]), "{}", template["Resources"]);
    }

    #[test]
    fn a_path_names_a_nested_item() {
        let (mut s, _, _) = two_pools();
        s.add(
            "Out",
            Output { value: Value::attr(web_of("PoolB"), Attr::UserPoolClientId), ..Output::default() },
        );
        let template = s.synth().expect("`PoolB.web` names pool B's client");
        assert_eq!(template["Outputs"]["Out"]["Value"], serde_json::json!({ "Ref": "PoolBweb243C8034" }));
    }

    #[test]
    fn a_path_to_an_item_that_is_not_there_is_unknown() {
        let (mut s, _, _) = two_pools();
        s.add(
            "Out",
            Output {
                value: Value::attr(ItemRef::path(["PoolA", "app"]), Attr::UserPoolClientId),
                ..Output::default()
            },
        );
        let m = violation(&s, "reference.unknown", "value");
        assert_eq!(
            m,
            "`value` refers to `PoolA.app`, which is not declared in this stack; declare it, or check the spelling"
        );
    }

    #[test]
    fn a_name_is_declared_once_in_its_scope() {
        let (mut s, a, _) = two_pools();
        s.add_node(Some(a), "web2", Some("web"), UserPoolClient::default());
        let m = violation(&s, "name.duplicate", "");
        assert_eq!(m, "`web` is already declared (a `user_pool_client`); give each item its own name");
    }

    #[test]
    fn a_nested_item_is_not_named_like_an_attribute() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "user_pool_id", Some("user_pool_id"), UserPoolClient::default());
        let m = violation(&s, "name.attribute", "");
        assert_eq!(
            m,
            "an item nested in `Pool` cannot be named `user_pool_id`: `Pool.user_pool_id` reads the attribute `user_pool_id`; rename the item"
        );
    }
}

mod apps {
    use super::*;

    /// Stack `name` with a pool `pool` holding a client `web`.
    fn pool_stack(name: &str, pool: &str) -> Stack {
        let mut s = Stack::new(name);
        let p = s.add(pool, UserPool::default());
        s.add_node(Some(p), "web", Some("web"), UserPoolClient::default());
        s
    }

    #[test]
    fn clients_of_the_same_name_in_two_stacks_are_allowed_and_named_through_their_pool() {
        let mut app = App::new();
        app.add_stack(pool_stack("A", "PoolA"));
        let mut b = pool_stack("B", "PoolB");
        b.add(
            "WebA",
            Output { value: Value::attr(web_of("PoolA"), Attr::UserPoolClientId), ..Output::default() },
        );
        app.add_stack(b);
        let assembly = app.synth().expect("nested names are scoped to their pool");
        let b = assembly.stack("B").expect("stack B");
        let template = b.template.to_serde();
        let value = &template["Outputs"]["WebA"]["Value"];
        assert!(value.get("Fn::ImportValue").is_some(), "{value}");
    }
}
