//! The expansion of apps and assets: a block of several stacks builds a `cognito::App`; an
//! asset makes the build depend on its files; a template over 51,200 bytes warns. (The
//! compile errors are trybuild cases, `tests/ui/app/`; the templates, `tests/dsl_app.rs`.)

#[allow(dead_code, clippy::all)]
#[path = "../src/pipeline/mod.rs"]
mod pipeline;

use std::path::PathBuf;
use std::str::FromStr;

use proc_macro2::TokenStream;

fn expand(input: &str) -> String {
    pipeline::expand(TokenStream::from_str(input).unwrap()).to_string()
}

/// A fresh directory holding `files`.
fn directory(name: &str, files: &[&str]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cognito-apps-{name}-{}", std::process::id()));
    for f in files {
        let path = dir.join(f);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "exports.handler = async () => {}").unwrap();
    }
    dir
}

#[test]
fn two_stacks_make_an_app() {
    let out =
        expand("stack Auth { user_pool pool {} } stack Api { user_pool_client web { user_pool: pool } }");
    assert!(!out.contains("compile_error"), "{out}");
    assert!(out.contains("App :: new ()"), "{out}");
    assert_eq!(out.matches(". add_stack (").count(), 2, "{out}");
    assert!(out.contains("Stack :: new (\"Auth\")") && out.contains("Stack :: new (\"Api\")"), "{out}");
}

#[test]
fn one_stack_stays_a_stack() {
    let out = expand("stack Auth { user_pool pool {} }");
    assert!(!out.contains("App ::"), "{out}");
}

#[test]
fn an_app_with_errors_is_an_empty_app() {
    let out = expand("stack Auth { user_pool pool {} } stack Auth { user_pool other {} }");
    assert!(out.contains("compile_error"), "{out}");
    assert!(out.contains("App :: new ()"), "{out}");
}

#[test]
fn a_synthesizer_is_set_on_its_stack() {
    let out = expand("stack Auth { synthesizer: DEFAULT, user_pool pool {} }");
    assert!(out.contains("with_synthesizer (__cognito :: Synthesizer :: Default)"), "{out}");
}

#[test]
fn every_file_of_a_directory_asset_is_watched() {
    let dir = directory("dir", &["index.js", "sub/b.js"]);
    let out = expand(&format!(
        "lambda_function f {{ runtime: NODEJS_22_X, handler: \"index.handler\", code: asset({:?}) }}",
        dir.to_string_lossy()
    ));
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!out.contains("compile_error"), "{out}");
    assert_eq!(out.matches("include_bytes").count(), 2, "{out}");
    assert!(out.contains("index.js") && out.contains("b.js"), "{out}");
    assert!(out.contains("Code :: Asset ({"), "{out}");
}

#[test]
fn a_relative_asset_is_taken_from_the_crate_manifest() {
    // Cargo runs this test with CARGO_MANIFEST_DIR set to cognito-macros/, as it runs the
    // macro with the user's crate's.
    let out = expand(
        "lambda_function f { runtime: NODEJS_22_X, handler: \"index.handler\", code: asset(\"tests/corpus\") }",
    );
    assert!(!out.contains("compile_error"), "{out}");
    let manifest = env!("CARGO_MANIFEST_DIR");
    assert!(out.contains(&format!("\"{manifest}/tests/corpus\"")), "{out}");
}

#[test]
fn a_template_over_51200_bytes_warns() {
    let pools: String =
        (0..60).map(|i| format!("user_pool p{i} {{ user_pool_name: \"pool-{i}\" }}\n")).collect();
    let out = expand(&format!("stack Big {{ {pools} }}"));
    assert!(!out.contains("compile_error"), "{out}");
    assert!(out.contains("# [deprecated (note = \"the template of stack `Big` is"), "{out}");
    let small = expand("stack Small { user_pool p {} }");
    assert!(!small.contains("deprecated"), "{small}");
}

/// The app of the CDK's case `app_client_other_stack` (`Api`'s client of `Auth`'s pool),
/// each stack with the template the CDK synthesized for it as its `baseline` (copied from
/// `tests/fixtures/cdk/expected/app_client_other_stack.app.json`).
fn client_other_stack(api_baseline: bool, client: bool) -> String {
    let api = if client {
        "user_pool_client web { user_pool: pool, generate_secret: false } output webid { value: web.user_pool_client_id }"
    } else {
        "user_pool other {}"
    };
    let api_settings = match (api_baseline, client) {
        (false, _) => "",
        (true, true) => "baseline: \"tests/fixtures/app_baseline/Api.json\",",
        (true, false) => {
            "baseline: \"tests/fixtures/app_baseline/Api.json\", accept_removal: [\"web08B6E5F3\"],"
        }
    };
    expand(&format!(
        "stack Auth {{ baseline: \"tests/fixtures/app_baseline/Auth.json\", user_pool pool {{ sign_in_aliases: {{ email }} }} }}
         stack Api {{ {api_settings} {api} }}"
    ))
}

#[test]
fn each_stack_of_an_app_is_compared_with_its_own_baseline() {
    // The consumer's template imports the producer's export, as deployed: nothing changes.
    let out = client_other_stack(true, true);
    assert!(!out.contains("compile_error"), "{out}");
    assert_eq!(out.matches("include_bytes").count(), 2, "{out}");
    // A stack given no baseline is taken to be deployed as it is now.
    let out = client_other_stack(false, true);
    assert!(!out.contains("compile_error"), "{out}");
}

#[test]
fn an_export_the_deployed_consumer_imports_cannot_go() {
    // `Api` no longer uses `Auth`'s pool, so `Auth` no longer exports its id; but `Api` as
    // deployed (its baseline) imports it: CloudFormation refuses to delete the export.
    let out = client_other_stack(true, false);
    assert!(out.contains("compile_error"), "{out}");
    assert!(out.contains("Auth:ExportsOutputRefpool056F3F7E5321103B"), "{out}");
    assert!(out.contains("in use by"), "{out}");
}
