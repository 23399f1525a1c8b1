//! Parity with the AWS CDK for imported domains, groups, identity providers and resource
//! servers, through `cognito!` (one name of each case given as an `(EXPR)`); and their rules
//! with names known only at run time.

mod common;

use cognito::cognito;
use common::*;

#[test]
fn x_import_domain() {
    let custom = "auth.example.com";
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        user_pool_domain Prefix = from_domain_name("my-app-auth");
        user_pool_domain Custom = from_domain_name((custom));
        user_pool_domain Token = from_domain_name(import_value("AuthDomain"));
        output PrefixName { value: Prefix.domain_name }
        output CustomName { value: Custom.domain_name }
        output TokenName { value: Token.domain_name }
    };
    assert_parity_besides(&stack, "x_import_domain", "pad");
}

#[test]
fn x_import_group() {
    let readers = String::from("readers");
    let stack = cognito! {
        user_pool pad {} // a resource, as CloudFormation refuses a stack without one
        parameter GroupNameParam { type: "String" }
        user_pool_group Admins = from_group_name("admins");
        user_pool_group Readers = from_group_name((readers));
        user_pool_group Other = from_group_name(GroupNameParam);
        output AdminsName { value: Admins.group_name }
        output ReadersName { value: Readers.group_name }
        output OtherName { value: Other.group_name }
    };
    assert_parity_besides(&stack, "x_import_group", "pad");
}

#[test]
fn x_import_identity_provider() {
    let social = "Google";
    let stack = cognito! {
        user_pool_identity_provider Corp = from_provider_name("CorpSaml");
        user_pool_identity_provider Social = from_provider_name((social));
        user_pool_identity_provider Token = from_provider_name(import_value("ProviderName"));
        user_pool Pool {
            // An import registers on no pool: this client lists only COGNITO.
            client Plain {}
            client Named { supported_identity_providers: [custom("CorpSaml")] }
        }
        output CorpName { value: Corp.provider_name }
        output SocialName { value: Social.provider_name }
        output TokenName { value: Token.provider_name }
    };
    assert_parity(&stack, "x_import_identity_provider");
}

#[test]
fn x_import_resource_server() {
    let orders = "https://api.example.com/orders";
    let stack = cognito! {
        user_pool_resource_server Users = from_user_pool_resource_server_id("users");
        user_pool_resource_server Orders = from_user_pool_resource_server_id((orders));
        user_pool_resource_server Token = from_user_pool_resource_server_id(import_value("ServerId"));
        user_pool Pool {
            client Client {
                generate_secret: true,
                o_auth: {
                    flows: { client_credentials: true },
                    scopes: [
                        resource_server(Users, "read"),
                        resource_server(Orders, "read"),
                        resource_server(Token, "read"),
                    ],
                },
            }
        }
        output UsersId { value: Users.user_pool_resource_server_id }
        output OrdersId { value: Orders.user_pool_resource_server_id }
        output TokenId { value: Token.user_pool_resource_server_id }
    };
    assert_parity(&stack, "x_import_resource_server");
}

/// A name given at run time is checked when the stack is synthesized, by the rule a literal
/// meets at compile time (tests/ui/import), at the import's path.
#[test]
fn run_time_names_are_checked() {
    let bad = "has space";
    let cases = [
        (
            cognito! { user_pool pad {} user_pool_domain D = from_domain_name((bad)); },
            "domain.domain_name.format",
            "from_domain_name",
        ),
        (
            cognito! { user_pool pad {} user_pool_group G = from_group_name((bad)); },
            "group.group_name",
            "from_group_name",
        ),
        (
            cognito! { user_pool pad {} user_pool_identity_provider P = from_provider_name((bad)); },
            "idp.name.pattern",
            "from_provider_name",
        ),
        (
            cognito! { user_pool pad {} user_pool_resource_server R = from_user_pool_resource_server_id((bad)); },
            "resource_server.identifier",
            "from_user_pool_resource_server_id",
        ),
    ];
    for (stack, rule, path) in cases {
        let e = stack.synth().expect_err(rule);
        assert!(e.violations.iter().any(|v| v.rule == rule && v.path == path), "{rule}: {e}");
    }
}
