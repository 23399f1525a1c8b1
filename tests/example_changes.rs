//! `examples/changes`: the README's "Changing a deployed pool". The example's stack is the
//! CDK's after side of the pair `change_readme` (its verdicts are `cdk diff`'s), and the
//! README shows, verbatim, what `--baseline` prints for it (CI runs the example and compares
//! too).

#[path = "../examples/changes/stack.rs"]
mod changes;
mod common;

use cognito::cli::{changes, run};
use common::cdk_diff::{cli_verdicts, our_verdicts};
use common::*;

const BASELINE: &str = "examples/changes/Stack.template.json";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_example_is_the_cdks_stack_and_its_verdicts_are_cdk_diffs() {
    let stack = changes::stack();
    assert_parity(&stack, "change_readme.after");
    assert_eq!(read(BASELINE), read("tests/fixtures/cdk/expected/cli/change_readme.before.json"));
    let report = stack.check_update_text(&read(BASELINE)).expect("the stack synthesizes");
    assert_eq!(our_verdicts(&report), cli_verdicts(&read("tests/fixtures/cdk/expected/change_readme.diff")));
}

/// The lines of the README's block that starts with `$ COMMAND`.
fn readme_output(command: &str) -> String {
    let readme = read("README.md");
    let start = format!("```console\n$ {command}\n");
    let at = readme.find(&start).unwrap_or_else(|| panic!("the README has no block `{start}`"));
    let rest = &readme[at + start.len()..];
    rest[..rest.find("```").expect("the block ends")].to_owned()
}

#[test]
fn the_readme_shows_what_baseline_prints() {
    let stack = changes::stack();
    let (report, refused) = changes(&stack, &[BASELINE]).expect("the baseline is read");
    let status =
        run(&stack, &[String::from("--baseline"), BASELINE.to_owned()]).expect_err("a change is refused");
    assert_eq!(refused, 2);
    let printed = format!("{report}{status}\n");
    let shown = readme_output(&format!("cargo run --example changes -- --baseline {BASELINE}"));
    assert_eq!(shown, printed, "the README's block, then what the example prints");
}
