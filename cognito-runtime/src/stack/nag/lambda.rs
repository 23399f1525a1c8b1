//! cdk-nag's Lambda rule of the AwsSolutions pack (rules/lambda/LambdaLatestVersion.ts).

use std::cmp::Ordering;

use super::js::{Threw, primitive, truthy};
use super::resource::Resource;
use super::rule::Outcome;
use crate::core::json::Json;

/// The runtimes aws-cdk-lib 2.276.0 knows (`lambda.Runtime.ALL`, in its order): the latest
/// version of a family is the latest one here.
const RUNTIMES: &[&str] = &[
    "nodejs",
    "nodejs4.3",
    "nodejs6.10",
    "nodejs8.10",
    "nodejs10.x",
    "nodejs12.x",
    "nodejs14.x",
    "nodejs16.x",
    "nodejs18.x",
    "nodejs20.x",
    "nodejs24.x",
    "nodejs22.x",
    "nodejs24.x",
    "python2.7",
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "python3.10",
    "python3.11",
    "python3.12",
    "python3.13",
    "python3.14",
    "python3.15",
    "java8",
    "java8.al2",
    "java11",
    "java17",
    "java21",
    "java25",
    "java8.al2023",
    "java11.al2023",
    "java17.al2023",
    "dotnet6",
    "dotnet8",
    "dotnet9",
    "dotnet10",
    "dotnetcore1.0",
    "dotnetcore2.0",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "go1.x",
    "ruby2.5",
    "ruby2.7",
    "ruby3.2",
    "ruby3.3",
    "ruby3.4",
    "ruby4.0",
    "provided",
    "provided.al2",
    "provided.al2023",
    "FROM_IMAGE",
];

/// cdk-nag AwsSolutions-L1 (`LambdaLatestVersion`): a function uses the latest runtime of its
/// family (`nodejs24.x`, not `nodejs20.x`); custom runtimes (`provided…`) and container
/// images (no runtime) are not concerned.
pub(crate) fn latest_runtime(r: &Resource) -> Result<Outcome, Threw> {
    if r.kind != "AWS::Lambda::Function" {
        return Ok(Outcome::NotApplicable);
    }
    let runtime = match primitive(r.prop("Runtime"))? {
        None => return Ok(Outcome::NotApplicable),
        Some(v) if !truthy(v) => return Ok(Outcome::NotApplicable),
        // `runtime.match` exists only on strings.
        Some(Json::Str(s)) => s,
        Some(_) => return Err(Threw),
    };
    let (family, _) = family_version(runtime).ok_or(Threw)?;
    if family == "provided" {
        return Ok(Outcome::NotApplicable);
    }
    let latest = latest_of(family).ok_or(Threw)?;
    Ok(if runtime.as_ref() == latest { Outcome::Compliant } else { Outcome::NonCompliant })
}

/// The latest runtime whose name starts with `family` (cdk-nag filters with
/// `indexOf(family) === 0`, so `dotnet` also takes in `dotnetcore3.1`): a stable sort by
/// version, the last one taken.
fn latest_of(family: &str) -> Option<&'static str> {
    let mut candidates: Vec<(&str, &str)> = RUNTIMES
        .iter()
        .filter(|rt| rt.starts_with(family))
        .filter_map(|rt| family_version(rt).map(|(_, v)| (*rt, v.unwrap_or("0"))))
        .collect();
    candidates.sort_by(|a, b| numeric_collation(a.1, b.1));
    candidates.pop().map(|(rt, _)| rt)
}

/// `/^([a-z]+)(\d+(\.?\d+|\.x)?)?.*$/`: the family and, when there is one, the version.
fn family_version(runtime: &str) -> Option<(&str, Option<&str>)> {
    // `.` does not match a line terminator, so `.*$` fails on one.
    if runtime.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
        return None;
    }
    let family_len = runtime.bytes().take_while(u8::is_ascii_lowercase).count();
    if family_len == 0 {
        return None;
    }
    let (family, rest) = runtime.split_at(family_len);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Some((family, None));
    }
    let tail = &rest[digits..];
    let fraction = match tail.strip_prefix('.') {
        Some(after) => match after.bytes().take_while(u8::is_ascii_digit).count() {
            0 if after.starts_with('x') => 2,
            0 => 0,
            n => n + 1,
        },
        None => 0,
    };
    Some((family, Some(&rest[..digits + fraction])))
}

/// `a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })` for version
/// strings: runs of digits compare as numbers; otherwise punctuation sorts before digits,
/// digits before letters, letters without regard to case.
fn numeric_collation(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (na, ra) = split_digits(a);
                let (nb, rb) = split_digits(b);
                let by_value = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
                if by_value != Ordering::Equal {
                    return by_value;
                }
                (a, b) = (ra, rb);
            }
            (Some(x), Some(y)) => {
                let order = weight(x).cmp(&weight(y));
                if order != Ordering::Equal {
                    return order;
                }
                (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
            }
        }
    }
}

/// A run of digits without its leading zeros, and what follows it.
fn split_digits(s: &str) -> (&str, &str) {
    let end = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = s.split_at(end);
    (digits.trim_start_matches('0'), rest)
}

/// A character's place in the collation: class, then the character (letters folded).
fn weight(c: char) -> (u8, char) {
    if c.is_ascii_digit() {
        (1, c)
    } else if c.is_alphabetic() {
        (2, c.to_lowercase().next().unwrap_or(c))
    } else {
        (0, c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_runtime_of_each_family_as_cdk_nag_computes_it() {
        let cases = [
            ("nodejs", "nodejs24.x"),
            ("python", "python3.15"),
            ("java", "java25"),
            ("dotnet", "dotnet10"),
            ("dotnetcore", "dotnetcore3.1"),
            ("go", "go1.x"),
            ("ruby", "ruby4.0"),
        ];
        for (family, latest) in cases {
            assert_eq!(latest_of(family), Some(latest), "{family}");
        }
        assert_eq!(latest_of("rust"), None);
    }

    #[test]
    fn splits_family_and_version_as_the_regular_expression() {
        assert_eq!(family_version("nodejs20.x"), Some(("nodejs", Some("20.x"))));
        assert_eq!(family_version("python3.13"), Some(("python", Some("3.13"))));
        assert_eq!(family_version("java8.al2"), Some(("java", Some("8"))));
        assert_eq!(family_version("provided.al2023"), Some(("provided", None)));
        assert_eq!(family_version("nodejs"), Some(("nodejs", None)));
        assert_eq!(family_version("FROM_IMAGE"), None);
        assert_eq!(family_version("nodejs20.x\n"), None);
    }

    #[test]
    fn versions_compare_numerically() {
        assert_eq!(numeric_collation("3.15", "3.9"), Ordering::Greater);
        assert_eq!(numeric_collation("10", "1.0"), Ordering::Greater);
        assert_eq!(numeric_collation("24.x", "22.x"), Ordering::Greater);
        assert_eq!(numeric_collation("8", "8"), Ordering::Equal);
        assert_eq!(numeric_collation("0", "4.3"), Ordering::Less);
    }
}
