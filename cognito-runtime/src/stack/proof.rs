//! The proof a `cognito!` expansion gives the stack it builds: the macro ran every rule on
//! that stack at compile time, so `template` (and `synth`, `synth_to_string`, the command
//! line) need not run them again, only render. Any change through the public API takes the
//! proof away, and the rules run as for any stack.

use super::Stack;

/// Whether every rule held on the stack as it is now, as `cognito!` checked it. Stacks
/// compare equal whatever their proof: equality is about the items.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Proof(bool);

impl PartialEq for Proof {
    fn eq(&self, _: &Proof) -> bool {
        true
    }
}

impl Stack {
    /// The expansion of `cognito!` calls this last, on a stack whose every value it wrote
    /// and checked (none computed at run time: no `(EXPR)`). Not for other callers: a stack
    /// marked so skips its rules in [`Stack::template`] until it is changed.
    #[doc(hidden)]
    pub fn __checked_by_macro(mut self) -> Stack {
        self.proof = Proof(true);
        self
    }

    /// Whether the stack carries the macro's proof (for the tests that every change takes it
    /// away).
    #[doc(hidden)]
    pub fn __is_checked_by_macro(&self) -> bool {
        self.proof.0
    }

    /// Whether the rules held on the stack as it is now, as the macro checked them.
    pub(crate) fn proven(&self) -> bool {
        self.proof.0
    }

    /// Takes the proof away: every method that changes the stack calls this.
    pub(crate) fn changed(&mut self) -> &mut Stack {
        self.proof = Proof(false);
        self
    }
}
