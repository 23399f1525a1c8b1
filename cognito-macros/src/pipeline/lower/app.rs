//! Apps: a block of two `stack` items or more. Each stack is lowered on its own, with its own
//! spans (a node's index is its position in its stack); the names of all their top-level
//! items form one namespace, and a reference to another stack's item is lowered as any
//! reference (the runtime's `App` makes the export and the import).

use cognito_runtime::{Stack, Synthesizer};

use super::items::{Lowered, lower_entries, stack_decl, stack_entries};
use super::{Lx, Spans, enums};
use crate::pipeline::ast::{Entry, Input, ItemDecl, Value};

/// The reference names the block declares at the top level of its stacks (or of the block,
/// without `stack`): what a misspelt reference is compared with.
pub(super) fn names(input: &Input, stacks: &[&ItemDecl]) -> Vec<String> {
    let entries: Vec<&Entry> = match stacks {
        [] => input.entries.iter().collect(),
        _ => stacks.iter().flat_map(|d| stack_entries(d)).collect(),
    };
    entries
        .iter()
        .filter_map(|e| match e {
            Entry::Item(i) => i.id.name(),
            Entry::Setting(_) => None,
        })
        .collect()
}

/// Lowers each `stack` of an app with its own spans; the syntax errors and what sits outside
/// every stack are reported with the first.
pub(super) fn lower_app(input: &Input, stacks: &[&ItemDecl], names: Vec<String>) -> Vec<Lowered> {
    let mut out = Vec::with_capacity(stacks.len());
    for (i, decl) in stacks.iter().enumerate() {
        let mut lx = Lx { names: names.clone(), ..Lx::default() };
        if i == 0 {
            lx.errors.extend(input.errors.iter().cloned());
            outside_every_stack(input, &mut lx);
        }
        let (mut stack, baseline): (Stack, _) = stack_decl(decl, &mut lx);
        record_stack_name(decl, &mut lx);
        lower_entries(&stack_entries(decl), false, &mut lx, &mut stack);
        out.push(Lowered { stack, lx, baseline });
    }
    out
}

/// In an app every item belongs to a stack.
fn outside_every_stack(input: &Input, lx: &mut Lx) {
    for entry in &input.entries {
        match entry {
            Entry::Item(i) if i.kind == "stack" => {}
            Entry::Item(i) => lx.error(
                i.kind.span(),
                i.id.span().1,
                format!(
                    "`{} {}` is outside every `stack`: in a block of several stacks each item belongs to one; move it into a `stack … {{ }}`",
                    i.kind,
                    i.id.construct_id()
                ),
            ),
            Entry::Setting(s) => lx.error(
                s.key.span(),
                s.key.span(),
                format!("`{}` is a setting outside every `stack`; settings of a stack go inside its `stack NAME {{ … }}`", s.key),
            ),
        }
    }
}

/// Records the stack's name as the place of what concerns the stack as a whole (no item, no
/// field path): CloudFormation's limits, a template too big to deploy inline.
pub(super) fn record_stack_name(decl: &ItemDecl, lx: &mut Lx) {
    let (first, last) = decl.id.span();
    lx.spans.insert((None, String::new()), Spans { key: first, value: (first, last) });
}

/// `synthesizer: DEFAULT | BOOTSTRAPLESS`, or the CDK's class names
/// (`DefaultStackSynthesizer`, `BootstraplessSynthesizer`).
pub(super) fn synthesizer(v: &Value, lx: &mut Lx) -> Option<Option<Synthesizer>> {
    let members = [
        ("DEFAULT", "Default", Synthesizer::Default),
        ("BOOTSTRAPLESS", "Bootstrapless", Synthesizer::Bootstrapless),
        ("DefaultStackSynthesizer", "DefaultStackSynthesizer", Synthesizer::Default),
        ("BootstraplessSynthesizer", "BootstraplessSynthesizer", Synthesizer::Bootstrapless),
    ];
    enums::lower_enum(v, lx, "Synthesizer", &members).map(Some)
}
