//! Lowering of plain values: literals, strings and CloudFormation values, durations,
//! references, lists.

use cognito_runtime::{Arn, Attr, Duration, ItemRef, SignInUrl, Value as CfnValue};
use syn::Lit;
use syn::ext::IdentExt;

use super::{Lower, Lx, deferrable, field};
use crate::pipeline::ast::{Arg, Value, ValueKind};

impl Lower for bool {
    fn lower(v: &Value, lx: &mut Lx) -> Option<bool> {
        match &v.kind {
            ValueKind::Lit(Lit::Bool(b)) => Some(b.value),
            _ => {
                lx.expected(v, "`true` or `false`");
                None
            }
        }
    }
}

impl Lower for String {
    fn lower(v: &Value, lx: &mut Lx) -> Option<String> {
        match &v.kind {
            ValueKind::Lit(Lit::Str(s)) => Some(s.value()),
            _ => {
                lx.expected(v, "a string literal");
                None
            }
        }
    }
}

fn lower_attr(
    path: &[syn::Ident],
    name: &syn::Ident,
    args: Option<&[Arg]>,
    v: &Value,
    lx: &mut Lx,
) -> Option<CfnValue> {
    let Some(item) = item_ref(path) else {
        lx.error(v.first, v.last, "expected `item.attribute`, e.g. `my_pool.user_pool_id`");
        return None;
    };
    let written = name.to_string();
    let Some(mut attr) = Attr::named(&written) else {
        let hint = cognito_runtime::__internal::did_you_mean(&written, Attr::NAMES.iter().copied())
            .map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
        lx.error(name.span(), name.span(), format!("unknown attribute `{written}`{hint}"));
        return None;
    };
    match (&mut attr, args) {
        (Attr::BaseUrl { fips }, args) => {
            for arg in args.unwrap_or_default() {
                match arg.name.as_ref().map(ToString::to_string).as_deref() {
                    Some("fips") => *fips = field::<bool>(&arg.value, lx)?,
                    _ => lx.error(arg.value.first, arg.value.last, "`base_url` takes `fips: true|false`"),
                }
            }
        }
        (Attr::SignInUrl(s), Some(args)) => sign_in_url_args(s, args, v, lx)?,
        (Attr::SignInUrl(_), None) => {
            lx.error(
                v.first,
                v.last,
                "`sign_in_url` needs arguments: `sign_in_url(client, redirect_uri: \"https://…\")`",
            );
            return None;
        }
        (_, Some(args)) if !args.is_empty() => {
            lx.error(name.span(), v.last, format!("`{written}` takes no arguments"));
            return None;
        }
        _ => {}
    }
    Some(CfnValue::Attr(item, attr))
}

/// The item `names` name: `pool` by its name, `pool_a.web` through its parent.
fn item_ref(names: &[syn::Ident]) -> Option<ItemRef> {
    match names {
        [] => None,
        [one] => Some(ItemRef::Name(one.unraw().to_string())),
        path => Some(ItemRef::Path(path.iter().map(|n| n.unraw().to_string()).collect())),
    }
}

fn sign_in_url_args(s: &mut SignInUrl, args: &[Arg], v: &Value, lx: &mut Lx) -> Option<()> {
    for arg in args {
        match arg.name.as_ref().map(ToString::to_string).as_deref() {
            None | Some("client") => s.client = Some(ItemRef::lower(&arg.value, lx)?),
            Some("redirect_uri") => s.redirect_uri = String::lower(&arg.value, lx)?,
            Some("sign_in_path") => s.sign_in_path = Some(String::lower(&arg.value, lx)?),
            Some("fips") => s.fips = bool::lower(&arg.value, lx)?,
            Some(other) => {
                lx.error(arg.value.first, arg.value.last, format!("`sign_in_url` has no argument `{other}`; it takes a client, `redirect_uri`, `sign_in_path` and `fips`"));
                return None;
            }
        }
    }
    if s.client.is_none() || s.redirect_uri.is_empty() {
        lx.error(v.first, v.last, "`sign_in_url` needs a client and `redirect_uri`: `sign_in_url(client, redirect_uri: \"https://…\")`");
        return None;
    }
    Some(())
}

/// The last segment of a call's path without a `Fn::` prefix.
fn function_name(path: &[syn::Ident]) -> Option<String> {
    match path {
        [f] => Some(f.to_string()),
        [prefix, f] if prefix == "Fn" => Some(f.to_string()),
        _ => None,
    }
}

fn lower_intrinsic(path: &[syn::Ident], args: &[Arg], v: &Value, lx: &mut Lx) -> Option<CfnValue> {
    let name = function_name(path);
    let positional: Vec<&Value> = args.iter().map(|a| &a.value).collect();
    match (name.as_deref(), positional.as_slice()) {
        (Some("import_value"), [name]) => Some(CfnValue::import_value(CfnValue::lower(name, lx)?)),
        (Some("sub"), [template]) => Some(CfnValue::Sub(String::lower(template, lx)?)),
        (Some("reference" | "ref"), [name]) => Some(CfnValue::Ref(String::lower(name, lx)?)),
        (Some("get_att"), [resource, attribute]) => {
            Some(CfnValue::GetAtt(String::lower(resource, lx)?, String::lower(attribute, lx)?))
        }
        (Some("join"), [separator, parts]) => {
            let separator = String::lower(separator, lx)?;
            let parts = Vec::<CfnValue>::lower(parts, lx)?;
            Some(CfnValue::Join(separator, parts))
        }
        (Some(f @ ("import_value" | "sub" | "reference" | "ref" | "get_att" | "join")), _) => {
            let usage = match f {
                "import_value" => "import_value(\"ExportName\")",
                "sub" => "sub(\"arn:${AWS::Partition}:…\")",
                "get_att" => "get_att(\"LogicalId\", \"Arn\")",
                "join" => "join(\"\", [\"a\", \"b\"])",
                _ => "reference(\"AWS::Region\")",
            };
            lx.error(v.first, v.last, format!("wrong arguments: write `{usage}`"));
            None
        }
        _ => {
            lx.expected(v, "a string, `item.attribute` or a CloudFormation function (`import_value(…)`, `sub(…)`, `get_att(…)`, `join(…)`, `reference(…)`)");
            None
        }
    }
}

impl Lower for CfnValue {
    fn lower(v: &Value, lx: &mut Lx) -> Option<CfnValue> {
        match &v.kind {
            ValueKind::Lit(Lit::Str(s)) => Some(CfnValue::Str(s.value())),
            ValueKind::Attr(path, name, args) => lower_attr(path, name, args.as_deref(), v, lx),
            ValueKind::Call(path, args) => lower_intrinsic(path, args, v, lx),
            // A bare name in a string position is a parameter: `{"Ref": name}`.
            ValueKind::Path(path) if path.len() == 1 => {
                ItemRef::lower(v, lx).map(|r| CfnValue::Attr(r, Attr::ValueAsString))
            }
            _ => {
                lx.expected(v, "a string");
                None
            }
        }
    }
}

impl Lower for ItemRef {
    fn lower(v: &Value, lx: &mut Lx) -> Option<ItemRef> {
        match &v.kind {
            ValueKind::Path(path) if path.len() == 1 => item_ref(path),
            // `pool_a.web`: an item through its parent (an attribute's name reads an attribute).
            ValueKind::Attr(parents, name, None) if Attr::named(&name.to_string()).is_none() => {
                let mut names = parents.clone();
                names.push(name.clone());
                item_ref(&names)
            }
            ValueKind::Attr(_, name, _) if Attr::named(&name.to_string()).is_some() => {
                lx.error(
                    v.first,
                    v.last,
                    format!("expected the name of an item of this block, found the attribute `{name}`; name the item itself"),
                );
                None
            }
            _ => {
                lx.expected(v, "the name of an item of this block");
                None
            }
        }
    }
}

impl Lower for Arn {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Arn> {
        match &v.kind {
            ValueKind::Path(path) if path.len() == 1 => ItemRef::lower(v, lx).map(Arn::Item),
            ValueKind::Attr(_, name, None) if Attr::named(&name.to_string()).is_none() => {
                ItemRef::lower(v, lx).map(Arn::Item)
            }
            ValueKind::Lit(Lit::Str(_)) | ValueKind::Attr(..) | ValueKind::Call(..) => {
                CfnValue::lower(v, lx).map(Arn::Value)
            }
            _ => {
                lx.expected(v, "an item's name, an ARN string, or a CloudFormation value");
                None
            }
        }
    }
}

impl Lower for Duration {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Duration> {
        let usage = "a duration: `days(n)`, `hours(n)`, `minutes(n)` or `seconds(n)`";
        let ValueKind::Call(path, args) = &v.kind else {
            lx.expected(v, usage);
            return None;
        };
        let unit = match path.as_slice() {
            [u] => u.to_string(),
            [t, u] if t == "Duration" => u.to_string(),
            _ => String::new(),
        };
        let make: fn(f64) -> Duration = match unit.as_str() {
            "days" => Duration::days,
            "hours" => Duration::hours,
            "minutes" => Duration::minutes,
            "seconds" => Duration::seconds,
            "millis" => Duration::millis,
            _ => {
                lx.expected(v, usage);
                return None;
            }
        };
        match args.as_slice() {
            [arg] if arg.name.is_none() => Some(make(f64::lower(&arg.value, lx)?)),
            _ => {
                lx.error(v.first, v.last, format!("`{unit}` takes one number, e.g. `{unit}(3)`"));
                None
            }
        }
    }
}

impl<T: Lower + Default> Lower for Vec<T> {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Vec<T>> {
        let ValueKind::List(items) = &v.kind else {
            lx.expected(v, "a list `[ … ]`");
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let lowered = lx.at(&i.to_string(), |lx| {
                lx.record(item.first, (item.first, item.last));
                field::<T>(item, lx)
            });
            out.extend(lowered);
        }
        Some(out)
    }
}

/// A list lowered element by element with `f`.
pub fn list_of<T: Default>(v: &Value, lx: &mut Lx, f: fn(&Value, &mut Lx) -> Option<T>) -> Option<Vec<T>> {
    let ValueKind::List(items) = &v.kind else {
        lx.expected(v, "a list `[ … ]`");
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let lowered = lx.at(&i.to_string(), |lx| {
            lx.record(item.first, (item.first, item.last));
            deferrable(item, lx, f)
        });
        out.extend(lowered);
    }
    Some(out)
}
