//! The settings of a safe change: the stack's `baseline` (the template deployed now, read
//! here), `accept_removal` and `feature_flags`, and `accept_replacement` on an item.

use std::path::{Path, PathBuf};

use cognito_runtime::{FeatureFlags, Item, Stack};
use syn::Lit;

use super::items::item_setting;
use super::{Lower, Lx};
use crate::pipeline::ast::{ItemDecl, Value, ValueKind};

/// `baseline: "PATH"`: the file and its text (`None` when it could not be read, which is
/// reported).
#[derive(Default)]
pub struct BaselineFile {
    /// The path the file was read from, absolute.
    pub path: PathBuf,
    /// The text.
    pub text: Option<String>,
}

/// `baseline: "deploy/Stack.template.json"`: a path relative to the crate's directory (where
/// its `Cargo.toml` is, `CARGO_MANIFEST_DIR`), or absolute. The file is read now: what is
/// wrong with reading it is an error under the path.
pub fn baseline(v: &Value, lx: &mut Lx) -> Option<BaselineFile> {
    let ValueKind::Lit(Lit::Str(lit)) = &v.kind else {
        lx.expected(
            v,
            "the path of the deployed template, a string: `baseline: \"deploy/Stack.template.json\"`",
        );
        return None;
    };
    let written = lit.value();
    if written.is_empty() {
        lx.error(
            v.first,
            v.last,
            "`baseline` is empty; name the deployed template: `baseline: \"deploy/Stack.template.json\"`",
        );
        return None;
    }
    let path = resolve(&written);
    let text = match std::fs::read(&path).map(String::from_utf8) {
        Ok(Ok(text)) => Some(text),
        Ok(Err(_)) => {
            lx.error(
                v.first,
                v.last,
                format!("`baseline` `{written}` is not UTF-8 text; a template is JSON"),
            );
            None
        }
        Err(e) => {
            lx.error(v.first, v.last, unreadable(&written, &e));
            None
        }
    };
    Some(BaselineFile { path, text })
}

/// `written` relative to the crate's directory, unless absolute.
fn resolve(written: &str) -> PathBuf {
    let path = Path::new(written);
    match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) if path.is_relative() => Path::new(&dir).join(path),
        // Outside Cargo: the directory the compiler runs in (the expansion's `include_bytes!`
        // needs an absolute path, being relative to the source file otherwise).
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// Cognito: the baseline is the template deployed now; a file that cannot be read says why
/// and how to get it.
fn unreadable(written: &str, e: &std::io::Error) -> String {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    };
    format!(
        "`baseline` `{written}` cannot be read ({reason}; a relative path starts at the crate's directory, \
         where its Cargo.toml is); save the deployed template there: `aws cloudformation get-template \
         --stack-name NAME --query TemplateBody > {written}`, or copy the CDK's `cdk.out/NAME.template.json`"
    )
}

/// `accept_removal: ["LogicalId", …]`: the baseline's resources the stack may remove.
pub fn logical_ids(v: &Value, lx: &mut Lx) -> Option<Vec<String>> {
    let ValueKind::List(items) = &v.kind else {
        lx.expected(v, "a list of the baseline's logical ids: `accept_removal: [\"PoolD3F588B8\"]`");
        return None;
    };
    let mut ids = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        lx.at(&i.to_string(), |lx| {
            lx.record(item.first, (item.first, item.last));
            if let Some(id) = String::lower(item, lx) {
                ids.push(id);
            }
        });
    }
    Some(ids)
}

/// `feature_flags: RECOMMENDED` (what `cdk init` writes into `cdk.json`), or flags by name:
/// `feature_flags: ["@aws-cdk/aws-lambda:useCdkManagedLogGroup"]`.
pub fn feature_flags(v: &Value, lx: &mut Lx) -> Option<FeatureFlags> {
    let usage =
        "`RECOMMENDED` or a list of flag names: `feature_flags: [\"@aws-cdk/aws-iam:minimizePolicies\"]`";
    match &v.kind {
        ValueKind::Path(path) if path.last().is_some_and(|m| m == "RECOMMENDED") && path.len() <= 2 => {
            Some(FeatureFlags::recommended())
        }
        ValueKind::List(names) => {
            let mut flags = FeatureFlags::default();
            for (i, name) in names.iter().enumerate() {
                lx.at(&i.to_string(), |lx| {
                    lx.record(name.first, (name.first, name.last));
                    let set = String::lower(name, lx).map(|n| flags.set(&n, true));
                    if let Some(Err(message)) = set {
                        lx.error(name.first, name.last, message);
                    }
                });
            }
            Some(flags)
        }
        _ => {
            lx.expected(v, usage);
            None
        }
    }
}

/// `accept_replacement: true`, which every item takes: its resources may be replaced, or
/// moved to a new logical id (`Stack::accept_replacement`).
pub fn accept_replacement(decl: &ItemDecl, node: usize, lx: &mut Lx, stack: &mut Stack) {
    let usage = "`true`: `accept_replacement: true`";
    let Some((s, value)) = item_setting(decl, "accept_replacement", usage, lx) else { return };
    let Some(id) = stack.node_id(node) else { return };
    lx.at("accept_replacement", |lx| {
        lx.record(s.key.span(), (value.first, value.last));
        if stack.node(id).is_some_and(|n| matches!(n.item, Item::Construct)) {
            lx.error(
                s.key.span(),
                value.last,
                "a `construct` has no resources of its own to replace; put `accept_replacement: true` on the items \
                 whose resources are replaced",
            );
            return;
        }
        if bool::lower(value, lx) == Some(true) {
            stack.accept_replacement(id);
        }
    });
}

/// What the stack's change settings set on the stack.
pub fn apply(stack: &mut Stack, removals: Option<Vec<String>>, flags: Option<FeatureFlags>) {
    for id in removals.unwrap_or_default() {
        stack.accept_removal(id);
    }
    if let Some(flags) = flags {
        stack.set_feature_flags(flags);
    }
}
