//! Compile-fail tests: every rule and every kind of language error, with the message and the
//! caret position rustc shows (`tests/ui/<topic>/*.stderr`, reviewed by hand).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
    // Blocks that must compile without an error or a warning (each denies warnings).
    t.pass("tests/ui/*/pass/*.rs");
}
