//! The proof a `cognito!` expansion gives the stack it builds: the macro ran every rule on
//! that stack at compile time, so `template` (and `synth`, `synth_to_string`, the command
//! line) need not run them again, only render. Any change through the public API takes the
//! proof away (`Stack::changed`), and the rules run as for any stack.
//!
//! Where the macro knew every value of the stack (no `(EXPR)`, no file), it also rendered
//! the template at compile time, and the proof carries that text: `synth_to_string` and the
//! command line print it rather than render it again.

/// Whether every rule held on the stack as it is now, as `cognito!` checked it, and the
/// template it synthesized then. Stacks compare equal whatever their proof: equality is
/// about the items.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Proof {
    given: bool,
    template: Option<&'static str>,
}

impl Proof {
    /// What the expansion gives its stack last, with the template it rendered (if it did).
    pub(crate) fn given(template: Option<&'static str>) -> Proof {
        Proof { given: true, template }
    }

    /// Whether the proof is there.
    pub(crate) fn holds(self) -> bool {
        self.given
    }

    /// The template the macro rendered (only a proof given carries one).
    pub(crate) fn template(self) -> Option<&'static str> {
        self.template
    }
}

impl PartialEq for Proof {
    fn eq(&self, _: &Proof) -> bool {
        true
    }
}
