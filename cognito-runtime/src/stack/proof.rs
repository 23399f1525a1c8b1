//! The proof a `cognito!` expansion gives the stack it builds: the macro ran every rule on
//! that stack at compile time, so `template` (and `synth`, `synth_to_string`, the command
//! line) need not run them again, only render. Any change through the public API takes the
//! proof away (`Stack::changed`), and the rules run as for any stack.

/// Whether every rule held on the stack as it is now, as `cognito!` checked it. Stacks
/// compare equal whatever their proof: equality is about the items.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Proof(bool);

impl Proof {
    /// What the expansion gives its stack last.
    pub(crate) fn given() -> Proof {
        Proof(true)
    }

    /// Whether the proof is there.
    pub(crate) fn holds(self) -> bool {
        self.0
    }
}

impl PartialEq for Proof {
    fn eq(&self, _: &Proof) -> bool {
        true
    }
}
