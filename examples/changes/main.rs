//! What deploying a changed pool would do, before deploying it:
//!
//! ```sh
//! cargo run --example changes -- --baseline examples/changes/Stack.template.json
//! ```
//!
//! prints each change with its verdict, and exits with status 1 when one is refused (the
//! README's "Changing a deployed pool" shows the output; CI checks it).

mod stack;

fn main() {
    cognito::cli::main(&stack::stack());
}
