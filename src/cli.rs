//! A command line for programs that define a stack or an app: print the templates, or write
//! them.
//!
//! ```no_run
//! let stack = cognito::cognito! { user_pool pool {} };
//! cognito::cli::main(&stack);
//! ```
//!
//! | arguments | does |
//! |---|---|
//! | (none) | prints the template on stdout, as the CDK prints it; for an app, one JSON object of every stack's template by stack name |
//! | `--template FILE` | writes the template to `FILE`; for an app `--template STACK=FILE`, once per stack wanted |
//! | `--out DIR` | writes a cloud assembly to `DIR`: every stack, their dependencies, asset manifests and staged assets (`cdk synth --app DIR`, `cdk deploy --app DIR --all`) |
//! | `--baseline FILE` | compares the stack with the template deployed now (`STACK=FILE` names the stack; for an app, once per stack): prints each change, its verdict and why; exits 1 when a change is refused |
//! | `--checks` | prints what the best-practice checks find (see [`checks`]); exits with status 1 on an error finding; a stack only |
//! | `--help`, `-h` | prints the arguments |
//!
//! A value follows its flag (`--out DIR`) or is joined to it (`--out=DIR`). On a broken rule
//! the program prints every violation on stderr and exits with status 1; on an argument it
//! does not know, or a flag without its value, it says so (with the flag it probably meant)
//! and exits with status 2. A stack that enables checks (`checks: [AWS_SOLUTIONS]`) fails on
//! an error finding as on a broken rule, and its warnings are printed on stderr.

use cognito_runtime::__internal::did_you_mean;

use crate::change::{ChangeReport, Verdict};
use crate::{App, Json, Obj, Pack, Stack};

/// What the command line runs on: a [`Stack`], or an [`App`] of several (what `cognito!`
/// gives for a block of several `stack`s).
pub trait Stacks {
    /// The stacks, in order.
    fn stacks(&self) -> &[Stack];
    /// The app, when the stacks are one: their references to each other resolved, they are
    /// printed and written together.
    fn app(&self) -> Option<&App>;
}

impl Stacks for Stack {
    fn stacks(&self) -> &[Stack] {
        std::slice::from_ref(self)
    }
    fn app(&self) -> Option<&App> {
        None
    }
}

impl Stacks for App {
    fn stacks(&self) -> &[Stack] {
        App::stacks(self)
    }
    fn app(&self) -> Option<&App> {
        Some(self)
    }
}

/// A flag of the command line. A new flag is a row of [`FLAGS`] and a few lines in
/// [`execute`] that read it.
struct Flag {
    /// Its spellings, the first one canonical.
    names: &'static [&'static str],
    /// The name of its value in the help (`FILE`); `None` for a flag without one.
    value: Option<&'static str>,
    /// What it does.
    help: &'static str,
}

const FLAGS: &[Flag] = &[
    Flag {
        names: &["--template"],
        value: Some("FILE"),
        help: "writes the template to FILE (an app: STACK=FILE, once per stack)",
    },
    Flag {
        names: &["--out"],
        value: Some("DIR"),
        help: "writes a cloud assembly to DIR (`cdk synth --app DIR`, `cdk deploy --app DIR`)",
    },
    Flag {
        names: &["--baseline"],
        value: Some("FILE"),
        help: "compares with the template deployed now (STACK=FILE names the stack): prints each change \
               and its verdict; exits with status 1 when one is refused",
    },
    Flag {
        names: &["--checks"],
        value: None,
        help: "prints what the best-practice checks find (AWS_SOLUTIONS unless the stack enables others); fails on an error finding",
    },
    Flag { names: &["--help", "-h"], value: None, help: "prints this help" },
];

/// The flags that may be given more than once (each value is kept): `--template` and
/// `--baseline`, once for each stack of an app.
const REPEATABLE: &[&str] = &["--template", "--baseline"];

/// The command line, parsed: each flag given (by its canonical name) and its value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args {
    given: Vec<(&'static str, Option<String>)>,
}

impl Args {
    /// Parses `args` (without the program's name); the error says what is wrong and how to
    /// fix it.
    pub fn parse(args: &[String]) -> Result<Args, String> {
        let mut parsed = Args::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let (written, joined) = match arg.split_once('=') {
                Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            let flag = find(written)?;
            let name = flag.names[0];
            if parsed.has(name) && !REPEATABLE.contains(&name) {
                return Err(format!("`{name}` is given twice; give it once"));
            }
            let value = match (flag.value, joined) {
                (None, Some(v)) => {
                    return Err(format!("`{name}` takes no value (got `{v}`); write `{name}`"));
                }
                (None, None) => None,
                (Some(_), Some(v)) => Some(v),
                (Some(what), None) => match rest.next() {
                    Some(v) if !is_flag(v) => Some(v.clone()),
                    _ => return Err(format!("`{name}` needs a value: `{name} {what}`")),
                },
            };
            parsed.given.push((name, value));
        }
        Ok(parsed)
    }

    /// Whether `flag` (its canonical name) was given.
    fn has(&self, flag: &str) -> bool {
        self.given.iter().any(|(name, _)| *name == flag)
    }

    /// The value given to `flag` (its canonical name).
    fn value(&self, flag: &'static str) -> Option<&str> {
        self.values(flag).next()
    }

    /// Every value given to `flag` (its canonical name), in order.
    fn values(&self, flag: &'static str) -> impl Iterator<Item = &str> {
        self.given.iter().filter(move |(name, _)| *name == flag).filter_map(|(_, v)| v.as_deref())
    }
}

/// Whether `arg` is a flag rather than a value: a spelling of one, or anything that starts
/// with `--` (a value that does can be joined: `--out=--dir`).
fn is_flag(arg: &str) -> bool {
    arg.starts_with("--") || FLAGS.iter().any(|f| f.names.contains(&arg))
}

/// The flag spelled `written`, or the error for an unknown argument.
fn find(written: &str) -> Result<&'static Flag, String> {
    if let Some(flag) = FLAGS.iter().find(|f| f.names.contains(&written)) {
        return Ok(flag);
    }
    let names = FLAGS.iter().flat_map(|f| f.names.iter().copied());
    Err(match did_you_mean(written, names) {
        Some(name) => format!("unknown argument `{written}`; did you mean `{name}`?"),
        None => format!("unknown argument `{written}`; the arguments are {}", synopsis()),
    })
}

/// `--template FILE`: a flag's canonical name and its value's.
fn spelled(f: &Flag) -> String {
    match f.value {
        Some(v) => format!("{} {v}", f.names[0]),
        None => f.names[0].to_owned(),
    }
}

/// `` `--template FILE`, `--out DIR`, `--help` ``.
fn synopsis() -> String {
    FLAGS.iter().map(|f| format!("`{}`", spelled(f))).collect::<Vec<_>>().join(", ")
}

/// The text `--help` prints.
pub fn help() -> String {
    let mut out = format!(
        "usage: {}\n\n\
         Prints the CloudFormation template on stdout, as the AWS CDK prints it (an app's: one JSON\n\
         object of every stack's template by name), or writes it.\n\
         On a broken rule prints every violation and exits with status 1; on a wrong argument, 2.\n\n\
         arguments:\n",
        usage()
    );
    for f in FLAGS {
        let names = f.names.iter().rev().copied().collect::<Vec<_>>().join(", ");
        let names = f.value.map_or_else(|| names.clone(), |v| format!("{names} {v}"));
        out.push_str(&format!("  {names:<18} {}\n", f.help));
    }
    out
}

/// `PROGRAM [--template FILE] [--out DIR] [--help]`, with the program's file name.
fn usage() -> String {
    let program = std::env::args_os().next().map(std::path::PathBuf::from);
    let program = program.as_deref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
    let mut out = program.unwrap_or_else(|| "PROGRAM".to_owned());
    for f in FLAGS {
        out.push_str(&format!(" [{}]", spelled(f)));
    }
    out
}

/// Runs the command line above with the process's arguments for a [`Stack`] or an [`App`],
/// then ends the process (without freeing the stacks and their templates one allocation at a
/// time: the system takes the memory back at once).
pub fn main(program: &impl Stacks) -> ! {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match Args::parse(&args) {
        Err(message) => {
            eprintln!("{message}");
            2
        }
        Ok(args) => match execute(program, &args) {
            Ok(()) => 0,
            Err(message) => {
                eprintln!("{message}");
                1
            }
        },
    };
    let _ = std::io::Write::flush(&mut std::io::stdout());
    std::process::exit(code)
}

/// The command line with `args` (without the program's name); the error is the message to
/// print (an argument error, a broken rule, or a file that could not be written).
pub fn run(program: &impl Stacks, args: &[String]) -> Result<(), String> {
    execute(program, &Args::parse(args)?)
}

/// Does what the flags say.
fn execute(program: &impl Stacks, args: &Args) -> Result<(), String> {
    if args.has("--help") {
        print!("{}", help());
        return Ok(());
    }
    match (program.app(), program.stacks()) {
        (Some(app), _) => execute_app(app, args),
        (None, [stack]) => execute_stack(stack, args),
        (None, stacks) => Err(format!("expected one stack, got {}", stacks.len())),
    }
}

/// Does what the flags say, for one stack.
fn execute_stack(stack: &Stack, args: &Args) -> Result<(), String> {
    if args.values("--template").nth(1).is_some() {
        return Err("`--template` is given twice; a stack has one template: give it once".to_owned());
    }
    if args.has("--checks") {
        checks(stack, &mut std::io::stdout().lock())?;
    } else {
        print_warnings(stack);
    }
    if let Some(dir) = args.value("--out") {
        stack.write_assembly(dir).map_err(|e| e.to_string())?;
        eprintln!("wrote the cloud assembly of stack `{}` to {dir}", stack.name());
    }
    if let Some(file) = args.value("--template") {
        stack.write_template(file).map_err(|e| e.to_string())?;
        eprintln!("wrote the template of stack `{}` to {file}", stack.name());
    }
    let baselines: Vec<&str> = args.values("--baseline").collect();
    if !baselines.is_empty() {
        print_changes(changes(stack, &baselines)?)?;
    }
    if args.given.is_empty() {
        let mut out = std::io::stdout().lock();
        if let Some(text) = stack.compiled_template() {
            // Rendered at compile time by `cognito!`, from this very stack.
            let written = std::io::Write::write_all(&mut out, text.as_bytes())
                .and_then(|()| std::io::Write::write_all(&mut out, b"\n"));
            return written.map_err(|e| format!("stdout: {e}"));
        }
        let template = stack.template().map_err(|e| e.to_string())?;
        template.write_pretty(&mut out).map_err(|e| format!("stdout: {e}"))?;
        // Freeing the template node by node costs as much as printing it; a command line
        // ends here anyway.
        std::mem::forget(template);
    }
    Ok(())
}

/// Does what the flags say, for an app: its stacks are synthesized together, once; the
/// warnings go to stderr.
fn execute_app(app: &App, args: &Args) -> Result<(), String> {
    let names: Vec<&str> = app.stacks().iter().map(Stack::name).collect();
    if args.has("--checks") {
        return Err(format!(
            "`--checks` takes a program of one stack; in an app of several ({}), give a stack `checks: [AWS_SOLUTIONS]` (or call `Stack::enable_checks`): its findings are errors and warnings of the app",
            stack_list(&names)
        ));
    }
    let targets =
        args.values("--template").map(|t| template_target(t, &names)).collect::<Result<Vec<_>, _>>()?;
    let assembly = app.synth().map_err(|e| e.to_string())?;
    assembly.warnings.iter().for_each(|w| eprintln!("{w}"));
    if let Some(dir) = args.value("--out") {
        assembly.write(dir).map_err(|e| e.to_string())?;
        eprintln!("wrote the cloud assembly of {} to {dir}", stack_list(&names));
    }
    for (stack, file) in &targets {
        let template =
            assembly.stack(stack).map(|s| s.template.to_pretty_string() + "\n").unwrap_or_default();
        std::fs::write(file, template).map_err(|e| format!("{file}: {e}"))?;
        eprintln!("wrote the template of stack `{stack}` to {file}");
    }
    let baselines: Vec<&str> = args.values("--baseline").collect();
    if !baselines.is_empty() {
        print_changes(app_changes(app, &baselines)?)?;
    }
    if args.given.is_empty() {
        let mut all = Obj::new();
        for s in assembly.stacks {
            all.push(s.name, s.template);
        }
        let all = Json::Obj(all);
        all.write_pretty(&mut std::io::stdout().lock()).map_err(|e| format!("stdout: {e}"))?;
        // As for a stack: the process ends here anyway.
        std::mem::forget(all);
    }
    Ok(())
}

/// `STACK=FILE`, the value of `--template` for an app: the stack (one of `names`) and the file.
fn template_target<'a>(value: &'a str, names: &[&str]) -> Result<(String, &'a str), String> {
    let Some((stack, file)) = value.split_once('=').filter(|(s, f)| !s.is_empty() && !f.is_empty()) else {
        return Err(format!(
            "`--template` takes `STACK=FILE` for an app of several stacks (got `{value}`): e.g. `--template {}={}`; the stacks are {}",
            names.first().copied().unwrap_or("Stack"),
            value.rsplit('=').next().filter(|f| !f.is_empty()).unwrap_or("template.json"),
            stack_list(names)
        ));
    };
    if !names.contains(&stack) {
        let hint = did_you_mean(stack, names.iter().copied())
            .map_or_else(String::new, |s| format!("did you mean `{s}`? "));
        return Err(format!(
            "`--template {value}`: the app has no stack `{stack}`; {hint}the stacks are {}",
            stack_list(names)
        ));
    }
    Ok((stack.to_owned(), file))
}

/// `` `Auth`, `Api` ``.
fn stack_list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// The change report of `stack` against the templates deployed now (`--baseline FILE`, or
/// `STACK=FILE`), as the command line prints it, and how many changes are refused.
///
/// ```no_run
/// let stack = cognito::cognito! { stack Auth { user_pool pool {} } };
/// let (report, refused) = cognito::cli::changes(&stack, &["deploy/Auth.template.json"])?;
/// print!("{report}");
/// assert_eq!(refused, 0);
/// # Ok::<(), String>(())
/// ```
pub fn changes(stack: &Stack, baselines: &[&str]) -> Result<(String, usize), String> {
    let file = match baselines {
        [one] => baseline_file(stack, one)?,
        _ => {
            return Err(format!(
                "`--baseline` is given {} times, and the program has one stack (`{}`); give it once",
                baselines.len(),
                stack.name()
            ));
        }
    };
    let text = read_baseline(file)?;
    let report = stack.check_update_text(&text).map_err(|e| match e.violations.as_slice() {
        [v] if v.rule == "change.baseline" => format!("{file}: {}", v.message),
        _ => e.to_string(),
    })?;
    Ok(shown(&[(stack.name(), file, report)]))
}

/// [`changes`] for the stacks of an app: `--baseline STACK=FILE` for each stack that has one
/// (`FILE` alone for an app of one stack). An export that a deployed stack imports cannot be
/// removed (see [`App::check_update`]).
pub fn app_changes(app: &App, baselines: &[&str]) -> Result<(String, usize), String> {
    let names: Vec<&str> = app.stacks().iter().map(Stack::name).collect();
    let mut given: Vec<(&str, &str, String)> = Vec::with_capacity(baselines.len());
    for spec in baselines {
        let (name, file) = match (spec.split_once('='), names.as_slice()) {
            (Some((name, file)), _) if names.contains(&name) => (name, file),
            (_, [only]) => (*only, *spec),
            _ => {
                let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                return Err(format!(
                    "`--baseline {spec}` names no stack of the app; write `--baseline STACK=FILE`, STACK one of {}",
                    names.join(", ")
                ));
            }
        };
        if given.iter().any(|(n, ..)| *n == name) {
            return Err(format!("`--baseline` is given twice for stack `{name}`; give it once"));
        }
        given.push((name, file, read_baseline(file)?));
    }
    let texts: Vec<(&str, &str)> = given.iter().map(|(name, _, text)| (*name, text.as_str())).collect();
    let reports = app.check_update(&texts).map_err(|e| e.to_string())?;
    let shown_reports: Vec<(&str, &str, ChangeReport)> =
        given.iter().zip(reports).map(|((name, file, _), (_, report))| (*name, *file, report)).collect();
    Ok(shown(&shown_reports))
}

/// Prints the change report; the error counts the refused changes and says how to proceed.
fn print_changes((report, refused): (String, usize)) -> Result<(), String> {
    print!("{report}");
    if refused == 0 {
        return Ok(());
    }
    let plural = if refused == 1 { " is" } else { "s are" };
    Err(format!(
        "{refused} change{plural} refused: fix each one as its reason says, or accept the replacement or \
         removal on purpose (`accept_replacement: true` on the item, `accept_removal: [\"…\"]` on the stack)"
    ))
}

/// The text of a baseline file.
fn read_baseline(file: &str) -> Result<String, String> {
    std::fs::read_to_string(file).map_err(|e| format!("`--baseline`: cannot read {file}: {e}"))
}

/// Each stack's report under a line naming it and its baseline, and how many changes are
/// refused.
fn shown(reports: &[(&str, &str, ChangeReport)]) -> (String, usize) {
    let mut text = String::new();
    let mut refused = 0;
    for (name, file, report) in reports {
        text.push_str(&format!("stack `{name}` against {file}\n{report}"));
        refused += report.changes.iter().filter(|c| c.verdict() == Verdict::Refused).count();
    }
    (text, refused)
}

/// The file of `--baseline` for `stack`: `FILE`, or `STACK=FILE` naming it.
fn baseline_file<'a>(stack: &Stack, given: &'a str) -> Result<&'a str, String> {
    match given.split_once('=') {
        Some((name, file)) if name == stack.name() => Ok(file),
        Some((name, _))
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
        {
            Err(format!(
                "`--baseline {given}` names stack `{name}`; the program's stack is `{}`",
                stack.name()
            ))
        }
        _ => Ok(given),
    }
}

/// `--checks`: writes to `out` each finding of the checks the stack enables (cdk-nag's
/// AwsSolutions pack when it enables none) and each acknowledgement that silences nothing,
/// one a line, then a count; the error says how many findings are errors, or is the rules the
/// stack breaks.
///
/// ```
/// let stack = cognito::cognito! {
///     stack Stack {
///         identity_pool guests { allow_unauthenticated_identities: true }
///     }
/// };
/// let mut out = Vec::new();
/// let failed = cognito::cli::checks(&stack, &mut out);
/// assert_eq!(
///     String::from_utf8(out).unwrap(),
///     "error: AwsSolutions-COG7 at Stack/guests/Resource: The Cognito identity pool allows for \
///      unauthenticated logins and does not have a cdk-nag rule suppression with a reason.\n\
///      AwsSolutions: 1 error, 0 warnings, 0 acknowledged\n"
/// );
/// assert_eq!(failed, Err("the best-practice checks found 1 error".to_owned()));
/// ```
pub fn checks(stack: &Stack, out: &mut dyn std::io::Write) -> Result<(), String> {
    let packs = match stack.enabled_checks() {
        [] => &[Pack::AwsSolutions][..],
        enabled => enabled,
    };
    let mut errors = 0;
    for &pack in packs {
        let findings = stack.check_best_practices(pack).map_err(|e| e.to_string())?;
        let mut lines: Vec<String> = findings.errors.iter().map(|f| format!("error: {f}")).collect();
        lines.extend(findings.warnings.iter().map(|f| format!("warning: {f}")));
        lines.extend(findings.stale.iter().map(|v| format!("warning: {v}")));
        let warnings = findings.warnings.len() + findings.stale.len();
        lines.push(format!(
            "{}: {} error{}, {warnings} warning{}, {} acknowledged",
            pack.name(),
            findings.errors.len(),
            plural(findings.errors.len()),
            plural(warnings),
            findings.acknowledged.len()
        ));
        for line in lines {
            writeln!(out, "{line}").map_err(|e| format!("stdout: {e}"))?;
        }
        errors += findings.errors.len();
    }
    match errors {
        0 => Ok(()),
        n => Err(format!("the best-practice checks found {n} error{}", plural(n))),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The warnings of a stack that enables checks, on stderr (its errors stop the synthesis).
fn print_warnings(stack: &Stack) {
    if stack.enabled_checks().is_empty() {
        return;
    }
    for warning in stack.diagnose().iter().filter(|v| !v.is_error()) {
        eprintln!("warning: {warning}");
    }
}
