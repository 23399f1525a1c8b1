//! String-valued settings: a literal, or a CloudFormation value resolved at deploy time.

use std::fmt;

use crate::core::node::NodeId;

/// A reference to an item of the same stack: by the name it was declared with, by a path of
/// names, or by the [`NodeId`] a builder returned.
///
/// Names of nested items are scoped to their parent: a name resolves in the nearest scope
/// that declares it (the referring item's own children, then its pool's items, …, then the
/// top level), and a name declared once anywhere resolves from everywhere. A path names an
/// item through its parents: `["pool_a", "web"]` is the item `web` of `pool_a`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    /// The item's reference name (the identifier in `cognito!`).
    Name(String),
    /// `pool_a.web`: the item named by the last name, nested in the item the names before it
    /// name (the first resolves as a [`ItemRef::Name`]).
    Path(Vec<String>),
    /// The node a builder call returned.
    Node(NodeId),
}

impl ItemRef {
    /// `pool_a.web`: the item `web` nested in `pool_a`.
    pub fn path<S: Into<String>>(names: impl IntoIterator<Item = S>) -> ItemRef {
        ItemRef::Path(names.into_iter().map(Into::into).collect())
    }
}

/// An empty name, which refers to nothing (a placeholder while a value is being built).
impl Default for ItemRef {
    fn default() -> ItemRef {
        ItemRef::Name(String::new())
    }
}

impl From<&str> for ItemRef {
    fn from(s: &str) -> ItemRef {
        ItemRef::Name(s.to_owned())
    }
}
impl From<String> for ItemRef {
    fn from(s: String) -> ItemRef {
        ItemRef::Name(s)
    }
}
impl From<NodeId> for ItemRef {
    fn from(n: NodeId) -> ItemRef {
        ItemRef::Node(n)
    }
}

impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemRef::Name(n) => f.write_str(n),
            ItemRef::Path(names) => f.write_str(&names.join(".")),
            ItemRef::Node(n) => write!(f, "{n}"),
        }
    }
}

/// An attribute another item exposes, e.g. a pool's id or a client's id.
#[derive(Clone, Debug, PartialEq)]
pub enum Attr {
    /// `user_pool_id` of a user pool (`Ref`, or the imported id).
    UserPoolId,
    /// `user_pool_arn` of a user pool.
    UserPoolArn,
    /// `user_pool_provider_name` of a user pool.
    UserPoolProviderName,
    /// `user_pool_provider_url` of a created user pool.
    UserPoolProviderUrl,
    /// `user_pool_client_id` of an app client.
    UserPoolClientId,
    /// `user_pool_client_name` of an app client created with a name.
    UserPoolClientName,
    /// `user_pool_client_secret` of an app client (not supported: the CDK reads it with a
    /// custom resource).
    UserPoolClientSecret,
    /// `domain_name` of a domain.
    DomainName,
    /// `cloud_front_endpoint` of a domain.
    CloudFrontEndpoint,
    /// `base_url(fips)` of a domain.
    BaseUrl {
        /// The FIPS endpoint (`.auth-fips.`).
        fips: bool,
    },
    /// `sign_in_url(client, redirect_uri, …)` of a domain.
    SignInUrl(Box<SignInUrl>),
    /// `user_pool_resource_server_id` of a resource server.
    UserPoolResourceServerId,
    /// `group_name` of a group.
    GroupName,
    /// `provider_name` of an identity provider.
    ProviderName,
    /// `function_arn` of a Lambda function.
    FunctionArn,
    /// `function_name` of a Lambda function.
    FunctionName,
    /// `role_arn` of an IAM role.
    RoleArn,
    /// `role_name` of an IAM role.
    RoleName,
    /// `value_as_string` of a parameter.
    ValueAsString,
    /// `identity_pool_id` of an identity pool.
    IdentityPoolId,
    /// `identity_pool_arn` of an identity pool.
    IdentityPoolArn,
    /// `identity_pool_name` of an identity pool.
    IdentityPoolName,
}

/// The arguments of a domain's `sign_in_url`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignInUrl {
    /// The app client the URL signs in to.
    pub client: Option<ItemRef>,
    /// Where the hosted UI redirects after sign-in.
    pub redirect_uri: String,
    /// The path of the sign-in page (default `/login`).
    pub sign_in_path: Option<String>,
    /// The FIPS endpoint.
    pub fips: bool,
}

impl Attr {
    /// The name of every attribute, as `cognito!` writes it after a `.`.
    pub const NAMES: &'static [&'static str] = &[
        "user_pool_id",
        "user_pool_arn",
        "user_pool_provider_name",
        "user_pool_provider_url",
        "user_pool_client_id",
        "user_pool_client_name",
        "user_pool_client_secret",
        "domain_name",
        "cloud_front_endpoint",
        "base_url",
        "sign_in_url",
        "user_pool_resource_server_id",
        "group_name",
        "provider_name",
        "function_arn",
        "function_name",
        "role_arn",
        "role_name",
        "value_as_string",
        "identity_pool_id",
        "identity_pool_arn",
        "identity_pool_name",
    ];

    /// The attribute written `name` (`base_url` without FIPS, `sign_in_url` without its
    /// arguments), if there is one.
    pub fn named(name: &str) -> Option<Attr> {
        Some(match name {
            "user_pool_id" => Attr::UserPoolId,
            "user_pool_arn" => Attr::UserPoolArn,
            "user_pool_provider_name" => Attr::UserPoolProviderName,
            "user_pool_provider_url" => Attr::UserPoolProviderUrl,
            "user_pool_client_id" => Attr::UserPoolClientId,
            "user_pool_client_name" => Attr::UserPoolClientName,
            "user_pool_client_secret" => Attr::UserPoolClientSecret,
            "domain_name" => Attr::DomainName,
            "cloud_front_endpoint" => Attr::CloudFrontEndpoint,
            "base_url" => Attr::BaseUrl { fips: false },
            "sign_in_url" => Attr::SignInUrl(Box::default()),
            "user_pool_resource_server_id" => Attr::UserPoolResourceServerId,
            "group_name" => Attr::GroupName,
            "provider_name" => Attr::ProviderName,
            "function_arn" => Attr::FunctionArn,
            "function_name" => Attr::FunctionName,
            "role_arn" => Attr::RoleArn,
            "role_name" => Attr::RoleName,
            "value_as_string" => Attr::ValueAsString,
            "identity_pool_id" => Attr::IdentityPoolId,
            "identity_pool_arn" => Attr::IdentityPoolArn,
            "identity_pool_name" => Attr::IdentityPoolName,
            _ => return None,
        })
    }

    /// The name the attribute is written with in `cognito!` (`pool.user_pool_id`).
    pub fn name(&self) -> &'static str {
        match self {
            Attr::UserPoolId => "user_pool_id",
            Attr::UserPoolArn => "user_pool_arn",
            Attr::UserPoolProviderName => "user_pool_provider_name",
            Attr::UserPoolProviderUrl => "user_pool_provider_url",
            Attr::UserPoolClientId => "user_pool_client_id",
            Attr::UserPoolClientName => "user_pool_client_name",
            Attr::UserPoolClientSecret => "user_pool_client_secret",
            Attr::DomainName => "domain_name",
            Attr::CloudFrontEndpoint => "cloud_front_endpoint",
            Attr::BaseUrl { .. } => "base_url",
            Attr::SignInUrl(_) => "sign_in_url",
            Attr::UserPoolResourceServerId => "user_pool_resource_server_id",
            Attr::GroupName => "group_name",
            Attr::ProviderName => "provider_name",
            Attr::FunctionArn => "function_arn",
            Attr::FunctionName => "function_name",
            Attr::RoleArn => "role_arn",
            Attr::RoleName => "role_name",
            Attr::ValueAsString => "value_as_string",
            Attr::IdentityPoolId => "identity_pool_id",
            Attr::IdentityPoolArn => "identity_pool_arn",
            Attr::IdentityPoolName => "identity_pool_name",
        }
    }
}

/// A string setting: a literal, or a CloudFormation value known only at deploy time. The
/// rules check literals; like the CDK with tokens, they let other values through.
///
/// A value built at run time may nest deeper than recursion allows: cloning, comparing,
/// printing and dropping one never recurse (see `core/nesting.rs`).
pub enum Value {
    /// A literal string.
    Str(String),
    /// `{"Ref": name}`: a parameter, a pseudo parameter (`AWS::Region`) or a logical id.
    Ref(String),
    /// `{"Fn::GetAtt": [logical_id, attribute]}`.
    GetAtt(String, String),
    /// `{"Fn::Join": [separator, parts]}`.
    Join(String, Vec<Value>),
    /// `{"Fn::Sub": template}`.
    Sub(String),
    /// `{"Fn::ImportValue": name}`.
    ImportValue(Box<Value>),
    /// An attribute of another item of the stack, e.g. `pool.user_pool_id`.
    Attr(ItemRef, Attr),
}

impl Default for Value {
    fn default() -> Value {
        Value::Str(String::new())
    }
}

impl Value {
    /// `{"Ref": name}`.
    pub fn reference(name: impl Into<String>) -> Value {
        Value::Ref(name.into())
    }
    /// `{"Fn::GetAtt": [logical_id, attribute]}`.
    pub fn get_att(logical_id: impl Into<String>, attribute: impl Into<String>) -> Value {
        Value::GetAtt(logical_id.into(), attribute.into())
    }
    /// `{"Fn::ImportValue": name}`.
    pub fn import_value(name: impl Into<Value>) -> Value {
        Value::ImportValue(Box::new(name.into()))
    }
    /// `{"Fn::Sub": template}`.
    pub fn sub(template: impl Into<String>) -> Value {
        Value::Sub(template.into())
    }
    /// `{"Fn::Join": [separator, parts]}`.
    pub fn join(separator: impl Into<String>, parts: impl IntoIterator<Item = Value>) -> Value {
        Value::Join(separator.into(), parts.into_iter().collect())
    }
    /// An attribute of another item of the stack.
    pub fn attr(item: impl Into<ItemRef>, attr: Attr) -> Value {
        Value::Attr(item.into(), attr)
    }

    /// The literal string, or `None` for a value resolved at deploy time.
    pub fn literal(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Str(s.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::Attr;

    #[test]
    fn every_attribute_name_names_its_attribute() {
        for name in Attr::NAMES {
            assert_eq!(Attr::named(name).map(|a| a.name()), Some(*name));
        }
        assert_eq!(Attr::named("web"), None);
    }
}
