//! The AWS CDK's naming algorithms: logical ids (`makeUniqueId`), `Names.uniqueId` and
//! `Names.uniqueResourceName`, reproduced so a template keeps the CDK's resource names.

use crate::core::md5;

const HIDDEN_ID: &str = "Default";
const HIDDEN_FROM_HUMAN_ID: &str = "Resource";
const MAX_HUMAN_LEN: usize = 240;
const MAX_ID_LEN: usize = 255;

fn strip_non_alphanumeric(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// The first eight hex digits, upper case, of the MD5 of the components joined with `/`.
fn path_hash(components: &[&str]) -> String {
    let mut out = String::with_capacity(8);
    push_path_hash(&mut out, components);
    out
}

/// Appends [`path_hash`] to `out` (a logical id: no string of its own).
fn push_path_hash(out: &mut String, components: &[&str]) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let digest = md5::digest(components.join("/").as_bytes());
    for b in &digest[..4] {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
}

/// Drops a component when the component kept before it ends with it.
fn remove_dupes<'a>(components: &[&'a str]) -> impl Iterator<Item = &'a str> {
    let mut last: Option<&str> = None;
    components.iter().copied().filter(move |&c| {
        let kept = last.is_none_or(|l| !l.ends_with(c));
        if kept {
            last = Some(c);
        }
        kept
    })
}

/// The CDK's `makeUniqueId`: the logical id of an element whose construct path below the
/// stack is `components`. Empty when every component is `Default`.
///
/// ```
/// use cognito_runtime::logical_id;
/// assert_eq!(logical_id(&["myuserpool", "Resource"]), "myuserpool01998219");
/// assert_eq!(logical_id(&["Pool", "Client", "Resource"]), "PoolClient8A3E5EB7");
/// assert_eq!(logical_id(&["AId"]), "AId");
/// ```
pub fn logical_id(components: &[&str]) -> String {
    let components: Vec<&str> = components.iter().copied().filter(|c| *c != HIDDEN_ID).collect();
    match components.as_slice() {
        [] => String::new(),
        [single] if strip_non_alphanumeric(single).len() <= MAX_ID_LEN => strip_non_alphanumeric(single),
        _ => {
            let mut id = String::with_capacity(components.iter().map(|c| c.len()).sum::<usize>() + 8);
            for c in remove_dupes(&components).filter(|c| *c != HIDDEN_FROM_HUMAN_ID) {
                id.extend(c.chars().filter(char::is_ascii_alphanumeric));
            }
            id.truncate(MAX_HUMAN_LEN);
            push_path_hash(&mut id, &components);
            id
        }
    }
}

/// The CDK's `Names.uniqueId`: like [`logical_id`] over the construct's full path, the stack
/// id included (used for the SMS role's external id and generated OIDC provider names):
/// `["Stack", "myuserpool"]` gives `StackmyuserpoolD2545ED2`.
pub fn unique_id(path: &[&str]) -> String {
    logical_id(path)
}

/// The CDK's `Names.uniqueResourceName(construct, { maxLength })` with no prefix, separator or
/// extra allowed characters; `path` starts with the stack's name.
pub fn unique_resource_name(path: &[&str], max_len: usize) -> String {
    let components: Vec<&str> = path.iter().copied().filter(|c| *c != HIDDEN_ID).collect();
    if let [single] = components.as_slice() {
        let name = strip_non_alphanumeric(single);
        if name.len() <= max_len {
            return name;
        }
    }
    if components.is_empty() {
        return String::new();
    }
    let hash = path_hash(&components);
    let human: String = remove_dupes(&components)
        .filter(|c| *c != HIDDEN_FROM_HUMAN_ID)
        .map(strip_non_alphanumeric)
        .collect();
    let max_human = max_len.saturating_sub(8);
    if human.len() > max_human {
        let half = max_human / 2;
        format!("{}{}{hash}", &human[..half], &human[human.len() - half..])
    } else {
        human + &hash
    }
}

/// True for a valid CloudFormation logical id: 1 to 255 ASCII letters and digits.
pub fn is_valid_logical_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_logical_ids() {
        let cases: &[(&[&str], &str)] = &[
            (&["myuserpool", "Resource"], "myuserpool01998219"),
            (&["Pool", "Resource"], "PoolD3F588B8"),
            (&["Pool", "Client", "Resource"], "PoolClient8A3E5EB7"),
            (&["Client", "Resource"], "Client4A7F64DF"),
            (&["Pool", "Domain", "Resource"], "PoolDomainCFC71F56"),
            (&["CDKMetadata", "Default"], "CDKMetadata"),
            (&["My-Pool_1", "Resource"], "MyPool1DB446480"),
            (&["MyBucket", "Bucket", "Resource"], "MyBucketCB5E0479"),
            (&["Pool", "Resource", "Resource"], "Pool9439FBB3"),
            (&["Default", "Pool", "Resource"], "PoolD3F588B8"),
            (&["\u{dc}n\u{ef}code", "Resource"], "ncode11C1A60C"),
            (&["Pool1", "Resource"], "Pool1E3396DF1"),
            (&["Pool", "smsRole", "Resource"], "PoolsmsRoleC3352CE6"),
            (&["Resource"], "Resource"),
        ];
        for (path, want) in cases {
            assert_eq!(logical_id(path), *want, "{path:?}");
        }
    }

    #[test]
    fn reference_unique_ids() {
        assert_eq!(unique_id(&["Stack", "myuserpool"]), "StackmyuserpoolD2545ED2");
        assert_eq!(unique_id(&["S", "Pool"]), "SPool4C5D6061");
        assert_eq!(unique_id(&["S", "Auth", "Pool"]), "SAuthPoolE2026813");
        assert_eq!(unique_id(&["Default", "pool"]), "pool");
        assert_eq!(unique_id(&["MyStack", "userpoolidp"]), "MyStackuserpoolidp464417B1");
        assert_eq!(unique_id(&["MyStack", "xy"]), "MyStackxyAAA19C65");
    }

    #[test]
    fn reference_unique_resource_names() {
        let long = format!("{}xyz", "saml".repeat(10));
        assert_eq!(unique_resource_name(&["Default", &long], 32), "samlsamlsamllsamlsamlxyzE1CCA83D");
        assert_eq!(unique_resource_name(&["Default", "userpoolidp"], 32), "userpoolidp");
        assert_eq!(unique_resource_name(&["MyStack", "xy"], 32), "MyStackxyAAA19C65");
    }

    #[test]
    fn logical_id_shape() {
        assert!(is_valid_logical_id("PoolD3F588B8"));
        assert!(!is_valid_logical_id(""));
        assert!(!is_valid_logical_id("a-b"));
    }
}
