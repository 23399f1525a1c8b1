//! Values nested without bound. A value built at run time can nest `Fn::Join`s and
//! `Fn::ImportValue`s deeper than recursion allows; every operation on a value here walks it
//! without recursion (depth, clone, compare, drop) or stops at [`MAX_VALUE_DEPTH`] (display,
//! debug), so a stack holding one can be checked, reported, copied, printed and dropped.

use std::fmt;

use crate::core::value::{Attr, ItemRef, Value};

/// How deep CloudFormation functions may nest in a value (`Fn::Join` in `Fn::Join` …); a
/// value is 1 deep, a join of values 2. A template holds each level as three levels of JSON,
/// so 32 keeps every template within the 128 levels JSON parsers such as serde_json accept;
/// `cognito!` cannot write a value this deep (it allows 64 levels of brackets, two per join).
pub const MAX_VALUE_DEPTH: usize = 32;

impl Value {
    /// True when the value holds other values (`Fn::Join`, `Fn::ImportValue`).
    fn is_nested(&self) -> bool {
        matches!(self, Value::Join(..) | Value::ImportValue(_))
    }

    /// How deep functions nest in the value (a literal is 1 deep), up to `limit + 1`:
    /// computed without recursion, and without walking further than the limit.
    pub fn depth(&self, limit: usize) -> usize {
        if !self.is_nested() {
            return 1;
        }
        let mut deepest = 0;
        let mut pending = vec![(self, 1)];
        while let Some((v, depth)) = pending.pop() {
            deepest = deepest.max(depth);
            if depth > limit {
                break;
            }
            match v {
                Value::Join(_, parts) => pending.extend(parts.iter().map(|p| (p, depth + 1))),
                Value::ImportValue(inner) => pending.push((inner, depth + 1)),
                _ => {}
            }
        }
        deepest
    }

    /// The item attributes the value refers to (`pool.user_pool_id`), in the order written,
    /// found without recursion.
    pub(crate) fn attrs(&self) -> impl Iterator<Item = (&ItemRef, &Attr)> {
        let mut pending = vec![self];
        std::iter::from_fn(move || {
            while let Some(v) = pending.pop() {
                match v {
                    Value::Attr(r, attr) => return Some((r, attr)),
                    Value::Join(_, parts) => pending.extend(parts.iter().rev()),
                    Value::ImportValue(v) => pending.push(v),
                    Value::Str(_) | Value::Ref(_) | Value::GetAtt(..) | Value::Sub(_) => {}
                }
            }
            None
        })
    }

    /// A copy of a value that holds no other.
    fn clone_leaf(&self) -> Value {
        match self {
            Value::Str(s) => Value::Str(s.clone()),
            Value::Ref(r) => Value::Ref(r.clone()),
            Value::GetAtt(r, a) => Value::GetAtt(r.clone(), a.clone()),
            Value::Sub(s) => Value::Sub(s.clone()),
            Value::Attr(item, attr) => Value::Attr(item.clone(), attr.clone()),
            Value::Join(sep, _) => Value::Join(sep.clone(), Vec::new()),
            Value::ImportValue(_) => Value::ImportValue(Box::default()),
        }
    }
}

/// Dropped without recursion.
impl Drop for Value {
    fn drop(&mut self) {
        let mut nested = match self {
            Value::Join(_, parts) if parts.iter().any(Value::is_nested) => std::mem::take(parts),
            Value::ImportValue(inner) if inner.is_nested() => vec![std::mem::take(&mut **inner)],
            _ => return,
        };
        while let Some(mut v) = nested.pop() {
            match &mut v {
                Value::Join(_, parts) => nested.append(parts),
                Value::ImportValue(inner) => nested.push(std::mem::take(&mut **inner)),
                _ => {}
            }
        }
    }
}

/// Copied without recursion: the values inside are copied first (in order), then assembled.
impl Clone for Value {
    fn clone(&self) -> Value {
        enum Step<'a> {
            Copy(&'a Value),
            Join(&'a String, usize),
            Import,
        }
        let mut steps = vec![Step::Copy(self)];
        let mut done: Vec<Value> = Vec::new();
        while let Some(step) = steps.pop() {
            match step {
                Step::Copy(Value::Join(sep, parts)) => {
                    steps.push(Step::Join(sep, parts.len()));
                    steps.extend(parts.iter().rev().map(Step::Copy));
                }
                Step::Copy(Value::ImportValue(inner)) => {
                    steps.push(Step::Import);
                    steps.push(Step::Copy(inner));
                }
                Step::Copy(leaf) => done.push(leaf.clone_leaf()),
                Step::Join(sep, n) => {
                    let parts = done.split_off(done.len().saturating_sub(n));
                    done.push(Value::Join(sep.clone(), parts));
                }
                Step::Import => {
                    let inner = done.pop().unwrap_or_default();
                    done.push(Value::ImportValue(Box::new(inner)));
                }
            }
        }
        done.pop().unwrap_or_default()
    }
}

/// Compared without recursion.
impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        let mut pending = vec![(self, other)];
        while let Some(pair) = pending.pop() {
            let same = match pair {
                (Value::Join(a, x), Value::Join(b, y)) if a == b && x.len() == y.len() => {
                    pending.extend(x.iter().zip(y));
                    true
                }
                (Value::ImportValue(x), Value::ImportValue(y)) => {
                    pending.push((x, y));
                    true
                }
                (Value::Str(a), Value::Str(b))
                | (Value::Ref(a), Value::Ref(b))
                | (Value::Sub(a), Value::Sub(b)) => a == b,
                (Value::GetAtt(a, x), Value::GetAtt(b, y)) => a == b && x == y,
                (Value::Attr(a, x), Value::Attr(b, y)) => a == b && x == y,
                _ => false,
            };
            if !same {
                return false;
            }
        }
        true
    }
}

/// Literals print quoted, other values as their CloudFormation function; functions nested
/// deeper than [`MAX_VALUE_DEPTH`] print as `…`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, 1)
    }
}

impl Value {
    fn write(&self, f: &mut fmt::Formatter<'_>, depth: usize) -> fmt::Result {
        if depth > MAX_VALUE_DEPTH {
            return f.write_str("…");
        }
        match self {
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Ref(r) => write!(f, "Ref({r})"),
            Value::GetAtt(r, a) => write!(f, "GetAtt({r}.{a})"),
            Value::Join(sep, parts) => {
                write!(f, "Join({sep:?}, [")?;
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    p.write(f, depth + 1)?;
                }
                f.write_str("])")
            }
            Value::Sub(s) => write!(f, "Sub({s:?})"),
            Value::ImportValue(v) => {
                f.write_str("ImportValue(")?;
                v.write(f, depth + 1)?;
                f.write_str(")")
            }
            Value::Attr(item, attr) => write!(f, "{item}.{}", attr.name()),
        }
    }
}

/// As `#[derive(Debug)]` would print it, functions nested deeper than [`MAX_VALUE_DEPTH`]
/// as `…`.
impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Bounded(self, 1).fmt(f)
    }
}

/// A value printed for debugging, `.1` functions deep.
struct Bounded<'a>(&'a Value, usize);

impl fmt::Debug for Bounded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Bounded(value, depth) = *self;
        if depth > MAX_VALUE_DEPTH {
            return f.write_str("…");
        }
        match value {
            Value::Str(s) => f.debug_tuple("Str").field(s).finish(),
            Value::Ref(r) => f.debug_tuple("Ref").field(r).finish(),
            Value::GetAtt(r, a) => f.debug_tuple("GetAtt").field(r).field(a).finish(),
            Value::Join(sep, parts) => {
                let parts: Vec<Bounded> = parts.iter().map(|p| Bounded(p, depth + 1)).collect();
                f.debug_tuple("Join").field(sep).field(&parts).finish()
            }
            Value::Sub(s) => f.debug_tuple("Sub").field(s).finish(),
            Value::ImportValue(inner) => {
                f.debug_tuple("ImportValue").field(&Bounded(inner, depth + 1)).finish()
            }
            Value::Attr(item, attr) => f.debug_tuple("Attr").field(item).field(attr).finish(),
        }
    }
}
