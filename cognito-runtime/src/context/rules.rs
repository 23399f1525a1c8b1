//! Rules and rule helpers shared by several kinds of item (lengths, ARNs, names). Each rule
//! is one function whose doc line names its source: the AWS CDK, the CloudFormation resource
//! schema (`cfn-schemas/`), or the Amazon Cognito service.

use crate::context::check::{Check, Issue, key};
use crate::core::text::{did_you_mean, is_java_space, is_visible, utf16_len};
use crate::core::value::Value;

/// CloudFormation schema: a string property's `minLength`/`maxLength` (UTF-16 units).
pub(crate) fn length(cx: &mut Check, rule: &'static str, path: &str, value: &Value, min: usize, max: usize) {
    let Some(s) = value.literal() else { return };
    let len = utf16_len(s);
    if len < min || len > max {
        let range = if min == 0 {
            format!("at most {max} characters")
        } else if min == max {
            format!("exactly {min} characters")
        } else {
            format!("{min} to {max} characters")
        };
        cx.push(
            Issue::new(
                rule,
                path,
                format!(
                    "`{}` must be {range} long (got {len}); CloudFormation rejects it at deploy time",
                    key(path)
                ),
            )
            .value(value),
        );
    }
}

/// `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`: letters, marks, symbols, numbers, punctuation; no spaces.
pub(crate) fn all_visible(s: &str) -> bool {
    s.chars().all(is_visible)
}

/// `[\p{L}\p{M}\p{S}\p{N}\p{P}\s]*`: the same, plus ASCII white space.
pub(crate) fn visible_or_space(s: &str) -> bool {
    s.chars().all(|c| is_visible(c) || is_java_space(c))
}

/// The schema's ARN pattern:
/// `^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$`.
pub(crate) fn is_arn(s: &str) -> bool {
    let word = |p: &str| p.chars().all(|c| c.is_ascii_alphanumeric() || "_+=/,.@-".contains(c));
    let parts: Vec<&str> = s.split(':').collect();
    if !(6..=8).contains(&parts.len()) || parts[0] != "arn" {
        return false;
    }
    let non_empty_word = |p: &&str| !p.is_empty() && word(p);
    non_empty_word(&parts[1])
        && non_empty_word(&parts[2])
        && word(parts[3])
        && !parts[4].is_empty()
        && parts[4].chars().all(|c| c.is_ascii_digit())
        && parts[5..].iter().all(non_empty_word)
}

/// CloudFormation schema: an ARN property (`minLength` 20, `maxLength` 2048, the ARN
/// pattern). `service`, when given, is the service the ARN must belong to.
pub(crate) fn arn(cx: &mut Check, rule: &'static str, path: &str, value: &Value, service: Option<&str>) {
    let Some(s) = value.literal() else { return };
    let example = match service {
        Some("lambda") => "arn:aws:lambda:us-east-1:123456789012:function:my-function",
        Some("iam") => "arn:aws:iam::123456789012:role/my-role",
        Some("kms") => "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        Some("acm") => "arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
        Some("logs") => "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/my-group",
        Some("firehose") => "arn:aws:firehose:us-east-1:123456789012:deliverystream/my-stream",
        Some("ses") => "arn:aws:ses:us-east-1:123456789012:identity/example.com",
        _ => "arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE",
    };
    let len = s.len();
    if !is_arn(s) || !(20..=2048).contains(&len) {
        cx.push(
            Issue::new(
                rule,
                path,
                format!("`{}` must be an ARN such as `{example}` (got {s:?}); CloudFormation rejects it at deploy time", key(path)),
            )
            .value(value),
        );
        return;
    }
    if let Some(service) = service {
        let actual = s.split(':').nth(2).unwrap_or("");
        if actual != service {
            cx.push(
                Issue::new(
                    rule,
                    path,
                    format!(
                        "`{}` must be the ARN of {} `{service}` resource, such as `{example}` (got {} `{actual}` ARN)",
                        key(path),
                        article(service),
                        article(actual)
                    ),
                )
                .value(value),
            );
        }
    }
}

/// Cognito: a value its API takes from a fixed list, where the resource schema says only "a
/// string" (a `Word` of an item the CDK has only as a `Cfn*` class: `event_action: BLOCK`).
pub(crate) fn member(cx: &mut Check, rule: &'static str, path: &str, value: &Value, members: &[&str]) {
    let Some(s) = value.literal() else { return };
    if members.contains(&s) {
        return;
    }
    let list: Vec<String> = members.iter().map(|m| format!("`{m}`")).collect();
    let fix = match did_you_mean(s, members.iter().copied()) {
        Some(m) => format!("write `{m}`"),
        None => "write one of them".to_owned(),
    };
    cx.push(
        Issue::new(
            rule,
            path,
            format!(
                "`{}` must be one of {} (got {s:?}); Cognito rejects it at deploy time; {fix}",
                key(path),
                list.join(", ")
            ),
        )
        .value(value),
    );
}

/// `a` or `an`, as spoken before `word` (`an iam`, `a kms`).
pub(crate) fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}

/// `[\w\s+=,.@-]`, the characters of Cognito's names (`ClientName`, a resource server's
/// `Name`), with Java's ASCII `\w` and `\s`.
pub(crate) fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_java_space(c) || "_+=,.@-".contains(c)
}

/// An IAM action `service:Action`: a service of letters, digits and `-`, then a name whose
/// characters `name_char` accepts (the CDK and IAM differ on wildcards).
pub(crate) fn is_service_action(action: &str, name_char: impl Fn(char) -> bool) -> bool {
    action.split_once(':').is_some_and(|(service, name)| {
        !service.is_empty()
            && service.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !name.is_empty()
            && name.chars().all(name_char)
    })
}
