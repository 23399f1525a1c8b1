//! Numbers: what a template carries exactly. JSON readers hold numbers as doubles (RFC 8259,
//! section 6), so an integer setting stays within ±(2^53 − 1) and a number setting must be
//! one a double holds as written; otherwise the number deployed is not the one written.

use cognito_runtime::__internal::MAX_SAFE_INTEGER;
use cognito_runtime::__internal::js_number;
use syn::Lit;

use super::{Lower, Lx};
use crate::pipeline::ast::{Value, ValueKind};

impl Lower for i64 {
    fn lower(v: &Value, lx: &mut Lx) -> Option<i64> {
        let (lit, negative) = match &v.kind {
            ValueKind::Lit(Lit::Int(i)) => (i, false),
            ValueKind::Neg(Lit::Int(i)) => (i, true),
            _ => {
                lx.expected(v, "an integer");
                return None;
            }
        };
        // Checked: a literal token may already be negative (another macro can make one of
        // `i64::MIN`), and `-` in front of it must not overflow.
        let n = lit.base10_parse::<i64>().ok().and_then(|n| if negative { n.checked_neg() } else { Some(n) });
        match n {
            Some(n) if n.unsigned_abs() <= MAX_SAFE_INTEGER.unsigned_abs() => Some(n),
            _ => {
                let written = written(lit.base10_digits(), negative);
                let key = lx.key().map_or_else(String::new, |k| format!("`{k}` takes "));
                lx.error(
                    v.first,
                    v.last,
                    format!(
                        "{key}an integer from -{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, the range a JSON template carries exactly (got {written}); beyond it the deployed number is rounded: write a smaller one"
                    ),
                );
                None
            }
        }
    }
}

impl Lower for f64 {
    fn lower(v: &Value, lx: &mut Lx) -> Option<f64> {
        let (parsed, digits, negative) = match &v.kind {
            ValueKind::Lit(Lit::Int(i)) => (i.base10_parse::<f64>(), i.base10_digits(), false),
            ValueKind::Lit(Lit::Float(f)) => (f.base10_parse::<f64>(), f.base10_digits(), false),
            ValueKind::Neg(Lit::Int(i)) => (i.base10_parse::<f64>(), i.base10_digits(), true),
            ValueKind::Neg(Lit::Float(f)) => (f.base10_parse::<f64>(), f.base10_digits(), true),
            _ => {
                lx.expected(v, "a number");
                return None;
            }
        };
        match parsed {
            Ok(n) if n.is_finite() && decimal(digits) == decimal(&format!("{:e}", n.abs())) => {
                Some(if negative { -n } else { n })
            }
            Ok(n) if n.is_finite() => {
                let (written, deployed) = (written(digits, negative), written(&js_number(n.abs()), negative));
                let key = lx.key().map_or_else(String::new, |k| format!("`{k}` takes "));
                lx.error(
                    v.first,
                    v.last,
                    format!(
                        "{key}a number a double holds as written, as JSON readers hold it (got {written}, which deploys as {deployed}); write {deployed}, or a number with fewer digits"
                    ),
                );
                None
            }
            _ => {
                let key = lx.key().map_or_else(String::new, |k| format!("`{k}` takes "));
                lx.error(
                    v.first,
                    v.last,
                    format!("{key}a finite number (got {}); write a smaller one", written(digits, negative)),
                );
                None
            }
        }
    }
}

/// The number as written, with the `-` in front of it.
fn written(digits: &str, negative: bool) -> String {
    match (negative, digits.starts_with('-')) {
        (true, true) => format!("- {digits}"),
        (true, false) => format!("-{digits}"),
        (false, _) => digits.to_owned(),
    }
}

/// A decimal number's significant digits and the power of ten of the first (`"1.50e3"` and
/// `"1500"` are both `("15", 3)`), to compare a literal with the shortest form of a double.
fn decimal(text: &str) -> (String, i64) {
    let text = text.trim_start_matches('-');
    let (mantissa, exponent) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
    let exponent: i64 = exponent.trim_start_matches('+').parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let significant = all.trim_matches('0').to_owned();
    if significant.is_empty() {
        return (significant, 0);
    }
    let first = i64::try_from(int.len()).unwrap_or(i64::MAX).saturating_sub(1);
    let first = first.saturating_sub(i64::try_from(leading).unwrap_or(i64::MAX));
    (significant, first.saturating_add(exponent))
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimals_compare_by_value() {
        let decimal = super::decimal;
        assert_eq!(decimal("1500"), decimal("1.5e3"));
        assert_eq!(decimal("1e21"), decimal("1e+21"));
        assert_eq!(decimal("0.0025"), decimal("2.5e-3"));
        assert_eq!(decimal("0"), decimal("0e0"));
        assert_ne!(decimal("9007199254740993"), decimal(&format!("{:e}", 9007199254740993.0_f64)));
        assert_eq!(decimal("9007199254740992"), decimal(&format!("{:e}", 9007199254740992.0_f64)));
    }
}
