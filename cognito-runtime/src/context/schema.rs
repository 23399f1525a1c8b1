//! Rules that read their constraint from a resource schema, reported at the model's field
//! path (so the macro underlines the setting, and the constraint stays the schema's).

use crate::context::check::{Check, Issue};
use crate::core::json::{Json, MAX_SAFE_INTEGER, js_number};
use crate::core::schema::{range, validate_property};
use crate::core::value::Value;

/// Reports, as `rule` at `path`, every way `value` breaks the schema of `property` of
/// `resource_type`.
pub(crate) fn property(
    cx: &mut Check,
    rule: &'static str,
    path: &str,
    (resource_type, property): (&str, &[&str]),
    value: &Json,
) {
    let key = crate::context::check::key(path);
    for issue in validate_property(resource_type, property, value) {
        let message = format!(
            "{}; CloudFormation rejects it at deploy time (the `{resource_type}` schema, `{}`)",
            issue.describe(key),
            property.join(".")
        );
        cx.push(Issue::new(rule, path, message).value(issue.value.to_pretty_string()));
    }
}

/// [`property`] for a string setting: its literal (a value known only at deploy time passes,
/// as CloudFormation resolves it first).
pub(crate) fn literal(
    cx: &mut Check,
    rule: &'static str,
    path: &str,
    property: (&str, &[&str]),
    value: &Value,
) {
    if let Some(s) = value.literal() {
        self::property(cx, rule, path, property, &Json::from(s.to_owned()));
    }
}

/// Reports, as `rule` at `path`, an integer outside the `minimum`/`maximum` of `property` of
/// `resource_type`, comparing the exact value (a JSON number would round an `i64`).
pub(crate) fn integer(
    cx: &mut Check,
    rule: &'static str,
    path: &str,
    (resource_type, property): (&str, &[&str]),
    n: i64,
) {
    let (minimum, maximum) = range(resource_type, property);
    let low = minimum.unwrap_or(-MAX_SAFE_INTEGER);
    let high = maximum.unwrap_or(MAX_SAFE_INTEGER);
    // Both bounds are whole numbers within ±2^53, which `i64` holds exactly.
    if (low as i64..=high as i64).contains(&n) {
        return;
    }
    let key = crate::context::check::key(path);
    let message = format!(
        "`{key}` must be between {} and {} (got {n}); CloudFormation rejects it at deploy time (the `{resource_type}` schema, `{}`)",
        js_number(low),
        js_number(high),
        property.join(".")
    );
    cx.push(Issue::new(rule, path, message).value(n));
}
