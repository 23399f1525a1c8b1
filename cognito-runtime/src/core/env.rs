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

/// `^[a-z]{2}(-[a-z]+)+-[0-9]+$`: how AWS names its Regions.
pub(crate) fn is_region(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else { return false };
    parts.len() >= 3
        && first.len() == 2
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && !last.is_empty()
        && last.bytes().all(|b| b.is_ascii_digit())
        && parts.get(1..parts.len() - 1).is_some_and(|middle| {
            middle.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
        })
}
