//! The rules of each pack.

use super::aws_solutions;
use super::rule::Rule;
use crate::stack::settings::Pack;

impl Pack {
    /// The pack's rules, in the order it applies them.
    pub(crate) fn rules(self) -> &'static [Rule] {
        match self {
            Pack::AwsSolutions => aws_solutions::RULES,
        }
    }

    /// Whether `id` (`AwsSolutions-IAM5`, without a finding id) names a rule of the pack.
    pub fn has_rule(self, id: &str) -> bool {
        self.rules().iter().any(|r| r.id == id)
    }
}
