//! `code`: a Lambda function's code. `inline("…")`; `asset("PATH")`, a directory or a `.zip`
//! file relative to the crate's `Cargo.toml` (the CDK's `Code.fromAsset`); or
//! `from_bucket(BUCKET, "key")`, an object already uploaded (`Code.fromBucket`).

use std::path::{Path, PathBuf};

use cognito_runtime::Code;

use super::{Lower, Lx, field};
use crate::pipeline::ast::{Arg, Value, ValueKind};

const USAGE: &str =
    "`inline(\"…source…\")`, `asset(\"path/to/code.zip\")` or `from_bucket(\"bucket\", \"key.zip\")`";

impl Lower for Code {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Code> {
        let ValueKind::Call(path, args) = &v.kind else {
            lx.expected(v, USAGE);
            return None;
        };
        match path.last().map(ToString::to_string).as_deref() {
            Some("inline" | "from_inline") => inline(v, args, lx),
            Some("asset" | "from_asset") => asset(v, args, lx),
            Some("from_bucket") => from_bucket(v, args, lx),
            _ => {
                lx.expected(v, USAGE);
                None
            }
        }
    }
}

/// The arguments of a call; none when one is named (`f(key: …)`).
fn positional(args: &[Arg]) -> Vec<&Value> {
    let values: Option<Vec<&Value>> = args.iter().map(|a| a.name.is_none().then_some(&a.value)).collect();
    values.unwrap_or_default()
}

fn inline(v: &Value, args: &[Arg], lx: &mut Lx) -> Option<Code> {
    match positional(args).as_slice() {
        [source] => Some(Code::Inline(String::lower(source, lx)?)),
        _ => {
            lx.error(v.first, v.last, "`inline` takes the source as one string");
            None
        }
    }
}

/// `asset("PATH")`: the path must be a literal, since the macro checks that it exists; the
/// rules about it (it exists, it is a directory or a `.zip`) go under the literal.
fn asset(v: &Value, args: &[Arg], lx: &mut Lx) -> Option<Code> {
    let args = positional(args);
    let [path] = args.as_slice() else {
        lx.error(v.first, v.last, "`asset` takes one path: `asset(\"lambda/bootstrap.zip\")`");
        return None;
    };
    let ValueKind::Lit(syn::Lit::Str(literal)) = &path.kind else {
        lx.error(
            path.first,
            path.last,
            format!(
                "`asset` takes the path as a string literal, relative to the crate's `Cargo.toml`, so that the build can check it exists (found {}); for a path known only at run time write `code: (cognito::Code::Asset(path))`",
                path.describe()
            ),
        );
        return None;
    };
    lx.narrow(path.first, path.last);
    Some(Code::Asset(resolve(&literal.value())))
}

/// `PATH` as the crate's build sees it: relative to its `Cargo.toml` (`CARGO_MANIFEST_DIR`,
/// the one environment variable the macro reads), or absolute as it is. Without Cargo
/// (rustc alone), relative to the directory rustc runs in.
pub(crate) fn resolve(path: &str) -> PathBuf {
    let path = Path::new(path);
    match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) if path.is_relative() => PathBuf::from(dir).join(path),
        _ => path.to_owned(),
    }
}

/// `from_bucket(BUCKET, "key")`: the bucket's name (or a parameter, or `(EXPR)`) and the
/// object's key, at the field paths `code.bucket` and `code.key`.
fn from_bucket(v: &Value, args: &[Arg], lx: &mut Lx) -> Option<Code> {
    let args = positional(args);
    let [bucket, key] = args.as_slice() else {
        lx.error(
            v.first,
            v.last,
            "`from_bucket` takes the bucket and the object's key: `from_bucket(\"my-code-bucket\", \"triggers/pre-sign-up.zip\")`",
        );
        return None;
    };
    let part = |segment: &str, value: &Value, lx: &mut Lx| {
        lx.at(segment, |lx| {
            lx.record(value.first, (value.first, value.last));
            field::<cognito_runtime::Value>(value, lx)
        })
    };
    let bucket = part("bucket", bucket, lx);
    let key = part("key", key, lx);
    Some(Code::FromBucket { bucket: bucket?, key: key? })
}
