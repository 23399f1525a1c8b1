//! The `cognito` command: `cognito import FILE [--baseline] [--out FILE]`.

#![forbid(unsafe_code)]

use std::process::ExitCode;

const USAGE: &str = "usage: cognito import FILE [--baseline] [--out FILE]\n\n  FILE        a template the AWS CDK synthesized (JSON or YAML, with `aws:cdk:path` metadata),\n              or its cloud assembly directory (`cdk.out`: every stack, one program)\n  --baseline  names FILE as the stack's `baseline`: the first `cargo build` proves nothing is replaced\n  --out FILE  writes the program to FILE instead of stdout\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

/// What to do, from the arguments.
struct Command {
    file: String,
    out: Option<String>,
    baseline: bool,
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("import") => {}
        Some("--help" | "-h") | None => return Err(USAGE.to_string()),
        Some(other) => return Err(format!("unknown command `{other}`; the command is `import`\n\n{USAGE}")),
    }
    let (mut file, mut out, mut baseline) = (None, None, false);
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--out" => {
                out = Some(
                    rest.next()
                        .ok_or(format!("`--out` takes a file: `--out src/main.rs`\n\n{USAGE}"))?
                        .clone(),
                )
            }
            "--baseline" => baseline = true,
            a if a.starts_with('-') => return Err(format!("unknown flag `{a}`\n\n{USAGE}")),
            a if file.is_none() => file = Some(a.to_string()),
            a => return Err(format!("one template at a time; `{a}` is a second file\n\n{USAGE}")),
        }
    }
    let file = file.ok_or(format!(
        "`import` takes a template: `cognito import cdk.out/Stack.template.json`\n\n{USAGE}"
    ))?;
    Ok(Command { file, out, baseline })
}

fn run(args: &[String]) -> Result<(), (u8, String)> {
    let command = parse(args).map_err(|m| (2, m))?;
    if std::path::Path::new(&command.file).is_dir() {
        let baseline = command.baseline.then_some(command.file.trim_end_matches('/'));
        let import = cognito_cli::import_assembly(std::path::Path::new(&command.file), baseline)
            .map_err(|e| (1, format!("{}: {e}", command.file)))?;
        return emit(&command, &import, import.program.clone());
    }
    let text = std::fs::read(&command.file).map_err(|e| (1, format!("cannot read {}: {e}", command.file)))?;
    let text = String::from_utf8(text).map_err(|_| {
        (1, format!("{}: the file is not UTF-8 text; give a JSON or YAML template", command.file))
    })?;
    if command.baseline && !cognito_cli::template::is_json(&text) {
        return Err((
            1,
            format!(
                "{}: `--baseline` names the file as the deployed template, which the macro reads as JSON, and this file is YAML; give the JSON template (`cdk.out/STACK.template.json`, or `aws cloudformation get-template --output json`)",
                command.file
            ),
        ));
    }
    let import = cognito_cli::import(&text).map_err(|e| (1, format!("{}: {e}", command.file)))?;
    let program = match command.baseline {
        true => cognito_cli::program::program(&cognito_cli::with_baseline(&import.block, &command.file)),
        false => import.program.clone(),
    };
    emit(&command, &import, program)
}

/// The report on stderr, the program where the command says.
fn emit(command: &Command, import: &cognito_cli::Import, program: String) -> Result<(), (u8, String)> {
    for line in &import.report {
        eprintln!("note: {line}");
    }
    match &command.out {
        Some(out) => std::fs::write(out, &program).map_err(|e| (1, format!("cannot write {out}: {e}"))),
        None => {
            print!("{program}");
            Ok(())
        }
    }
}
