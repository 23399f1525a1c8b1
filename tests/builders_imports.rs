//! Parity with the AWS CDK for imported domains, groups, identity providers and resource
//! servers, through the runtime builders.

mod common;

use cognito::*;
use common::pool::output;
use common::*;

#[test]
fn x_import_domain() {
    let mut s = Stack::new("Stack");
    let prefix = s.add("Prefix", ImportedUserPoolDomain { domain_name: "my-app-auth".into() });
    let custom = s.add("Custom", ImportedUserPoolDomain { domain_name: "auth.example.com".into() });
    let token = s.add("Token", ImportedUserPoolDomain { domain_name: Value::import_value("AuthDomain") });
    s.add("PrefixName", output(Value::attr(prefix, Attr::DomainName)));
    s.add("CustomName", output(Value::attr(custom, Attr::DomainName)));
    s.add("TokenName", output(Value::attr(token, Attr::DomainName)));
    assert_stricter_without_resources(&s, "x_import_domain");
}

#[test]
fn x_import_group() {
    let mut s = Stack::new("Stack");
    let name = s.add("GroupNameParam", Parameter { r#type: Some("String".into()), ..Parameter::default() });
    let admins = s.add("Admins", ImportedUserPoolGroup { group_name: "admins".into() });
    let readers = s.add("Readers", ImportedUserPoolGroup { group_name: "readers".into() });
    let other = s.add("Other", ImportedUserPoolGroup { group_name: Value::attr(name, Attr::ValueAsString) });
    s.add("AdminsName", output(Value::attr(admins, Attr::GroupName)));
    s.add("ReadersName", output(Value::attr(readers, Attr::GroupName)));
    s.add("OtherName", output(Value::attr(other, Attr::GroupName)));
    assert_stricter_without_resources(&s, "x_import_group");
}

#[test]
fn x_import_identity_provider() {
    let mut s = Stack::new("Stack");
    let corp = s.add("Corp", ImportedUserPoolIdentityProvider { provider_name: "CorpSaml".into() });
    let social = s.add("Social", ImportedUserPoolIdentityProvider { provider_name: "Google".into() });
    let token = s.add(
        "Token",
        ImportedUserPoolIdentityProvider { provider_name: Value::import_value("ProviderName") },
    );
    let pool = s.add("Pool", UserPool::default());
    // An import registers on no pool: this client lists only COGNITO.
    s.add_child(pool, "Plain", UserPoolClient::default());
    s.add_child(
        pool,
        "Named",
        UserPoolClient {
            supported_identity_providers: Some(vec![UserPoolClientIdentityProvider::Custom(
                "CorpSaml".into(),
            )]),
            ..UserPoolClient::default()
        },
    );
    s.add("CorpName", output(Value::attr(corp, Attr::ProviderName)));
    s.add("SocialName", output(Value::attr(social, Attr::ProviderName)));
    s.add("TokenName", output(Value::attr(token, Attr::ProviderName)));
    assert_parity(&s, "x_import_identity_provider");
}

#[test]
fn x_import_resource_server() {
    let mut s = Stack::new("Stack");
    let users =
        s.add("Users", ImportedUserPoolResourceServer { user_pool_resource_server_id: "users".into() });
    let orders = s.add(
        "Orders",
        ImportedUserPoolResourceServer {
            user_pool_resource_server_id: "https://api.example.com/orders".into(),
        },
    );
    let token = s.add(
        "Token",
        ImportedUserPoolResourceServer { user_pool_resource_server_id: Value::import_value("ServerId") },
    );
    let pool = s.add("Pool", UserPool::default());
    let read = |server: NodeId| OAuthScope::ResourceServer { server: server.into(), scope: "read".into() };
    s.add_child(
        pool,
        "Client",
        UserPoolClient {
            generate_secret: Some(true),
            o_auth: Some(OAuthSettings {
                flows: Some(OAuthFlows { client_credentials: true, ..OAuthFlows::default() }),
                scopes: Some(vec![read(users), read(orders), read(token)]),
                ..OAuthSettings::default()
            }),
            ..UserPoolClient::default()
        },
    );
    s.add("UsersId", output(Value::attr(users, Attr::UserPoolResourceServerId)));
    s.add("OrdersId", output(Value::attr(orders, Attr::UserPoolResourceServerId)));
    s.add("TokenId", output(Value::attr(token, Attr::UserPoolResourceServerId)));
    assert_parity(&s, "x_import_resource_server");
}
