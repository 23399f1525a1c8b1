//! A cloud assembly as one program: each stack imported as its own template is, the stacks
//! side by side in one block (two or more make an app), each with the `env` its manifest
//! entry names. The CDK's cross-stack references (`Fn::ImportValue` of the exports it made)
//! stay as the templates have them, the producer's export among its outputs, and the stacks'
//! order is kept with `depends_on` from a consumer's first item to a producer's.

use std::collections::HashMap;
use std::path::Path;

use crate::assembly::{self, StackFile};
use crate::print::{ident_for, is_ident, name, string};
use crate::program::{Counts, name_key};
use crate::tree::Node;
use crate::{Error, Import, import_in, program, template, tree, verify};

/// One stack of the assembly, imported.
struct Part<'a> {
    file: &'a StackFile,
    import: Import,
}

/// Imports the cloud assembly in `dir`; with `baseline` (the directory as the user wrote it)
/// each stack names its template there as its `baseline`.
pub fn import_assembly(dir: &Path, baseline: Option<&str>) -> Result<Import, Error> {
    let stacks = assembly::read(dir)?;
    let trees = stacks.iter().map(tree_of).collect::<Result<Vec<_>, _>>()?;
    shared_names(&stacks, &trees)?;
    let mut counts = Counts::new();
    for root in &trees {
        for (id, n) in program::name_counts(root, &crate::plan::Items::new()) {
            *counts.entry(id).or_default() += n;
        }
    }
    let mut parts = stacks
        .iter()
        .map(|file| Ok(Part { file, import: import_in(&file.template, &counts).map_err(in_stack(file))? }))
        .collect::<Result<Vec<_>, Error>>()?;
    // A stack's dependencies are written on its first item, naming each producer's first
    // top-level item or construct (given a name where the block wrote its id as a string).
    let mut first_of: HashMap<&str, String> = HashMap::new();
    for p in &mut parts {
        if let Some((first, block)) = named_first(&p.import.block, &counts) {
            first_of.insert(p.file.name.as_str(), first);
            p.import.block = block;
        }
    }
    // The block, and the same without baselines: the proof reads no file.
    let (mut block, mut proven) = (String::new(), String::new());
    let mut report = Vec::new();
    for p in &parts {
        let mut text = p.import.block.clone();
        if let Some(env) = env(p.file) {
            text = with_stack_setting(&text, &env);
        }
        let (kept, across) = expressible(p.file, &stacks);
        for d in across {
            report.push(format!(
                "{}: depends on stack `{d}`, which deploys to another account or region: `cognito!` cannot express that dependency, so deploy `{d}` first",
                p.file.name
            ));
        }
        let after: Vec<&str> =
            kept.iter().filter_map(|d| first_of.get(d.as_str()).map(String::as_str)).collect();
        if !after.is_empty() {
            text = with_depends_on(&text, &after).ok_or_else(|| {
                Error::new(format!("stack `{}` has no item to carry its dependencies", p.file.name))
            })?;
        }
        proven.push_str(&text);
        match baseline {
            Some(dir) => {
                block.push_str(&crate::with_baseline(&text, &format!("{dir}/{}", p.file.template_file)))
            }
            None => block.push_str(&text),
        }
        let prefix = if parts.len() > 1 { format!("{}: ", p.file.name) } else { String::new() };
        report.extend(p.import.report.iter().map(|l| format!("{prefix}{l}")));
    }
    let proof = prove(&proven, &parts, &stacks);
    let program = if parts.len() > 1 { program::app_program(&block) } else { program::program(&block) };
    Ok(Import { block, program, report, proof })
}

/// The stacks `file` depends on that deploy where it does (a dependency `cognito!` can
/// express), and the others.
fn expressible<'s>(file: &'s StackFile, stacks: &[StackFile]) -> (Vec<&'s String>, Vec<&'s String>) {
    file.dependencies.iter().partition(|d| {
        stacks.iter().any(|s| s.name == **d && s.account == file.account && s.region == file.region)
    })
}

/// An error about one stack of the assembly.
fn in_stack(file: &StackFile) -> impl Fn(Error) -> Error + '_ {
    move |e| Error::new(format!("stack `{}` (`{}`): {e}", file.name, file.template_file))
}

/// The construct tree of a stack, whose paths must name it.
fn tree_of(file: &StackFile) -> Result<Node, Error> {
    let t = template::read(&file.template).map_err(in_stack(file))?;
    if t.stack != file.name {
        return Err(in_stack(file)(Error::new(format!(
            "its resources' paths name stack `{}`, not `{}`: a stack's construct id must be its name",
            t.stack, file.name
        ))));
    }
    tree::build(&t.stack, &t.resources).map_err(in_stack(file))
}

/// The top-level items of an app's stacks share one namespace.
fn shared_names(stacks: &[StackFile], trees: &[Node]) -> Result<(), Error> {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (s, root) in stacks.iter().zip(trees) {
        for c in &root.children {
            if let Some(other) = seen.insert(&c.id, &s.name) {
                return Err(Error::new(format!(
                    "construct `{}` is at the top of stacks `{other}` and `{}`; the top-level items of an app's stacks share one namespace in `cognito!`, so import these stacks one at a time",
                    c.id, s.name
                )));
            }
        }
    }
    Ok(())
}

/// `env: { account: "…", region: "…" },` when the manifest names either.
fn env(f: &StackFile) -> Option<String> {
    let parts: Vec<String> = [("account", &f.account), ("region", &f.region)]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {}", string(v))))
        .collect();
    (!parts.is_empty()).then(|| format!("env: {{ {} }},", parts.join(", ")))
}

/// `block` (`stack NAME { … }`) with `line` as the stack's first setting.
fn with_stack_setting(block: &str, line: &str) -> String {
    let Some((head, rest)) = block.split_once('\n') else { return block.to_owned() };
    format!("{head}\n    {line}\n{rest}")
}

/// `block` with `depends_on: [after…]` as the first setting of its first item (not a
/// `parameter` or an `output`): a dependency on an item of another stack is a dependency
/// between the stacks, as the CDK's `node.addDependency` makes it.
fn with_depends_on(block: &str, after: &[&str]) -> Option<String> {
    let mut lines: Vec<String> = block.lines().map(str::to_string).collect();
    let at = lines.iter().position(|l| item_head(l).is_some())?;
    let line = lines.get(at)?.clone();
    let indent = line.len() - line.trim_start().len();
    let names: Vec<String> = after.iter().map(|a| name(a)).collect();
    let setting = format!("depends_on: [{}],", names.join(", "));
    match item_head(&line)? {
        Head::Open => lines.insert(at + 1, format!("{}{setting}", " ".repeat(indent + 4))),
        Head::Empty(head) => {
            lines[at] = format!("{}{head} {{", " ".repeat(indent));
            lines.insert(at + 1, format!("{}{setting}", " ".repeat(indent + 4)));
            lines.insert(at + 2, format!("{}}}", " ".repeat(indent)));
        }
    }
    Some(lines.join("\n") + "\n")
}

/// The name by which items of other stacks depend on the stack of `block`: that of its first
/// top-level item or construct (not a `parameter`, an `output` or an import), with the block
/// then naming it: `construct user_pool_0 as "user-pool-0"` where it wrote the id as a string
/// and the id's identifier form names nothing else in the app (`counts`).
fn named_first(block: &str, counts: &Counts) -> Option<(String, String)> {
    let mut lines: Vec<String> = block.lines().map(str::to_string).collect();
    let at = lines.iter().position(|l| {
        let top = l.strip_prefix("    ").is_some_and(|t| !t.starts_with(' '));
        top && item_head(l).is_some()
    })?;
    let trimmed = lines.get(at)?.trim_start().to_string();
    let (kind, rest) = trimmed.split_once(' ')?;
    let Some(quoted) = rest.strip_prefix('"') else {
        let name = rest.split(' ').next()?;
        return is_ident(name).then(|| (name.to_string(), block.to_string()));
    };
    // An id with an escape in it stays a string.
    let (id, after) = quoted.split_once('"').filter(|(id, _)| !id.contains('\\'))?;
    let first = ident_for(id).filter(|_| counts.get(&name_key(id)) == Some(&1))?;
    lines[at] = format!("    {kind} {first} as {}{after}", string(id));
    Some((first, lines.join("\n") + "\n"))
}

/// The head of an item that takes `depends_on`: `KIND NAME {`, or `KIND NAME {}` (`NAME` as
/// the block writes it: `web`, `"web"`, `web_app as "web-app"`).
enum Head<'l> {
    Open,
    Empty(&'l str),
}

fn item_head(line: &str) -> Option<Head<'_>> {
    let trimmed = line.trim_start();
    let (kind, _) = trimmed.split_once(' ')?;
    let kind_ok = kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && !kind.is_empty();
    // An import (`KIND NAME = from_…(…) {`) has no resource to wait for others.
    if !line.starts_with("    ")
        || !kind_ok
        || ["stack", "parameter", "output"].contains(&kind)
        || trimmed.contains(" = ")
    {
        return None;
    }
    match trimmed.strip_suffix(" {}") {
        Some(head) => Some(Head::Empty(head)),
        None => trimmed.ends_with(" {").then_some(Head::Open),
    }
}

/// Whether the block gives every stack's template and its dependencies on other stacks.
fn prove(block: &str, parts: &[Part], files: &[StackFile]) -> Result<(), String> {
    let stacks = verify::synth_app(block).map_err(|e| format!("the program does not build:\n{e}"))?;
    let names: Vec<&str> = parts.iter().map(|p| p.file.name.as_str()).collect();
    for p in parts {
        let got = stacks.iter().find(|s| s.name == p.file.name);
        let got = got.ok_or_else(|| format!("the program has no stack `{}`", p.file.name))?;
        let want = template::document(&p.file.template).map_err(|e| e.to_string())?;
        if verify::without_bookkeeping(got.template.clone())
            != verify::without_bookkeeping(verify::to_serde(&want))
        {
            return Err(format!("stack `{}`: the program's template differs from the input", p.file.name));
        }
        let deps: Vec<&String> = got.dependencies.iter().filter(|d| names.contains(&d.as_str())).collect();
        let (kept, _) = expressible(p.file, files);
        if deps != kept {
            return Err(format!(
                "stack `{}`: the program's stack depends on {deps:?}, the input's on {kept:?}",
                p.file.name
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Counts, named_first, with_depends_on};

    fn counts(names: &[&str]) -> Counts {
        names.iter().map(|n| (n.to_string(), 1)).collect()
    }

    #[test]
    fn a_producer_is_named_by_its_first_top_level_item_or_construct() {
        let block = "stack Auth {\n    parameter Env {\n        type: \"String\",\n    }\n    user_pool Pool {\n        client web {}\n    }\n}\n";
        assert_eq!(named_first(block, &counts(&["Pool", "web"])), Some(("Pool".into(), block.into())));
        // An id written as a string is given its identifier form, when that names nothing else.
        let block =
            "stack Auth {\n    construct \"user-pool-0\" {\n        cfn_resource Resource {}\n    }\n}\n";
        let named = "stack Auth {\n    construct user_pool_0 as \"user-pool-0\" {\n        cfn_resource Resource {}\n    }\n}\n";
        assert_eq!(named_first(block, &counts(&["user_pool_0"])), Some(("user_pool_0".into(), named.into())));
        let mut twice = counts(&[]);
        twice.insert("user_pool_0".into(), 2);
        assert_eq!(named_first(block, &twice), None);
        // An import waits for nothing and makes nothing to wait for.
        let block = "stack Api {\n    user_pool Pool = from_user_pool_id(\"us-east-1_abc\") {\n        group admins {}\n    }\n}\n";
        assert_eq!(named_first(block, &counts(&["Pool", "admins"])), None);
    }

    #[test]
    fn a_consumer_waits_on_its_first_item_that_is_no_import() {
        let block = "stack Api {\n    user_pool Pool = from_user_pool_id(\"us-east-1_abc\") {\n        group my_group as \"my.group\" {}\n    }\n}\n";
        let want = "stack Api {\n    user_pool Pool = from_user_pool_id(\"us-east-1_abc\") {\n        group my_group as \"my.group\" {\n            depends_on: [user_pool_0],\n        }\n    }\n}\n";
        assert_eq!(with_depends_on(block, &["user_pool_0"]).as_deref(), Some(want));
    }
}
