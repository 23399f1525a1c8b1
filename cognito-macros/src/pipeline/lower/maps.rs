//! Maps, `{ key: value, … }` lowered into `Vec<(K, V)>`: the keys are free names (custom
//! attributes, tags, environment variables) or come from a fixed list of the runtime
//! (`MapKey`: standard attributes, trigger operations).

use std::collections::HashSet;

use cognito_runtime::__internal::table::MapKey;

use super::{Lower, Lx, deferrable, flag_value};
use crate::pipeline::ast::{Entry, Value, ValueKind};

impl<K: MapKey + PartialEq, V: Lower + Default> Lower for Vec<(K, V)> {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Vec<(K, V)>> {
        map(v, lx, V::lower)
    }
}

/// The map at the current path, each value lowered with `value` (an `(EXPR)` is set aside).
pub fn map<K: MapKey + PartialEq, V: Default>(
    v: &Value,
    lx: &mut Lx,
    value: fn(&Value, &mut Lx) -> Option<V>,
) -> Option<Vec<(K, V)>> {
    let keys = K::map_keys();
    let fixed = !keys.is_empty();
    // The map's key (`required_attributes`), as messages name it.
    let what = lx.path.rsplit('.').next().unwrap_or_default().to_owned();
    let ValueKind::Block(block) = &v.kind else {
        if fixed {
            lx.expected(v, &format!("a `{{ … }}` block of `{what}`"));
        } else {
            lx.expected(v, "a `{ name: value, … }` map");
        }
        return None;
    };
    let mut out: Vec<(K, V)> = Vec::with_capacity(block.entries.len());
    let mut seen: HashSet<String> = HashSet::new();
    for entry in &block.entries {
        let s = match entry {
            Entry::Setting(s) => s,
            Entry::Item(item) => {
                let message = if fixed {
                    format!("expected `key: value` in `{what}`")
                } else {
                    "expected `name: value`".to_owned()
                };
                lx.error(item.kind.span(), item.id.span().1, message);
                continue;
            }
        };
        let written = s.name();
        if fixed && s.quoted.is_some() {
            lx.error(
                s.key.span(),
                s.key.span(),
                format!("`{what}` takes its keys as names, without quotes: write `{written}`"),
            );
            continue;
        }
        let Some(key) = K::from_map_key(&written) else {
            let hint = match cognito_runtime::__internal::did_you_mean(&written, keys.iter().copied()) {
                Some(h) => format!("did you mean `{h}`?"),
                None => format!(
                    "expected one of {}",
                    keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                ),
            };
            lx.error(s.key.span(), s.key.span(), format!("unknown key `{written}` in `{what}`; {hint}"));
            continue;
        };
        // A free map may be large, so its keys are found in a set; a fixed list is short.
        let repeated = if fixed { out.iter().any(|(k, _)| *k == key) } else { !seen.insert(written.clone()) };
        if repeated {
            let message = if fixed {
                format!("`{written}` is given twice in `{what}`; keep one")
            } else {
                format!("`{written}` is given twice; keep one")
            };
            lx.error(s.key.span(), s.key.span(), message);
            continue;
        }
        let flag;
        let val = match &s.value {
            Some(val) => val,
            // A bare key is a flag in a fixed list (`{ email, phone_number }`); a free name
            // needs its value.
            None if fixed => {
                flag = flag_value(s);
                &flag
            }
            None => {
                lx.error(s.key.span(), s.key.span(), format!("`{written}` needs a value: `{written}: …`"));
                continue;
            }
        };
        let segment = key.map_key().into_owned();
        let lowered = lx.at(&segment, |lx| {
            lx.record(s.key.span(), (val.first, val.last));
            deferrable(val, lx, value)
        });
        if let Some(x) = lowered {
            out.push((key, x));
        }
    }
    Some(out)
}
