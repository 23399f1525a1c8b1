//! The command line (`cognito::cli`): what it writes, and how it answers wrong arguments.

use cognito::cli::{Args, run};
use cognito::{Stack, UserPool};

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn parse_error(list: &[&str]) -> String {
    match Args::parse(&args(list)) {
        Err(message) => message,
        Ok(parsed) => panic!("{list:?} parsed as {parsed:?}"),
    }
}

fn stack() -> Stack {
    let mut stack = Stack::new("Auth");
    stack.add("pool", UserPool::default());
    stack
}

#[test]
fn an_unknown_argument_is_rejected_with_the_flag_it_probably_means() {
    assert_eq!(
        parse_error(&["--tempalte", "t.json"]),
        "unknown argument `--tempalte`; did you mean `--template`?"
    );
    assert_eq!(parse_error(&["--ot", "dir"]), "unknown argument `--ot`; did you mean `--out`?");
}

#[test]
fn an_unknown_argument_far_from_every_flag_lists_them() {
    assert_eq!(
        parse_error(&["deploy"]),
        "unknown argument `deploy`; the arguments are `--template FILE`, `--out DIR`, `--help`"
    );
}

#[test]
fn a_flag_without_its_value_is_rejected() {
    assert_eq!(parse_error(&["--template"]), "`--template` needs a value: `--template FILE`");
    assert_eq!(parse_error(&["--out", "--template", "t.json"]), "`--out` needs a value: `--out DIR`");
}

#[test]
fn a_flag_given_twice_or_a_value_to_a_flag_without_one_is_rejected() {
    assert_eq!(parse_error(&["--out", "a", "--out=b"]), "`--out` is given twice; give it once");
    assert_eq!(parse_error(&["--help=all"]), "`--help` takes no value (got `all`); write `--help`");
}

#[test]
fn run_reports_argument_errors_before_doing_anything() {
    assert_eq!(
        run(&stack(), &args(&["--tempalte", "t.json"])),
        Err("unknown argument `--tempalte`; did you mean `--template`?".to_owned())
    );
}

#[test]
fn help_lists_every_flag() {
    assert_eq!(Args::parse(&args(&["-h"])), Args::parse(&args(&["--help"])));
    let help = cognito::cli::help();
    for line in ["--template FILE", "--out DIR", "-h, --help"] {
        assert!(help.contains(line), "{line} missing from:\n{help}");
    }
    assert_eq!(run(&stack(), &args(&["--help"])), Ok(()));
}

#[test]
fn template_and_out_write_the_template_and_the_assembly() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-test");
    let file = dir.join("t.json");
    let out = dir.join("assembly");
    let (file_arg, out_arg) = (file.to_string_lossy().into_owned(), format!("--out={}", out.display()));
    run(&stack(), &args(&["--template", &file_arg, &out_arg])).unwrap();
    let template = std::fs::read_to_string(&file).unwrap();
    assert_eq!(template, stack().synth_to_string().unwrap() + "\n");
    assert!(out.join("Auth.template.json").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_broken_rule_is_an_error_not_a_template() {
    let mut broken = Stack::new("Auth");
    broken.add("", UserPool::default());
    let message = run(&broken, &args(&[])).unwrap_err();
    assert_eq!(message, "an item's construct id must not be empty");
}
