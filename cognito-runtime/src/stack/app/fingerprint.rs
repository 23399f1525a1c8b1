//! The AWS CDK's asset fingerprint (`FileSystem.fingerprint`, aws-cdk-lib 2.276
//! `core/lib/fs/fingerprint.js`) for `Code.fromAsset(PATH)`'s defaults: hash type `SOURCE`,
//! symlinks followed only when they leave the directory (`SymlinkFollowMode.EXTERNAL`),
//! `.is_custom_resource` excluded (glob, matched against the base name), no extra hash.
//!
//! The walk itself (`walk_directory`) is shared with staging, which copies what it hashes.

use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};

use super::sha256::Sha256;

/// The pattern `AssetStaging` adds to every asset's excludes.
pub(crate) const EXCLUDED_NAME: &str = ".is_custom_resource";

/// What a walk meets, with paths as the CDK passes them to its visitors.
pub(crate) enum Entry {
    /// A directory (`symbolic` is where it appears in the tree being walked).
    Dir { symbolic: PathBuf },
    /// A file to hash or copy: `real` is where its bytes are (a followed link's target).
    File { symbolic: PathBuf, real: PathBuf },
    /// A link kept as a link: its text, where it points, and whether that is inside the root.
    Link { symbolic: PathBuf, text: PathBuf, resolved: PathBuf, internal: bool },
}

/// Why an asset could not be hashed or staged: the path and the system's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AssetError {
    pub path: PathBuf,
    pub message: String,
}

fn io(path: &Path, e: std::io::Error) -> AssetError {
    AssetError { path: path.to_owned(), message: e.to_string() }
}

/// The CDK's fingerprint of `path` (a file or a directory), as 64 hex digits.
pub(crate) fn fingerprint(path: &Path) -> Result<String, AssetError> {
    let mut hash = Sha256::new();
    field(&mut hash, "options.extra", b"");
    field(&mut hash, "options.follow", b"external");
    let root = std::fs::canonicalize(path).map_err(|e| io(path, e))?;
    let meta = std::fs::metadata(&root).map_err(|e| io(&root, e))?;
    if !meta.is_dir() {
        field(&mut hash, "file:", content_fingerprint(&root)?.as_bytes());
        return Ok(hash.hex());
    }
    walk_directory(&root, &root, &mut |entry| {
        match entry {
            Entry::File { symbolic, real } => {
                let key = format!("file:{}", relative_key(&root, &symbolic));
                field(&mut hash, &key, content_fingerprint(&real)?.as_bytes());
            }
            Entry::Link { symbolic, text, resolved, internal } => {
                // An absolute link inside the directory is hashed by where it points within it,
                // so the hash does not depend on where the directory is.
                let target = if internal && text.is_absolute() {
                    relative_key(&root, &resolved)
                } else {
                    text.to_string_lossy().into_owned()
                };
                field(&mut hash, &format!("link:{}", relative_key(&root, &symbolic)), target.as_bytes());
            }
            Entry::Dir { .. } => {}
        }
        Ok(())
    })?;
    Ok(hash.hex())
}

/// `_hashField`: the header and the value between the control characters SOH, STX and ETX.
fn field(hash: &mut Sha256, header: &str, value: &[u8]) {
    hash.update(b"\x01").update(header.as_bytes()).update(b"\x02").update(value).update(b"\x03");
}

/// `path.relative(root, p)` with `/` separators, for paths below `root`.
fn relative_key(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| relative(root, p));
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.join("/")
}

/// Node's `path.relative(from, to)` for absolute, normalized paths.
pub(crate) fn relative(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    out
}

/// Node's `path.resolve(base, p)`: `p` against `base`, `.` and `..` resolved by name.
pub(crate) fn resolve(base: &Path, p: &Path) -> PathBuf {
    let joined = if p.is_absolute() { p.to_path_buf() } else { base.join(p) };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `contentFingerprint`: the SHA-256 of a file read in 8 KiB pieces, prefixed by the number
/// of bytes hashed. A file whose first piece has a NUL byte is binary and hashed as it is;
/// otherwise each piece is decoded as UTF-8 (invalid sequences, including a character split
/// between two pieces, become U+FFFD) and its CRLFs become LFs, a piece ending in CR waiting
/// for the next. A CR-ended rest at the end is hashed unchanged and not counted.
fn content_fingerprint(file: &Path) -> Result<String, AssetError> {
    let mut f = std::fs::File::open(file).map_err(|e| io(file, e))?;
    let mut hash = Sha256::new();
    let mut buffer = vec![0u8; 8 * 1024];
    let (mut size, mut binary, mut last) = (0usize, false, String::new());
    loop {
        let read = read_full(&mut f, &mut buffer).map_err(|e| io(file, e))?;
        if read == 0 {
            break;
        }
        let piece = &buffer[..read];
        if size == 0 {
            binary = piece.contains(&0);
        }
        if binary {
            size += read;
            hash.update(piece);
            continue;
        }
        let text = String::from_utf8_lossy(piece);
        if text.ends_with('\r') {
            last.push_str(&text);
            continue;
        }
        let data = std::mem::take(&mut last) + &text;
        let normalized = data.replace("\r\n", "\n");
        size += normalized.len();
        hash.update(normalized.as_bytes());
    }
    if !last.is_empty() {
        hash.update(last.as_bytes());
    }
    Ok(format!("{size}:{}", hash.hex()))
}

/// Reads until `buffer` is full or the file ends, as `readSync` does on a regular file.
fn read_full(f: &mut std::fs::File, buffer: &mut [u8]) -> std::io::Result<usize> {
    use std::io::Read;
    let mut filled = 0;
    while filled < buffer.len() {
        match f.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// `walkDirectory` (`core/lib/fs/utils.js`) with the asset defaults: entries sorted by name
/// (UTF-16 code units, as JavaScript compares strings), a link followed only when its target
/// is outside `root` (then walked as what it points to), a directory met again through links
/// skipped, `.is_custom_resource` left out, other kinds of entries (sockets, FIFOs) skipped.
/// `dir` is walked; paths given to `visit` start with `dir`.
pub(crate) fn walk_directory(
    dir: &Path,
    root: &Path,
    visit: &mut dyn FnMut(Entry) -> Result<(), AssetError>,
) -> Result<(), AssetError> {
    let canonical_root = real_or_self(root);
    let mut walker = Walker { canonical_root, ancestors: Vec::new(), visit };
    walker.walk(dir, dir, &real_or_self(dir))
}

struct Walker<'v> {
    canonical_root: PathBuf,
    ancestors: Vec<PathBuf>,
    visit: &'v mut dyn FnMut(Entry) -> Result<(), AssetError>,
}

impl Walker<'_> {
    fn walk(&mut self, symbolic: &Path, real: &Path, canonical: &Path) -> Result<(), AssetError> {
        if self.ancestors.iter().any(|a| a == canonical) {
            return Ok(());
        }
        self.ancestors.push(canonical.to_path_buf());
        let mut entries: Vec<(OsString, std::fs::FileType)> = Vec::new();
        for e in std::fs::read_dir(real).map_err(|e| io(real, e))? {
            let e = e.map_err(|e| io(real, e))?;
            let kind = e.file_type().map_err(|err| io(&e.path(), err))?;
            entries.push((e.file_name(), kind));
        }
        entries.sort_by(|(a, _), (b, _)| utf16_cmp(&a.to_string_lossy(), &b.to_string_lossy()));
        for (name, kind) in entries {
            let (child, child_real) = (symbolic.join(&name), real.join(&name));
            if kind.is_symlink() {
                self.link(&child, &child_real)?;
            } else if kind.is_dir() {
                self.dir(&child, &child_real, &canonical.join(&name))?;
            } else if kind.is_file() {
                self.file(child, child_real)?;
            }
        }
        self.ancestors.pop();
        Ok(())
    }

    fn dir(&mut self, symbolic: &Path, real: &Path, canonical: &Path) -> Result<(), AssetError> {
        if excluded(symbolic) {
            return Ok(());
        }
        (self.visit)(Entry::Dir { symbolic: symbolic.to_path_buf() })?;
        self.walk(symbolic, real, canonical)
    }

    fn file(&mut self, symbolic: PathBuf, real: PathBuf) -> Result<(), AssetError> {
        if excluded(&symbolic) {
            return Ok(());
        }
        (self.visit)(Entry::File { symbolic, real })
    }

    fn link(&mut self, symbolic: &Path, real: &Path) -> Result<(), AssetError> {
        let text = std::fs::read_link(real).map_err(|e| io(real, e))?;
        let parent = real.parent().unwrap_or(Path::new("/"));
        let resolved = canonical_link_target(&resolve(parent, &text));
        let internal = resolved == self.canonical_root || resolved.starts_with(&self.canonical_root);
        let target = if internal { None } else { std::fs::metadata(&resolved).ok() };
        match target {
            Some(m) if m.is_dir() => self.dir(symbolic, &resolved, &real_or_self(&resolved)),
            Some(m) if m.is_file() => self.file(symbolic.to_path_buf(), resolved),
            Some(_) if !excluded(symbolic) => Err(AssetError {
                path: symbolic.to_path_buf(),
                message: "it is neither a file nor a directory".to_owned(),
            }),
            Some(_) => Ok(()),
            None if excluded(symbolic) => Ok(()),
            None => (self.visit)(Entry::Link { symbolic: symbolic.to_path_buf(), text, resolved, internal }),
        }
    }
}

/// The glob exclude `.is_custom_resource` with `matchBase`: any entry of that name.
fn excluded(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == EXCLUDED_NAME)
}

fn real_or_self(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// `canonicalLinkTarget`: the real path of the target's directory, and its name.
fn canonical_link_target(target: &Path) -> PathBuf {
    match (target.parent(), target.file_name()) {
        (Some(dir), Some(name)) => real_or_self(dir).join(name),
        _ => target.to_path_buf(),
    }
}

/// JavaScript's `<` on strings: by UTF-16 code units.
fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/cdk/cases/assets").join(name)
    }

    #[test]
    fn hashes_as_the_cdk() {
        // The hashes in tests/fixtures/cdk/expected/app_*.app.json.
        let hello = fingerprint(&fixture("hello")).unwrap();
        assert_eq!(hello, "a2cf677a63ba077f0c14b81918d5b927d5e5c3390f5bac6c7b95260ed8175945");
        let zip = fingerprint(&fixture("bootstrap.zip")).unwrap();
        assert_eq!(zip, "8a6e20701db7646851bff0d21ff8d274d450bbcd7275a0b6bb96b5c399e65b66");
        let tree = fingerprint(&fixture("tree")).unwrap();
        assert_eq!(tree, "b3332740e94bad96dc76b34d2e8870674e809389d1bf54c1c02ba73c57b0e9e6");
    }

    #[test]
    fn a_missing_path_is_an_error() {
        let e = fingerprint(&fixture("no-such-thing")).unwrap_err();
        assert!(e.path.ends_with("no-such-thing"), "{e:?}");
    }

    #[test]
    fn paths_as_node_resolves_them() {
        assert_eq!(resolve(Path::new("/a/b"), Path::new("../c/./d")), PathBuf::from("/a/c/d"));
        assert_eq!(relative(Path::new("/a/b/c"), Path::new("/a/d")), PathBuf::from("../../d"));
        assert_eq!(utf16_cmp("Z", "a"), std::cmp::Ordering::Less);
    }
}
