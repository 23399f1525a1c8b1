//! YAML templates import as their JSON form does: every fixture of
//! `tests/fixtures/cdk/expected/cli/` is written as CloudFormation's YAML twice — with the
//! short-form tags (`!Ref`, `!GetAtt a.b` and `!GetAtt [a, b]`, `!Sub`, `!Join`, …), and in the
//! long form `cdk synth` prints — and each must read as the JSON does; the short form is
//! imported and must give what the JSON gives (the same block, proven by the macro's pipeline
//! to give the input's template, or the same error).

mod common;

use std::collections::BTreeMap;

use cognito_cli::json::{self, Json};

/// The short forms: `Fn::NAME` as `!NAME` (and `Ref`, `Condition`).
const SHORT: &[&str] = &[
    "Ref",
    "Condition",
    "Fn::GetAtt",
    "Fn::Base64",
    "Fn::Cidr",
    "Fn::FindInMap",
    "Fn::GetAZs",
    "Fn::ImportValue",
    "Fn::Join",
    "Fn::Select",
    "Fn::Split",
    "Fn::Sub",
    "Fn::If",
    "Fn::Equals",
    "Fn::Not",
    "Fn::And",
    "Fn::Or",
];

/// Writes JSON values as block-style YAML.
struct Yaml {
    short: bool,
    out: String,
    /// Alternates `!GetAtt a.b` and `!GetAtt [a, b]`.
    get_atts: usize,
}

impl Yaml {
    fn document(json: &Json, short: bool) -> String {
        let mut y = Yaml { short, out: String::new(), get_atts: 0 };
        match json {
            Json::Obj(entries) if !entries.is_empty() => y.entries(entries, 0),
            other => y.value(other, 0),
        }
        y.out
    }

    fn entries(&mut self, entries: &[(String, Json)], indent: usize) {
        for (k, v) in entries {
            self.out.push_str(&format!("{}{}:", " ".repeat(indent), scalar_text(k)));
            self.value(v, indent + 2);
        }
    }

    /// `v` after a `key:` or a `-`: on the same line, or the lines below at `indent`.
    fn value(&mut self, v: &Json, indent: usize) {
        match v {
            Json::Obj(entries) if entries.is_empty() => self.out.push_str(" {}\n"),
            Json::Arr(items) if items.is_empty() => self.out.push_str(" []\n"),
            Json::Obj(entries)
                if self.short && entries.len() == 1 && SHORT.contains(&entries[0].0.as_str()) =>
            {
                self.tagged(&entries[0].0, &entries[0].1, indent)
            }
            Json::Obj(entries) => {
                self.out.push('\n');
                self.entries(entries, indent);
            }
            Json::Arr(items) => {
                self.out.push('\n');
                for item in items {
                    self.out.push_str(&format!("{}-", " ".repeat(indent)));
                    self.value(item, indent + 2);
                }
            }
            Json::Null => self.out.push_str(" null\n"),
            Json::Bool(b) => self.out.push_str(&format!(" {b}\n")),
            Json::Num(n) => self.out.push_str(&format!(" {n}\n")),
            Json::Str(s) => self.out.push_str(&format!(" {}\n", scalar_text(s))),
        }
    }

    fn tagged(&mut self, key: &str, v: &Json, indent: usize) {
        let tag = key.trim_start_matches("Fn::");
        if let (true, Json::Arr(pair)) = (tag == "GetAtt", v)
            && let [Json::Str(resource), Json::Str(attribute)] = pair.as_slice()
        {
            self.get_atts += 1;
            let text = match self.get_atts % 2 {
                0 => format!(" !GetAtt {resource}.{attribute}\n"),
                _ => format!(" !GetAtt [{}, {}]\n", scalar_text(resource), scalar_text(attribute)),
            };
            return self.out.push_str(&text);
        }
        self.out.push_str(&format!(" !{tag}"));
        self.value(v, indent);
    }
}

/// A string as a plain scalar where YAML reads it back as that string, double-quoted
/// otherwise.
fn scalar_text(s: &str) -> String {
    let plain = s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "_-./:".contains(c))
        && !s.contains(": ")
        && !s.ends_with(':')
        && !["y", "n", "yes", "no", "on", "off", "true", "false", "null"]
            .contains(&s.to_ascii_lowercase().as_str());
    match plain {
        true => s.to_string(),
        false => serde_json::to_string(s).unwrap(),
    }
}

#[test]
fn every_fixture_reads_as_its_json_form() {
    let files = common::fixtures("cli");
    let mut tags = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let want = json::parse(&text).unwrap();
        for short in [true, false] {
            let yaml = Yaml::document(&want, short);
            tags += yaml.matches(" !").count();
            let got =
                cognito_cli::yaml::parse(&yaml).unwrap_or_else(|e| panic!("{}: {e}\n{yaml}", file.display()));
            assert_eq!(got, want, "{}\n{yaml}", file.display());
        }
    }
    assert!(files.len() > 400 && tags > 1000, "{} fixtures, {tags} tags", files.len());
}

#[test]
fn every_fixture_imports_as_its_json_form() {
    let files = common::fixtures("cli");
    let (mut proven, mut refused) = (0, 0);
    let mut forms: BTreeMap<String, usize> = BTreeMap::new();
    let mut overridden = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let yaml = Yaml::document(&json::parse(&text).unwrap(), true);
        match (cognito_cli::import(&yaml), cognito_cli::import(&text)) {
            (Ok(y), Ok(j)) => {
                assert_eq!(y.block, j.block, "{}", file.display());
                assert_eq!(y.proof, j.proof, "{}", file.display());
                if y.proof.is_ok() {
                    proven += 1;
                    common::tally(&y.report, &mut forms, &mut overridden);
                }
            }
            (Err(y), Err(j)) => {
                assert_eq!(y, j, "{}", file.display());
                refused += 1;
            }
            (y, j) => panic!("{}: YAML {:?}, JSON {:?}", file.display(), y.err(), j.err()),
        }
    }
    let (items, cfn) = common::items_and_cfn(&forms);
    eprintln!(
        "YAML: {proven} of {} fixtures round-trip ({refused} refused as their JSON is); {items} resources as items, {cfn} as `cfn_resource`",
        files.len()
    );
    // The JSON form's figures (tests/round_trip.rs): 453 round-trip, 9 refused.
    assert_eq!((proven, refused), (453, 9));
}

/// The command reads a YAML file as it reads the JSON one.
#[test]
fn the_command_imports_yaml() {
    let fixture =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/cdk/expected/cli/x_dsl_md_seed.json");
    let yaml = Yaml::document(&json::parse(&std::fs::read_to_string(fixture).unwrap()).unwrap(), true);
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("x_dsl_md_seed.template.yaml");
    std::fs::write(&file, &yaml).unwrap();
    let run = |file: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_cognito")).args(["import", file]).output().unwrap()
    };
    let (from_yaml, from_json) = (run(file.to_str().unwrap()), run(fixture));
    assert!(from_yaml.status.success(), "{}", String::from_utf8_lossy(&from_yaml.stderr));
    assert_eq!(from_yaml.stdout, from_json.stdout);
    assert!(String::from_utf8_lossy(&from_yaml.stdout).contains("user_pool "));
}

/// The importer fuzz's changed templates (`common::mutate`, one to three changes of a
/// round-trip fixture) written as YAML, short form or long, alternately: the YAML reader and
/// the importer give an import or an error, never a panic. `FUZZ_COUNT` templates (default
/// 120) from `FUZZ_SEED`.
#[test]
fn changed_templates_in_yaml_import_or_fail() {
    use common::mutate::{Rng, changed, cli_templates, fuzz};
    let templates = cli_templates();
    let make = |i: u64, rng: &mut Rng| {
        let (template, what) = changed(&templates, rng);
        // Our ordered tree of the changed template, through its text (a value wrapped deeper
        // than the reader takes is not written).
        let tree = json::parse(&template.to_string()).ok()?;
        let short = i.is_multiple_of(2);
        let text = Yaml::document(&tree, short);
        let what = format!("{what} (short form: {short}):\n{text}");
        Some((text, what))
    };
    fuzz("changed templates in YAML", 0x7A31_C061_2026_1203, 120, make, |text| {
        cognito_cli::import(text).is_ok()
    });
}
