//! `managed_login_branding` (`CfnManagedLoginBranding`): parity with the AWS CDK through the
//! builders and through `cognito!`, one test per rule, and the warning of a managed login
//! domain whose clients have no style.

mod common;

use cognito::*;
use common::*;

const LOGO: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

fn obj(entries: Vec<(&'static str, Json)>) -> Json {
    let mut o = Obj::new();
    for (k, v) in entries {
        o.push(k, v);
    }
    Json::Obj(o)
}

fn managed_domain(prefix: &str) -> UserPoolDomain {
    UserPoolDomain {
        cognito_domain: Some(CognitoDomainOptions { domain_prefix: prefix.into() }),
        managed_login_version: Some(ManagedLoginVersion::NewerManagedLogin),
        ..UserPoolDomain::default()
    }
}

fn defaults(client: &str) -> ManagedLoginBranding {
    ManagedLoginBranding {
        client: Some(client.into()),
        use_cognito_provided_values: Some(true),
        ..ManagedLoginBranding::default()
    }
}

fn logo(bytes: &str) -> ManagedLoginBrandingAsset {
    ManagedLoginBrandingAsset {
        category: "PAGE_HEADER_LOGO".into(),
        color_mode: "LIGHT".into(),
        extension: "PNG".into(),
        bytes: Some(bytes.into()),
        resource_id: None,
    }
}

mod builders {
    use super::*;

    #[test]
    fn x_managed_login_branding() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_node(Some(pool), "mobile", Some("mobile"), UserPoolClient::default());
        s.add_child(pool, "hosted", managed_domain("example-auth"));
        let button = obj(vec![("backgroundColor", "0972d3ff".into()), ("textColor", "ffffffff".into())]);
        let settings = obj(vec![
            (
                "components",
                obj(vec![
                    ("primaryButton", obj(vec![("lightMode", obj(vec![("defaults", button)]))])),
                    ("pageBackground", obj(vec![("image", obj(vec![("enabled", true.into())]))])),
                ]),
            ),
            (
                "categories",
                obj(vec![(
                    "global",
                    obj(vec![("colorSchemeMode", "LIGHT".into()), ("spacingDensity", "REGULAR".into())]),
                )]),
            ),
        ]);
        let style = ManagedLoginBranding {
            client: Some("web".into()),
            settings: Some(Document(settings)),
            assets: Some(vec![logo(LOGO)]),
            return_merged_resources: Some(false),
            ..ManagedLoginBranding::default()
        };
        s.add_child(pool, "WebStyle", style);
        s.add_child(pool, "MobileStyle", defaults("mobile"));
        assert_parity(&s, "x_managed_login_branding");
    }

    #[test]
    fn x_managed_login_branding_imported() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        let o_auth = OAuthSettings {
            callback_urls: Some(vec!["https://app.example.com/callback".into()]),
            ..OAuthSettings::default()
        };
        let web =
            s.add_client(pool, "web", UserPoolClient { o_auth: Some(o_auth), ..UserPoolClient::default() });
        let style = ManagedLoginBranding {
            client: Some(web.into()),
            use_cognito_provided_values: Some(true),
            return_merged_resources: Some(true),
            ..ManagedLoginBranding::default()
        };
        s.add_child(pool, "Style", style);
        assert_parity(&s, "x_managed_login_branding_imported");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_managed_login_branding() {
        let stack = cognito! {
            user_pool Pool {
                client web {}
                client mobile {}
                domain hosted {
                    cognito_domain: { domain_prefix: "example-auth" },
                    managed_login_version: NEWER_MANAGED_LOGIN,
                }
                managed_login_branding WebStyle {
                    client: web,
                    settings: {
                        "components": {
                            "primaryButton": {
                                "lightMode": { "defaults": { "backgroundColor": "0972d3ff", "textColor": "ffffffff" } },
                            },
                            "pageBackground": { "image": { "enabled": true } },
                        },
                        "categories": { "global": { "colorSchemeMode": "LIGHT", "spacingDensity": "REGULAR" } },
                    },
                    assets: [{
                        category: PAGE_HEADER_LOGO,
                        color_mode: LIGHT,
                        extension: PNG,
                        bytes: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
                    }],
                    return_merged_resources: false,
                }
                managed_login_branding MobileStyle { client: mobile, use_cognito_provided_values: true }
            }
        };
        assert_parity(&stack, "x_managed_login_branding");
    }

    #[test]
    fn x_managed_login_branding_imported() {
        let stack = cognito! {
            user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                client web { o_auth: { callback_urls: ["https://app.example.com/callback"] } }
                managed_login_branding Style {
                    client: web,
                    use_cognito_provided_values: true,
                    return_merged_resources: true,
                }
            }
        };
        assert_parity(&stack, "x_managed_login_branding_imported");
    }
}

mod rules {
    use super::*;

    /// A pool with a managed login domain and a client `web`, and `branding` in it.
    fn pool_with(branding: ManagedLoginBranding) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "hosted", managed_domain("example-auth"));
        s.add_child(pool, "Style", branding);
        s
    }

    /// The one warning of `stack`, of rule `rule` at `path`: its message.
    fn warning(stack: &Stack, rule: &str, path: &str) -> String {
        assert!(stack.check().is_empty(), "a warning, no error: {:#?}", stack.check());
        let found: Vec<Violation> = stack.diagnose().into_iter().filter(|v| v.rule == rule).collect();
        let [w] = found.as_slice() else { panic!("expected one warning of {rule}: {found:#?}") };
        assert_eq!((w.severity, w.path.as_str()), (Severity::Warning, path));
        w.message.clone()
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("Style", defaults("web"));
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(
            m,
            "a `managed_login_branding` belongs to a user pool: declare it inside `user_pool … { }`"
        );
    }

    #[test]
    fn client_of_another_pool() {
        let mut s = pool_with(defaults("other_web"));
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
        let s =
            pool_with(ManagedLoginBranding { use_cognito_provided_values: Some(true), ..Default::default() });
        let m = violation(&s, "managed_login_branding.client", "");
        assert_eq!(
            m,
            "a `managed_login_branding` needs `client`, the app client its style is assigned to; add `client: my_client`. Cognito rejects it at deploy time (`CreateManagedLoginBranding` requires a `ClientId`)"
        );
    }

    #[test]
    fn one_per_client() {
        let mut s = pool_with(defaults("web"));
        let pool = s.find("Pool").expect("the pool");
        let second = s.add_child(pool, "Again", defaults("web"));
        let found: Vec<Violation> =
            s.check().into_iter().filter(|v| v.rule == "managed_login_branding.duplicate").collect();
        let [v] = found.as_slice() else { panic!("expected one violation: {found:#?}") };
        assert_eq!((v.node, v.path.as_str()), (Some(second), "client"));
        assert_eq!(
            v.message,
            "`web` already has a managed login style (`Pool/Style`), and an app client has one; keep one `managed_login_branding` per client. Cognito rejects the second at deploy time (ManagedLoginBrandingExistsException)"
        );
    }

    #[test]
    fn cognito_provided_values_exclude_settings_and_assets() {
        let branding = ManagedLoginBranding {
            settings: Some(Document::default()),
            assets: Some(vec![logo(LOGO)]),
            ..defaults("web")
        };
        let s = pool_with(branding);
        let m = violation(&s, "managed_login_branding.cognito_provided_values", "settings");
        assert_eq!(
            m,
            "`settings` cannot be given with `use_cognito_provided_values: true`, which applies Cognito's default style; remove `settings`, or `use_cognito_provided_values`. Cognito rejects it at deploy time"
        );
        let paths: Vec<String> = s.check().into_iter().map(|v| v.path).collect();
        assert_eq!(paths, ["settings", "assets"]);
    }

    #[test]
    fn plan() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool { feature_plan: Some(FeaturePlan::Lite), ..Default::default() });
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "Style", defaults("web"));
        let m = violation(&s, "managed_login_branding.plan", "");
        assert_eq!(
            m,
            "managed login branding is not available on the LITE feature plan, whose only pages are the classic hosted UI; set the pool's `feature_plan` to ESSENTIALS or PLUS. Cognito rejects it at deploy time"
        );
    }

    #[test]
    fn bytes_base64() {
        let branding = ManagedLoginBranding {
            client: Some("web".into()),
            assets: Some(vec![logo(LOGO), logo("this is not base64!")]),
            ..Default::default()
        };
        let s = pool_with(branding);
        let m = violation(&s, "managed_login_branding.bytes.base64", "assets.1.bytes");
        assert_eq!(
            m,
            "`bytes` must be the image file in Base64 (letters, digits, `+`, `/`, `=` padding, a multiple of 4 long), got \"this is not base64!\"; encode the file, e.g. `base64 -w0 logo.png`. Cognito rejects it at deploy time"
        );
        assert!(
            pool_with(ManagedLoginBranding { assets: Some(vec![logo("QUJD")]), ..defaults_with_assets() })
                .check()
                .is_empty()
        );
    }

    /// A branding of `web` with settings of its own (not Cognito's defaults).
    fn defaults_with_assets() -> ManagedLoginBranding {
        ManagedLoginBranding { client: Some("web".into()), ..Default::default() }
    }

    #[test]
    fn request_size() {
        let big = "A".repeat(1_000_000);
        let branding = ManagedLoginBranding {
            assets: Some(vec![logo(&big), logo(&big), logo(&big)]),
            ..defaults_with_assets()
        };
        let s = pool_with(branding);
        let m = violation(&s, "managed_login_branding.request_size", "");
        assert_eq!(
            m,
            "the style's `settings` and asset `bytes` add up to 3000000 bytes, over the 2 MB a managed login branding request may carry; use smaller images, or fewer. Cognito rejects it at deploy time"
        );
        let two =
            ManagedLoginBranding { assets: Some(vec![logo(&big), logo(&big)]), ..defaults_with_assets() };
        assert!(pool_with(two).check().is_empty(), "2,000,000 bytes are within the limit");
    }

    #[test]
    fn schema_violation_at_the_setting() {
        let asset = ManagedLoginBrandingAsset { color_mode: "SEPIA".into(), ..logo(LOGO) };
        let s = pool_with(ManagedLoginBranding { assets: Some(vec![asset]), ..defaults_with_assets() });
        let m = violation(&s, "schema.resource", "assets.0.color_mode");
        assert_eq!(
            m,
            "`color_mode` must be one of `LIGHT`, `DARK`, `DYNAMIC` (got \"SEPIA\"); CloudFormation rejects it at deploy time (the `AWS::Cognito::ManagedLoginBranding` schema, `Assets.0.ColorMode`)"
        );
    }

    #[test]
    fn without_managed_login_domain_a_warning() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_child(pool, "Style", defaults("web"));
        let m = warning(&s, "cfn_item.managed_login", "");
        assert_eq!(
            m,
            "this `managed_login_branding` shows only on managed login pages, and its user pool has no domain that serves them, so its style shows nowhere; add `managed_login_version: NEWER_MANAGED_LOGIN` to the pool's `domain` (or add one)"
        );
        assert!(s.synth().is_ok(), "a warning does not stop synth");
    }

    #[test]
    fn managed_login_domain_without_branding_a_warning() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_node(Some(pool), "web", Some("web"), UserPoolClient::default());
        s.add_node(Some(pool), "mobile", Some("mobile"), UserPoolClient::default());
        // No OAuth: no hosted pages, no style needed.
        let api = UserPoolClient { disable_o_auth: Some(true), ..Default::default() };
        s.add_node(Some(pool), "api", Some("api"), api);
        s.add_child(pool, "hosted", managed_domain("example-auth"));
        s.add_child(pool, "WebStyle", defaults("web"));
        let m = warning(&s, "domain.branding", "managed_login_version");
        assert_eq!(
            m,
            "the domain serves managed login, but the pool's app client `mobile` has no `managed_login_branding`, so its sign-in pages say \"Login pages unavailable\" (Cognito: a client without a style has nonfunctional managed login pages); add `managed_login_branding … { client: mobile, use_cognito_provided_values: true }` to the pool for each, or use CLASSIC_HOSTED_UI"
        );
    }
}
