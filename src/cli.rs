//! A command line for programs that define a stack: print its template, or write it.
//!
//! ```no_run
//! let stack = cognito::cognito! { user_pool pool {} };
//! cognito::cli::main(&stack);
//! ```
//!
//! | arguments | does |
//! |---|---|
//! | (none) | prints the template on stdout, as the CDK prints it |
//! | `--template FILE` | writes the template to `FILE` |
//! | `--out DIR` | writes a cloud assembly to `DIR` (`cdk synth --app DIR`, `cdk deploy --app DIR`) |
//!
//! On a broken rule it prints every violation on stderr and exits with status 1.

use crate::Stack;

/// Runs the command line above with the process's arguments, then ends the process (without
/// freeing the stack and its template one allocation at a time: the system takes the memory
/// back at once).
pub fn main(stack: &Stack) -> ! {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match run(stack, &args) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("{message}");
            1
        }
    };
    let _ = std::io::Write::flush(&mut std::io::stdout());
    std::process::exit(code)
}

/// The command line with `args`; the error is the message to print.
pub fn run(stack: &Stack, args: &[String]) -> Result<(), String> {
    let value_of = |flag: &str| -> Result<Option<&String>, String> {
        match args.iter().position(|a| a == flag) {
            Some(i) => args.get(i + 1).map(Some).ok_or_else(|| format!("{flag} needs a path")),
            None => Ok(None),
        }
    };
    if let Some(dir) = value_of("--out")? {
        stack.write_assembly(dir).map_err(|e| e.to_string())?;
        eprintln!("wrote the cloud assembly of stack `{}` to {dir}", stack.name());
    } else if let Some(file) = value_of("--template")? {
        stack.write_template(file).map_err(|e| e.to_string())?;
        eprintln!("wrote the template of stack `{}` to {file}", stack.name());
    } else {
        let template = stack.template().map_err(|e| e.to_string())?;
        template.write_pretty(&mut std::io::stdout().lock()).map_err(|e| format!("stdout: {e}"))?;
        // Freeing the template node by node costs as much as printing it; a command line
        // ends here anyway.
        std::mem::forget(template);
    }
    Ok(())
}
