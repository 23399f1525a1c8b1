//! File assets (`Code::Asset`): hashed when a template is rendered (a function's render reads
//! its object key from the hashes, `Synth::asset`, and the bucket from the synthesizer), and
//! staged into the cloud assembly as the CDK's `AssetStaging` stages them (`asset.<hash>`
//! folders, `asset.<hash>.zip` files).

use std::path::{Path, PathBuf};

use super::fingerprint::{self, AssetError, Entry};
use crate::context::check::{Check, CheckFacts, Issue};
use crate::core::asset::{AssetHashes, StagedAsset};
use crate::core::error::Violation;
use crate::core::node::NodeId;
use crate::resources::lambda::Code;
use crate::stack::Stack;
use crate::stack::item::Item;

/// The assets of a stack's own items, in declaration order: the item and its path.
pub(crate) fn asset_nodes(stack: &Stack) -> impl Iterator<Item = (NodeId, &Path)> + '_ {
    stack.ids().zip(stack.nodes()).take(stack.local_len()).filter_map(|(id, n)| match &n.item {
        Item::LambdaFunction(f) => match &f.code {
            Code::Asset(path) => Some((id, path.as_path())),
            _ => None,
        },
        _ => None,
    })
}

/// Hashes the assets of `stack` (a stack rendered on its own), reporting through `facts`
/// (the stack, as its passes see it).
pub(crate) fn hash_assets<F: CheckFacts>(stack: &Stack, facts: &F, out: &mut Vec<Violation>) -> AssetHashes {
    let mut hashes = AssetHashes::new();
    hash_into(stack, facts, out, &mut hashes);
    hashes
}

/// Hashes the assets of `stack` not in `hashes` yet; a path that exists but cannot be read is
/// a violation (one that does not exist is `lambda_function.code.asset`'s).
pub(crate) fn hash_into<F: CheckFacts>(
    stack: &Stack,
    facts: &F,
    out: &mut Vec<Violation>,
    hashes: &mut AssetHashes,
) {
    for (node, path) in asset_nodes(stack) {
        if hashes.contains_key(path) {
            continue;
        }
        let source = fingerprint::resolve(&std::env::current_dir().unwrap_or_default(), path);
        let Ok(meta) = std::fs::metadata(&source) else { continue };
        match fingerprint::fingerprint(&source) {
            Ok(hash) => {
                hashes.insert(path.to_owned(), StagedAsset { source, hash, is_dir: meta.is_dir() });
            }
            Err(e) => unreadable(&e, &mut Check::new(facts, Some(node), out)),
        }
    }
}

/// AWS CDK `FileSystem.fingerprint`: every file of an asset can be read.
fn unreadable(e: &AssetError, cx: &mut Check) {
    let message = format!(
        "`code` must be readable to be hashed and staged, but {} cannot be read ({}); fix its permissions or remove it",
        e.path.display(),
        e.message
    );
    cx.push(Issue::new("lambda_function.code.unreadable", "code", message));
}

/// Copies `asset` into `outdir` as `AssetStaging.stageByCopying` does, unless it is there.
pub(crate) fn stage(asset: &StagedAsset, outdir: &Path) -> Result<(), AssetError> {
    let target = outdir.join(asset.staged_name());
    if target.exists() {
        return Ok(());
    }
    let fail = |path: &Path, e: std::io::Error| AssetError { path: path.to_owned(), message: e.to_string() };
    if !asset.is_dir {
        return std::fs::copy(&asset.source, &target).map(|_| ()).map_err(|e| fail(&asset.source, e));
    }
    std::fs::create_dir_all(&target).map_err(|e| fail(&target, e))?;
    copy_directory(&asset.source, &target)
}

/// `FileSystem.copyDirectory` with the asset defaults: what the fingerprint hashes, links
/// kept as links (pointing into the copy when they pointed into the source).
fn copy_directory(src: &Path, dest: &Path) -> Result<(), AssetError> {
    let canonical_src = std::fs::canonicalize(src).unwrap_or_else(|_| src.to_path_buf());
    let destination = |p: &Path| dest.join(p.strip_prefix(src).unwrap_or(p));
    let fail = |path: &Path, e: std::io::Error| AssetError { path: path.to_owned(), message: e.to_string() };
    fingerprint::walk_directory(src, src, &mut |entry| {
        match entry {
            Entry::Dir { symbolic } => {
                let d = destination(&symbolic);
                std::fs::create_dir_all(&d).map_err(|e| fail(&d, e))?;
            }
            Entry::File { symbolic, real } => {
                let d = destination(&symbolic);
                make_parent(&d)?;
                std::fs::copy(&real, &d).map_err(|e| fail(&real, e))?;
            }
            Entry::Link { symbolic, text, resolved, .. } => {
                let d = destination(&symbolic);
                make_parent(&d)?;
                let text = if resolved == canonical_src || resolved.starts_with(&canonical_src) {
                    let copied = dest.join(resolved.strip_prefix(&canonical_src).unwrap_or(&resolved));
                    let rel = fingerprint::relative(d.parent().unwrap_or(dest), &copied);
                    if rel.as_os_str().is_empty() { PathBuf::from(".") } else { rel }
                } else {
                    text
                };
                symlink(&text, &d).map_err(|e| fail(&d, e))?;
            }
        }
        Ok(())
    })
}

fn make_parent(path: &Path) -> Result<(), AssetError> {
    match path.parent() {
        Some(p) => {
            std::fs::create_dir_all(p).map_err(|e| AssetError { path: p.to_owned(), message: e.to_string() })
        }
        None => Ok(()),
    }
}

#[cfg(unix)]
fn symlink(text: &Path, at: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(text, at)
}

#[cfg(not(unix))]
fn symlink(text: &Path, at: &Path) -> std::io::Result<()> {
    // Without symbolic links, the copy holds what the link points to.
    let target = at.parent().unwrap_or(Path::new(".")).join(text);
    std::fs::copy(target, at).map(|_| ())
}
