//! What `cdk diff` says about a change pair (`expected/change_NAME.diff`), and our verdicts in
//! its words.

use std::collections::BTreeMap;

use cognito::change::{ChangeReport, Section};

/// The CLI's verdict on each resource: the marker at the end of its line in the `Resources`
/// section (`replace`, `destroy`, `orphan`), else `update` for `[~]` and `add` for `[+]`.
pub fn cli_verdicts(diff: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut in_resources = false;
    for line in diff.lines() {
        if !line.starts_with(['[', ' ', '│', '└', '├']) {
            in_resources = line == "Resources";
            continue;
        }
        let marked = ["[~] ", "[+] ", "[-] "].iter().find_map(|m| line.strip_prefix(m));
        let Some(rest) = marked.filter(|_| in_resources) else { continue };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let (id, marker) = match words.as_slice() {
            [.., id, m] if ["replace", "destroy", "orphan"].contains(m) => (*id, *m),
            [.., id] if line.starts_with("[+]") => (*id, "add"),
            [.., id] => (*id, "update"),
            [] => panic!("a resource line without an id: {line}"),
        };
        out.insert(id.to_owned(), marker.to_owned());
    }
    out
}

/// Our verdict on each resource, in the CLI's words (Cognito's refusals are updates to it).
pub fn our_verdicts(report: &ChangeReport) -> BTreeMap<String, String> {
    report
        .changes
        .iter()
        .filter(|c| c.section == Section::Resources)
        .map(|c| (c.logical_id.clone(), if c.kind() == "fails" { "update" } else { c.kind() }.to_owned()))
        .collect()
}
