//! The 1,000-tenant app of `examples/tenants.rs` (11 stacks, 3,002 resources), in process:
//! building it with the runtime API, `App::synth` (every template, the exports and imports
//! between the stacks, the asset hashed), and writing the cloud assembly. Prints a table;
//! `cargo bench --bench tenants`. (The whole process against the CDK: `scripts/bench-tenants.py`.)

#[path = "alloc.rs"]
mod alloc;
#[allow(dead_code)]
#[path = "../examples/tenants.rs"]
mod tenants;

use std::path::PathBuf;

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

fn main() {
    let zip = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cdk/cases/assets/bootstrap.zip");
    let out = std::env::temp_dir().join(format!("cognito-bench-tenants-{}", std::process::id()));
    let app = || tenants::app(1000, tenants::tenants_per_stack(), zip.clone());
    let runs = 21;
    let build = alloc::median_ms(runs, || {
        std::hint::black_box(app());
    });
    let built = app();
    let (assembly, peak) = alloc::peak_during(|| built.synth().expect("the app is valid"));
    let synth = alloc::median_ms(runs, || {
        std::hint::black_box(built.synth().expect("the app is valid"));
    });
    let write = alloc::median_ms(runs, || {
        assembly.write(&out).expect("the assembly is written");
    });
    let _ = std::fs::remove_dir_all(&out);
    let resources: usize = assembly
        .stacks
        .iter()
        .map(|s| s.template.to_serde()["Resources"].as_object().map_or(0, |r| r.len()))
        .sum();
    println!(
        "{:>7} {:>10} {:>9} {:>9} {:>9} {:>10}",
        "stacks", "resources", "build ms", "synth ms", "write ms", "peak MiB"
    );
    println!(
        "{:>7} {resources:>10} {build:>9.2} {synth:>9.2} {write:>9.2} {:>10.2}",
        assembly.stacks.len(),
        peak as f64 / 1048576.0
    );
}
