//! The values of the items the CDK has only as `Cfn*` classes: enum members as CloudFormation
//! spells them (`LIGHT`, a bare word or a string), JSON documents written in the block, and
//! app clients of the block.

use cognito_runtime::{ClientRef, Document, ItemRef, Json, Obj, UserAttributes, Value as CfnValue, Word};
use syn::Lit;

use super::{Lower, Lx};
use crate::pipeline::ast::{Entry, Value, ValueKind};

/// `LIGHT` or `"LIGHT"`: a bare word is the member itself, never a parameter.
impl Lower for Word {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Word> {
        match &v.kind {
            ValueKind::Path(path) if path.len() == 1 => Some(Word(CfnValue::Str(path[0].to_string()))),
            _ => CfnValue::lower(v, lx).map(Word),
        }
    }
}

impl Lower for ClientRef {
    fn lower(v: &Value, lx: &mut Lx) -> Option<ClientRef> {
        ItemRef::lower(v, lx).map(ClientRef)
    }
}

/// `{ email: "…", "custom:tenant": "…" }`: a map of attribute names.
impl Lower for UserAttributes {
    fn lower(v: &Value, lx: &mut Lx) -> Option<UserAttributes> {
        Vec::<(String, CfnValue)>::lower(v, lx).map(UserAttributes)
    }
}

/// `{ "key": value, … }`, `[ … ]`, strings, numbers, `true`/`false`, `null`: a JSON document,
/// emitted unchanged.
impl Lower for Document {
    fn lower(v: &Value, lx: &mut Lx) -> Option<Document> {
        json(v, lx).map(Document)
    }
}

fn json(v: &Value, lx: &mut Lx) -> Option<Json> {
    Some(match &v.kind {
        ValueKind::Lit(Lit::Str(s)) => Json::from(s.value()),
        ValueKind::Lit(Lit::Bool(b)) => Json::Bool(b.value),
        ValueKind::Lit(Lit::Int(_) | Lit::Float(_)) | ValueKind::Neg(Lit::Int(_) | Lit::Float(_)) => {
            Json::Num(f64::lower(v, lx)?)
        }
        ValueKind::Path(path) if path.len() == 1 && path[0] == "null" => Json::Null,
        ValueKind::List(items) => Json::Arr(items.iter().map(|item| json(item, lx)).collect::<Option<_>>()?),
        ValueKind::Block(block) => {
            let mut o = Obj::new();
            for entry in &block.entries {
                let Entry::Setting(s) = entry else {
                    if let Entry::Item(item) = entry {
                        lx.error(
                            item.kind.span(),
                            item.id.span().1,
                            "expected `\"key\": value` in a JSON document",
                        );
                    }
                    continue;
                };
                let key = s.name();
                if o.0.iter().any(|(k, _)| *k == key) {
                    lx.error(s.key.span(), s.key.span(), format!("`{key}` is given twice; keep one"));
                    continue;
                }
                let Some(value) = &s.value else {
                    lx.error(s.key.span(), s.key.span(), format!("`{key}` needs a value: `\"{key}\": …`"));
                    continue;
                };
                if let Some(value) = json(value, lx) {
                    o.0.push((key.into(), value));
                }
            }
            Json::Obj(o)
        }
        ValueKind::Expr(_) => {
            lx.error(
                v.first,
                v.last,
                "a JSON document's values are literals; give the whole document as `(EXPR)` instead",
            );
            return None;
        }
        _ => {
            lx.expected(
                v,
                "a JSON value: `{ \"key\": … }`, `[ … ]`, a string, a number, `true`, `false` or `null`",
            );
            return None;
        }
    })
}
