//! The build's dependency on a file asset: rustc reruns the expansion when a file it read
//! with `include_bytes!` changes, and stable Rust gives a macro no other way to say so. The
//! constants are never used, so the bytes stay out of the program.

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

/// `const _: &[u8] = include_bytes!(FILE);` for the asset's file, or for each file of its
/// directory as it is now (files added later are hashed when the assembly is written, but
/// only a change to a file present here rebuilds the crate).
pub fn watched(asset: &Path) -> TokenStream {
    let files = files(asset);
    let files = files.iter().filter_map(|f| f.to_str());
    quote!(#(const _: &[u8] = ::std::include_bytes!(#files);)*)
}

/// The regular files at `path` (itself, or below it), sorted; links are not followed.
fn files(path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![path.to_owned()];
    while let Some(p) = pending.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
        if meta.is_file() {
            out.push(p);
        } else if meta.is_dir()
            && let Ok(entries) = std::fs::read_dir(&p)
        {
            pending.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
        }
    }
    out.sort();
    out
}
