//! `UserPoolDomain`: the props of the AWS CDK's `UserPoolDomain` construct
//! (`AWS::Cognito::UserPoolDomain`), added with `pool.addDomain(id, …)` (`domain ID { … }`
//! inside a `user_pool`) or created on its own (`user_pool_domain ID { user_pool: …, … }`);
//! and domains imported with `UserPoolDomain.fromDomainName`.

mod render;
pub(crate) mod rules;

use crate::core::value::{ItemRef, Value};

pub(crate) use render::domain_attr;

/// The props of a user pool domain.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserPoolDomain {
    /// `userPool`: the pool, for a domain declared at the top level (a domain nested in a
    /// pool belongs to it and leaves this `None`).
    pub user_pool: Option<ItemRef>,
    /// `cognitoDomain`: a prefix of `amazoncognito.com`.
    pub cognito_domain: Option<CognitoDomainOptions>,
    /// `customDomain`: a domain of your own, served through CloudFront.
    pub custom_domain: Option<CustomDomainOptions>,
    /// `managedLoginVersion`.
    pub managed_login_version: Option<ManagedLoginVersion>,
}

/// A domain imported with `UserPoolDomain.fromDomainName(scope, id, domainName)`: it creates
/// no resource and exposes its name (the CDK's `IUserPoolDomain` has no URLs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolDomain {
    /// The domain's name: its prefix (`my-app`) or its custom domain (`auth.example.com`).
    pub domain_name: Value,
}

/// `CognitoDomainOptions`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CognitoDomainOptions {
    /// `domainPrefix` (required): `https://<prefix>.auth.<region>.amazoncognito.com`.
    pub domain_prefix: Value,
}

/// `CustomDomainOptions`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomDomainOptions {
    /// `domainName` (required), e.g. `auth.example.com`.
    pub domain_name: Value,
    /// `certificate` (required): the ARN of the ACM certificate, as the CDK's
    /// `Certificate.fromCertificateArn` takes it.
    pub certificate: Value,
}

/// `ManagedLoginVersion`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ManagedLoginVersion {
    /// `CLASSIC_HOSTED_UI` (1).
    #[default]
    ClassicHostedUi,
    /// `NEWER_MANAGED_LOGIN` (2).
    NewerManagedLogin,
}

impl ManagedLoginVersion {
    /// The number CloudFormation takes.
    pub fn number(self) -> i64 {
        match self {
            ManagedLoginVersion::ClassicHostedUi => 1,
            ManagedLoginVersion::NewerManagedLogin => 2,
        }
    }
}
