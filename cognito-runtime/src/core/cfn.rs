//! CloudFormation's intrinsic functions and documents, as JSON: `Ref`, `Fn::GetAtt`, the CDK's
//! token concatenation (`Fn::Join`), `Fn::Select` of an ARN's parts, IAM policy documents.

use std::borrow::Cow;

use crate::core::json::{Json, Obj};

/// `{"Ref": name}`.
pub(crate) fn reference(name: &str) -> Json {
    Json::obj1("Ref", name.to_owned())
}

/// `{"Fn::GetAtt": [logical_id, attribute]}`.
pub(crate) fn get_att(logical_id: &str, attribute: &str) -> Json {
    Json::obj1("Fn::GetAtt", Json::strs([logical_id.to_owned(), attribute.to_owned()]))
}

/// The CDK's string concatenation of tokens: adjacent literals merged, nested `Fn::Join`s
/// with an empty separator flattened, a plain string when nothing is left to resolve, else
/// `{"Fn::Join": ["", parts]}`.
pub(crate) fn concat(parts: Vec<Json>) -> Json {
    let mut merged: Vec<Json> = Vec::with_capacity(parts.len());
    for mut part in parts.into_iter().flat_map(join_pieces) {
        match (merged.last_mut(), &mut part) {
            (_, Json::Str(s)) if s.is_empty() => {}
            (Some(Json::Str(prev)), Json::Str(s)) => prev.to_mut().push_str(s),
            _ => merged.push(part),
        }
    }
    match merged.len() {
        0 => Json::Str(Cow::Borrowed("")),
        1 if matches!(merged[0], Json::Str(_)) => merged.remove(0),
        _ => Json::obj1("Fn::Join", Json::Arr(vec![Json::Str(Cow::Borrowed("")), Json::Arr(merged)])),
    }
}

/// The pieces of `{"Fn::Join": ["", pieces]}`, or the value itself.
fn join_pieces(value: Json) -> Vec<Json> {
    if let Json::Obj(o) = &value
        && let [(key, Json::Arr(args))] = o.0.as_slice()
        && key == "Fn::Join"
        && args.len() == 2
        && args[0] == Json::Str(Cow::Borrowed(""))
        && let Json::Arr(pieces) = &args[1]
    {
        return pieces.clone();
    }
    vec![value]
}

/// `{"Fn::Select": [index, {"Fn::Split": [separator, value]}]}`.
pub(crate) fn select(index: u32, separator: &'static str, value: Json) -> Json {
    Json::obj1(
        "Fn::Select",
        Json::Arr(vec![
            f64::from(index).into(),
            Json::obj1("Fn::Split", Json::Arr(vec![separator.into(), value])),
        ]),
    )
}

/// The resource name of a token ARN, as the CDK's `Arn.split` takes it
/// (`Fn::Select(1, Fn::Split('/', Fn::Select(5, Fn::Split(':', arn))))`).
pub(crate) fn select_pool_id(arn: Json) -> Json {
    select(1, "/", select(5, ":", arn))
}

/// `{"Statement": statements, "Version": "2012-10-17"}`.
pub(crate) fn policy_document(statements: Vec<Json>) -> Json {
    let mut doc = Obj::new();
    doc.insert("Statement", Json::Arr(statements));
    doc.insert("Version", "2012-10-17");
    Json::Obj(doc)
}
