//! What a stack is built with besides its items: the synthesizer it deploys with, the
//! best-practice packs it runs and the findings it acknowledges, the changes accepted
//! against its deployed template. The types sit here, below the modules that act on them
//! (`app`, `nag`, `change`), so that the stack holds them without naming those modules.

use crate::core::node::NodeId;
use crate::core::table::Members;

/// How a stack is deployed: the CDK's `synthesizer` prop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Synthesizer {
    /// `BootstraplessSynthesizer()`: no `BootstrapVersion`, no asset manifest, no file
    /// assets; what a stack without assets gets.
    Bootstrapless,
    /// `DefaultStackSynthesizer()`: the bootstrap bucket and roles (qualifier `hnb659fds`),
    /// the `BootstrapVersion` parameter and rule, an asset manifest holding the template;
    /// what a stack with file assets gets.
    Default,
}

/// A pack of best-practice rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pack {
    /// cdk-nag's `AwsSolutionsChecks`: the AWS Solutions security matrix.
    AwsSolutions,
}

impl Pack {
    /// The pack's name, the prefix of its rule ids (`AwsSolutions-COG1`).
    pub fn name(self) -> &'static str {
        match self {
            Pack::AwsSolutions => "AwsSolutions",
        }
    }
}

/// The packs as the language names them: `checks: [AWS_SOLUTIONS]`.
impl Members for Pack {
    const TYPE: &'static str = "Pack";
    const MEMBERS: &'static [(&'static str, &'static str, Pack)] =
        &[("AWS_SOLUTIONS", "AwsSolutions", Pack::AwsSolutions)];

    fn variant(self) -> &'static str {
        match self {
            Pack::AwsSolutions => "AwsSolutions",
        }
    }
}

/// A finding id acknowledged on an item and everything below it, as cdk-nag 3.0.2 reads
/// `Validations.of(construct).acknowledge({ id, reason })`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acknowledgement {
    /// The item (`None`: the whole stack).
    pub scope: Option<NodeId>,
    /// The id as written: `AwsSolutions-COG2`, `AwsSolutions-IAM5[Resource::*]`.
    pub rule: String,
    /// Why the finding does not apply; required.
    pub reason: String,
}

/// A stack's best-practice settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Checks {
    pub packs: Vec<Pack>,
    pub acknowledgements: Vec<Acknowledgement>,
}

/// Replacements and removals accepted on a stack, for [`Stack::check_update`](crate::Stack::check_update).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    /// Items whose resources may be replaced (or renamed): `accept_replacement: true`.
    pub items: Vec<NodeId>,
    /// Logical ids of the baseline that may be removed: `accept_removal: ["…"]`.
    pub removals: Vec<String>,
}
