//! A file asset (a function's `Code::Asset`) as it is staged: where it comes from, its
//! fingerprint, how it is packaged, and its names in the cloud assembly and the bootstrap
//! bucket.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The archive extensions `AssetStaging` keeps on a staged file's name.
const ARCHIVE_EXTENSIONS: &[&str] = &[".tar.gz", ".zip", ".jar", ".tar", ".tgz"];

/// An asset as it is staged: where it comes from, its hash, and how it is packaged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StagedAsset {
    /// The directory or file, as an absolute path.
    pub source: PathBuf,
    /// The CDK's fingerprint of it: 64 hex digits.
    pub hash: String,
    /// A directory (zipped when published), rather than a file published as it is.
    pub is_dir: bool,
}

impl StagedAsset {
    /// The file's extension as the CDK keeps it (`.zip`, `.tar.gz`, …); empty for a directory.
    fn extension(&self) -> String {
        if self.is_dir {
            return String::new();
        }
        let name = self.source.to_string_lossy().to_lowercase();
        if let Some(ext) = ARCHIVE_EXTENSIONS.iter().find(|e| name.ends_with(*e)) {
            return (*ext).to_owned();
        }
        self.source.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default()
    }

    /// Its name in the cloud assembly: `asset.<hash>` or `asset.<hash>.zip`.
    pub fn staged_name(&self) -> String {
        format!("asset.{}{}", self.hash, self.extension())
    }

    /// Its key in the bootstrap bucket: `<hash>.zip` for a directory and a `.zip` file.
    pub fn object_key(&self) -> String {
        let ext = if self.is_dir { ".zip".to_owned() } else { self.extension() };
        format!("{}{ext}", self.hash)
    }

    /// The asset manifest's `packaging`.
    pub fn packaging(&self) -> &'static str {
        if self.is_dir { "zip" } else { "file" }
    }
}

/// The object key of the asset at `path` before it is hashed (a check, which reads no file):
/// as long as the real one, so that the template's size is exact for CloudFormation's limits.
pub(crate) fn unhashed_key(path: &Path) -> String {
    StagedAsset { source: path.to_owned(), hash: "0".repeat(64), is_dir: path.is_dir() }.object_key()
}

/// The staged assets by the path their `Code::Asset` gives.
pub(crate) type AssetHashes = HashMap<PathBuf, StagedAsset>;
