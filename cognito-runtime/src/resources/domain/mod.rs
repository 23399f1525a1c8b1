//! `UserPoolDomain`: the props of the AWS CDK's `UserPoolDomain` construct
//! (`AWS::Cognito::UserPoolDomain`), added with `pool.addDomain(id, …)` (`domain ID { … }`
//! inside a `user_pool`) or created on its own (`user_pool_domain ID { user_pool: …, … }`);
//! and domains imported with `UserPoolDomain.fromDomainName`.

mod render;
pub(crate) mod rules;

use crate::core::value::{ItemRef, Value};

pub(crate) use render::domain_attr;

/// The props table of `user_pool_domain` (`domain` in a pool) and of the blocks inside it: the
/// single source of their fields (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __domain_props {
    ($cb:path) => {
        $cb! {
        /// The props of a user pool domain.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolDomain "domain" {
            /// `userPool`: the pool, for a domain declared at the top level (a domain nested in a
            /// pool belongs to it and leaves this `None`).
            user_pool: Option<ItemRef> => pool_ref,
            /// `cognitoDomain`: a prefix of `amazoncognito.com`.
            cognito_domain: Option<CognitoDomainOptions>,
            /// `customDomain`: a domain of your own, served through CloudFront.
            custom_domain: Option<CustomDomainOptions>,
            /// `managedLoginVersion`.
            managed_login_version: Option<ManagedLoginVersion>,
        }

        /// `CognitoDomainOptions`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct CognitoDomainOptions "cognito_domain" {
            /// `domainPrefix` (required): `https://<prefix>.auth.<region>.amazoncognito.com`.
            [required] domain_prefix: Value,
        }

        /// `CustomDomainOptions`.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct CustomDomainOptions "custom_domain" {
            /// `domainName` (required), e.g. `auth.example.com`.
            [required] domain_name: Value,
            /// `certificate` (required): the ARN of the ACM certificate, as the CDK's
            /// `Certificate.fromCertificateArn` takes it.
            [required] certificate: Value => certificate,
        }

        /// `ManagedLoginVersion`.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub enum ManagedLoginVersion "ManagedLoginVersion" {
            /// `CLASSIC_HOSTED_UI` (1).
            #[default]
            ClassicHostedUi = CLASSIC_HOSTED_UI,
            /// `NEWER_MANAGED_LOGIN` (2).
            NewerManagedLogin = NEWER_MANAGED_LOGIN,
        }
        }
    };
}

__domain_props!(crate::define_props);

/// A domain imported with `UserPoolDomain.fromDomainName(scope, id, domainName)`: it creates
/// no resource and exposes its name (the CDK's `IUserPoolDomain` has no URLs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedUserPoolDomain {
    /// The domain's name: its prefix (`my-app`) or its custom domain (`auth.example.com`).
    pub domain_name: Value,
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
