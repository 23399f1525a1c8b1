//! The `bootstrap` program of the pre-sign-up trigger (see the crate's docs): Lambda starts it
//! with `AWS_LAMBDA_RUNTIME_API` set, and it serves events until Lambda stops it.
//! `ALLOWED_DOMAIN` (the function's environment) is the e-mail domain that may sign up.

fn main() {
    let Ok(api) = std::env::var("AWS_LAMBDA_RUNTIME_API") else {
        eprintln!("AWS_LAMBDA_RUNTIME_API is not set: this program runs inside Lambda (provided.al2023)");
        std::process::exit(2);
    };
    let allowed = std::env::var("ALLOWED_DOMAIN").ok().filter(|d| !d.is_empty());
    let handler = |event| rust_trigger::pre_sign_up(event, allowed.as_deref());
    loop {
        if let Err(e) = rust_trigger::runtime::serve_one(&api, &handler) {
            // Lambda restarts a runtime that exits; one that cannot reach its API has nothing to do.
            eprintln!("runtime API: {e}");
            std::process::exit(1);
        }
    }
}
