//! The command line (`cognito::cli`): what it writes, and how it answers wrong arguments.

use cognito::cli::{Args, app_changes, changes, run};
use cognito::{App, Stack, UserPool, UserPoolClient};

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
        "unknown argument `deploy`; the arguments are `--template FILE`, `--out DIR`, `--baseline FILE`, `--checks`, `--help`"
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
    for line in ["--template FILE", "--out DIR", "--baseline FILE", "--checks", "-h, --help"] {
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

fn app() -> cognito::App {
    let mut app = cognito::App::new();
    app.add_stack(stack());
    let mut api = Stack::new("Api");
    api.add("web", cognito::UserPoolClient { user_pool: Some("pool".into()), ..Default::default() });
    app.add_stack(api);
    app
}

#[test]
fn an_app_writes_each_template_asked_for_and_its_whole_assembly() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-app-test");
    let (auth, api, out) = (dir.join("auth.json"), dir.join("api.json"), dir.join("assembly"));
    std::fs::create_dir_all(&dir).unwrap();
    let auth_arg = format!("--template=Auth={}", auth.display());
    let api_arg = format!("Api={}", api.display());
    run(&app(), &args(&[&auth_arg, "--template", &api_arg, "--out", &out.to_string_lossy()])).unwrap();
    let assembly = app().synth().unwrap();
    for (file, name) in [(&auth, "Auth"), (&api, "Api")] {
        let written = std::fs::read_to_string(file).unwrap();
        let template = &assembly.stack(name).unwrap().template;
        assert_eq!(written, template.to_pretty_string() + "\n");
    }
    // The consumer's template imports what the producer's exports.
    assert!(std::fs::read_to_string(&api).unwrap().contains("Fn::ImportValue"));
    for file in ["manifest.json", "Auth.template.json", "Api.template.json"] {
        assert!(out.join(file).is_file(), "{file}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_app_template_needs_its_stack() {
    assert_eq!(
        run(&app(), &args(&["--template", "t.json"])),
        Err("`--template` takes `STACK=FILE` for an app of several stacks (got `t.json`): e.g. `--template Auth=t.json`; the stacks are `Auth`, `Api`".to_owned())
    );
    assert_eq!(
        run(&app(), &args(&["--template", "Aut=t.json"])),
        Err("`--template Aut=t.json`: the app has no stack `Aut`; did you mean `Auth`? the stacks are `Auth`, `Api`".to_owned())
    );
}

#[test]
fn a_stack_has_one_template() {
    assert_eq!(
        run(&stack(), &args(&["--template", "a.json", "--template", "b.json"])),
        Err("`--template` is given twice; a stack has one template: give it once".to_owned())
    );
}

#[test]
fn checks_takes_one_stack() {
    assert_eq!(
        run(&app(), &args(&["--checks"])),
        Err("`--checks` takes a program of one stack; in an app of several (`Auth`, `Api`), give a stack `checks: [AWS_SOLUTIONS]` (or call `Stack::enable_checks`): its findings are errors and warnings of the app".to_owned())
    );
}

#[test]
fn an_app_that_breaks_a_rule_writes_nothing() {
    let mut app = app();
    let mut again = Stack::new("Auth");
    again.add("other", UserPool::default());
    app.add_stack(again);
    let message = run(&app, &args(&[])).unwrap_err();
    assert_eq!(
        message,
        "stack `Auth`: name: stack `Auth` is declared twice: stack names are unique in an app (the CDK: \"There is already a Construct with name 'Auth' in App\"); rename one"
    );
}

/// `stack()` deployed (its template in a file), and the same stack with a client whose
/// secret replaces it.
fn deployed(name: &str) -> (String, Stack) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-baseline");
    std::fs::create_dir_all(&dir).unwrap();
    let mut before = stack();
    let pool = before.find("pool").unwrap();
    before.add_client(pool, "web", UserPoolClient::default());
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, before.synth_to_string().unwrap()).unwrap();
    let mut after = stack();
    let pool = after.find("pool").unwrap();
    after.add_client(pool, "web", UserPoolClient { generate_secret: Some(true), ..Default::default() });
    (file.to_string_lossy().into_owned(), after)
}

#[test]
fn baseline_prints_the_changes_and_fails_when_one_is_refused() {
    let (file, after) = deployed("refused");
    let (report, refused) = changes(&after, &[&file]).unwrap();
    assert_eq!(refused, 1);
    assert!(report.starts_with(&format!("stack `Auth` against {file}\nresource ")), "{report}");
    assert!(report.contains("[~] AWS::Cognito::UserPoolClient pool/web (poolwebD5960704)  replace  refused   changing `generate_secret`"), "{report}");
    assert!(report.ends_with("1 change, 1 refused\n"), "{report}");
    assert_eq!(
        run(&after, &args(&["--baseline", &file])),
        Err("1 change is refused: fix each one as its reason says, or accept the replacement or removal on \
             purpose (`accept_replacement: true` on the item, `accept_removal: [\"…\"]` on the stack)"
            .to_owned())
    );
    // Accepted, it is listed and the program succeeds.
    let mut accepted = after.clone();
    accepted.accept_replacement(accepted.node_id(1).unwrap());
    let (report, refused) = changes(&accepted, &[&file]).unwrap();
    assert!(report.contains("replace  accepted  changing `generate_secret`"), "{report}");
    assert_eq!(refused, 0);
    assert_eq!(run(&accepted, &args(&["--baseline", &file])), Ok(()));
}

#[test]
fn baseline_names_the_stack_or_not() {
    let (file, after) = deployed("named");
    assert_eq!(changes(&after, &[&format!("Auth={file}")]).map(|(_, n)| n), Ok(1));
    assert_eq!(
        changes(&after, &[&format!("Api={file}")]),
        Err(format!("`--baseline Api={file}` names stack `Api`; the program's stack is `Auth`"))
    );
    assert_eq!(
        run(&after, &args(&["--baseline", &file, "--baseline", &file])),
        Err("`--baseline` is given 2 times, and the program has one stack (`Auth`); give it once".to_owned())
    );
}

#[test]
fn a_baseline_that_cannot_be_read_says_why() {
    let missing = changes(&stack(), &["no/such/file.json"]).unwrap_err();
    assert!(missing.starts_with("`--baseline`: cannot read no/such/file.json: "), "{missing}");
    let (file, _) = deployed("malformed");
    std::fs::write(&file, "{ \"Resources\": ").unwrap();
    assert_eq!(
        changes(&stack(), &[&file]),
        Err(format!(
            "{file}: `baseline` must be the CloudFormation template deployed now (line 1, column 15: EOF while parsing a \
             value); fetch it with `aws cloudformation get-template --stack-name NAME --query TemplateBody`, or \
             take the CDK's `cdk.out/NAME.template.json`"
        ))
    );
}

/// `Auth` with a pool; `Api` with a pool of its own and, when `client`, a client of `Auth`'s
/// pool (which `Auth` then exports and `Api` imports).
fn two_stacks(client: bool) -> App {
    let mut api = Stack::new("Api");
    api.add("own", UserPool::default());
    if client {
        api.add("web", UserPoolClient { user_pool: Some("pool".into()), ..Default::default() });
    }
    let mut app = App::new();
    app.add_stack(stack());
    app.add_stack(api);
    app
}

#[test]
fn baseline_per_stack_of_an_app() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-app-baseline");
    std::fs::create_dir_all(&dir).unwrap();
    let deployed = two_stacks(true).synth().unwrap();
    let mut files = Vec::new();
    for name in ["Auth", "Api"] {
        let file = dir.join(format!("{name}.template.json"));
        std::fs::write(&file, &deployed.stack(name).unwrap().template_text).unwrap();
        files.push(format!("{name}={}", file.display()));
    }
    let specs: Vec<&str> = files.iter().map(String::as_str).collect();
    let (report, refused) = app_changes(&two_stacks(true), &specs).unwrap();
    assert_eq!(refused, 0);
    assert!(report.contains("stack `Auth` against ") && report.contains("stack `Api` against "), "{report}");
    // Without the client, `Api` loses it and `Auth` its export, which `Api` imports as deployed.
    let (report, refused) = app_changes(&two_stacks(false), &specs).unwrap();
    assert_eq!(refused, 2, "{report}");
    assert!(report.contains("[-] Outputs ExportsOutputRefpool056F3F7E5321103B"), "{report}");
    assert_eq!(
        app_changes(&two_stacks(true), &["Web=x.json"]),
        Err("`--baseline Web=x.json` names no stack of the app; write `--baseline STACK=FILE`, STACK one of `Auth`, `Api`".to_owned())
    );
    assert_eq!(
        app_changes(&two_stacks(true), &[specs[0], specs[0]]),
        Err("`--baseline` is given twice for stack `Auth`; give it once".to_owned())
    );
    // The command line of a program that defines the app.
    let flags: Vec<&str> = specs.iter().flat_map(|s| ["--baseline", s]).collect();
    assert_eq!(run(&two_stacks(true), &args(&flags)), Ok(()));
    assert_eq!(
        run(&two_stacks(false), &args(&flags)),
        Err("2 changes are refused: fix each one as its reason says, or accept the replacement or removal on \
             purpose (`accept_replacement: true` on the item, `accept_removal: [\"…\"]` on the stack)"
            .to_owned())
    );
}

/// What `--checks` prints for `stack`, and how it ends.
fn checked(stack: &Stack) -> (String, Result<(), String>) {
    let mut out = Vec::new();
    let result = cognito::cli::checks(stack, &mut out);
    (String::from_utf8(out).unwrap(), result)
}

#[test]
fn checks_prints_every_finding_and_fails_on_an_error() {
    let mut stack = stack();
    let pool = stack.find("pool").unwrap();
    stack.acknowledge(Some(pool), "AwsSolutions-COG8", "the essentials tier is enough for a demo");
    stack.acknowledge(None, "AwsSolutions-L1", "reviewed");
    let (out, result) = checked(&stack);
    assert_eq!(
        out,
        "error: AwsSolutions-COG1 at Auth/pool/Resource: The Cognito user pool does not have a password policy that minimally specify a password length of at least 8 characters, as well as requiring uppercase, numeric, and special characters.\n\
         warning: AwsSolutions-COG2 at Auth/pool/Resource: The Cognito user pool does not require MFA.\n\
         warning: acknowledge.AwsSolutions-L1: the acknowledgement of `AwsSolutions-L1` silences nothing: no finding has this id at `Auth` or below; remove the acknowledgement\n\
         AwsSolutions: 1 error, 2 warnings, 1 acknowledged\n"
    );
    assert_eq!(result, Err("the best-practice checks found 1 error".to_owned()));
    assert_eq!(run(&stack, &args(&["--checks"])), result, "the command line fails as well");
}

#[test]
fn checks_without_an_error_succeeds() {
    let mut stack = stack();
    stack.acknowledge(None, "AwsSolutions-COG1", "sign-in is federated: no passwords");
    stack.acknowledge(None, "AwsSolutions-COG8", "the essentials tier is enough for a demo");
    let (out, result) = checked(&stack);
    assert_eq!(result, Ok(()));
    assert!(out.ends_with("AwsSolutions: 0 errors, 1 warning, 2 acknowledged\n"), "{out}");
}

#[test]
fn checks_on_a_broken_stack_report_the_broken_rule() {
    let mut broken = Stack::new("Auth");
    broken.add("", UserPool::default());
    assert_eq!(checked(&broken).1, Err("an item's construct id must not be empty".to_owned()));
}

/// A stack that enables checks does not synthesize with an error finding: the command line
/// prints it as a broken rule.
#[test]
fn a_stack_that_enables_checks_fails_on_an_error_finding() {
    let mut stack = stack();
    stack.enable_checks(cognito::Pack::AwsSolutions);
    let message = run(&stack, &args(&[])).unwrap_err();
    assert!(
        message.starts_with("2 problems:\n  - pool: AwsSolutions-COG1 at Auth/pool/Resource: "),
        "{message}"
    );
    assert!(message.ends_with("\n  - pool: AwsSolutions-COG8 at Auth/pool/Resource: The Cognito user pool is not on the plus tier / feature plan."), "{message}");
}
