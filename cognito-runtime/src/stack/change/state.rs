//! Which resources hold state or identity, and what replacing or removing them loses.
//!
//! A role attachment (`AWS::Cognito::IdentityPoolRoleAttachment`), a user's group membership
//! (`AWS::Cognito::UserPoolUserToGroupAttachment`) and the other attachments hold nothing the
//! template does not say: CloudFormation re-creates them as they were. Roles, policies,
//! functions, permissions and log groups are re-created from the template too (a log group's
//! old logs are kept under the CDK's `Retain`). Replacing or removing those is reported, not
//! refused.

/// `(resource type, what it is called, what replacing or removing it loses)`.
const STATEFUL: &[(&str, &str, &str)] = &[
    ("AWS::Cognito::IdentityPool", "identity pool", "every identity id, and the data keyed by it"),
    (
        "AWS::Cognito::UserPool",
        "user pool",
        "every user and password, and the pool id every app is configured with",
    ),
    ("AWS::Cognito::UserPoolClient", "app client", "the client id (and secret) every app is configured with"),
    ("AWS::Cognito::UserPoolDomain", "domain", "the sign-in domain every app redirects to"),
    ("AWS::Cognito::UserPoolGroup", "group", "the group's memberships"),
    (
        "AWS::Cognito::UserPoolIdentityProvider",
        "identity provider",
        "the federated users' links to the provider",
    ),
    ("AWS::Cognito::UserPoolReplica", "replica", "the replica and the users it holds"),
    (
        "AWS::Cognito::UserPoolResourceServer",
        "resource server",
        "its scopes (`identifier/scope`), which clients are granted and APIs check",
    ),
    ("AWS::Cognito::UserPoolUser", "user", "the user: a new `sub`, the password, and a new invitation"),
];

/// Cognito: what replacing or removing a resource of type `ty` loses; `None` for a resource
/// without state or identity.
pub(crate) fn loss(ty: &str) -> Option<&'static str> {
    STATEFUL.iter().find(|(t, _, _)| *t == ty).map(|(_, _, loss)| *loss)
}

/// How a message names a resource of type `ty`: `user pool`, or the type itself.
pub(crate) fn noun(ty: &str) -> &str {
    STATEFUL.iter().find(|(t, _, _)| *t == ty).map_or(ty, |(_, noun, _)| *noun)
}
