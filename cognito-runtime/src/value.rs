//! String-valued settings: a literal, or a CloudFormation value resolved at deploy time.

use std::fmt;

use crate::stack::NodeId;

/// A reference to an item of the same stack: by the name it was declared with, or by the
/// [`NodeId`] a builder returned.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    /// The item's reference name (the identifier in `cognito!`).
    Name(String),
    /// The node a builder call returned.
    Node(NodeId),
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
            ItemRef::Node(n) => write!(f, "node #{}", n.0),
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
    ResourceServerId,
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
            Attr::ResourceServerId => "user_pool_resource_server_id",
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
#[derive(Clone, Debug, PartialEq)]
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

/// How deep CloudFormation functions may nest in a value (`Fn::Join` in `Fn::Join` …); a
/// value is 1 deep, a join of values 2. A template holds each level as three levels of JSON,
/// so 32 keeps every template within the 128 levels JSON parsers such as serde_json accept;
/// `cognito!` cannot write a value this deep (it allows 64 levels of brackets, two per join).
pub const MAX_VALUE_DEPTH: usize = 32;

/// Dropped without recursion: a value built at run time may nest deeper than the stack
/// allows recursion (dropping it after [`crate::Stack::check`] reported it must not crash).
impl Drop for Value {
    fn drop(&mut self) {
        let mut nested = match self {
            Value::Join(_, parts) if parts.iter().any(Value::is_nested) => std::mem::take(parts),
            Value::ImportValue(inner) if inner.is_nested() => vec![std::mem::take(&mut **inner)],
            _ => return,
        };
        while let Some(mut v) = nested.pop() {
            match &mut v {
                Value::Join(_, parts) => nested.append(parts),
                Value::ImportValue(inner) => nested.push(std::mem::take(&mut **inner)),
                _ => {}
            }
        }
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

    /// True when the value holds other values (`Fn::Join`, `Fn::ImportValue`).
    fn is_nested(&self) -> bool {
        matches!(self, Value::Join(..) | Value::ImportValue(_))
    }

    /// How deep functions nest in the value (a literal is 1 deep), up to `limit + 1`:
    /// computed without recursion, and without walking further than the limit.
    pub fn depth(&self, limit: usize) -> usize {
        if !self.is_nested() {
            return 1;
        }
        let mut deepest = 0;
        let mut pending = vec![(self, 1)];
        while let Some((v, depth)) = pending.pop() {
            deepest = deepest.max(depth);
            if depth > limit {
                break;
            }
            match v {
                Value::Join(_, parts) => pending.extend(parts.iter().map(|p| (p, depth + 1))),
                Value::ImportValue(inner) => pending.push((inner, depth + 1)),
                _ => {}
            }
        }
        deepest
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

/// Literals print quoted, other values as their CloudFormation function; functions nested
/// deeper than [`MAX_VALUE_DEPTH`] print as `…`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, 1)
    }
}

impl Value {
    fn write(&self, f: &mut fmt::Formatter<'_>, depth: usize) -> fmt::Result {
        if depth > MAX_VALUE_DEPTH {
            return f.write_str("…");
        }
        match self {
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Ref(r) => write!(f, "Ref({r})"),
            Value::GetAtt(r, a) => write!(f, "GetAtt({r}.{a})"),
            Value::Join(sep, parts) => {
                write!(f, "Join({sep:?}, [")?;
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    p.write(f, depth + 1)?;
                }
                f.write_str("])")
            }
            Value::Sub(s) => write!(f, "Sub({s:?})"),
            Value::ImportValue(v) => {
                f.write_str("ImportValue(")?;
                v.write(f, depth + 1)?;
                f.write_str(")")
            }
            Value::Attr(item, attr) => write!(f, "{item}.{}", attr.name()),
        }
    }
}
