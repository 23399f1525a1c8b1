//! Where a stack deploys.

/// The props table of a stack's `env`: the single source of its fields (see
/// [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __stack_props {
    ($cb:path) => {
        $cb! {
        /// The account and region a stack deploys to; both unknown (`AWS::AccountId`,
        /// `AWS::Region`) for an environment-agnostic stack, the CDK's default.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Env "env" {
            /// The 12-digit account id.
            account: Option<String>,
            /// The region, e.g. `eu-west-1`.
            region: Option<String>,
        }
        }
    };
}

__stack_props!(crate::define_props);
