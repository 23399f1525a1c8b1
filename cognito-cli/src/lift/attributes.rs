//! A user pool's `Schema` → `required_attributes` / `standard_attributes` and
//! `custom_attributes`, in the order written (the CDK renders them in that order): the
//! inverse of the schema part of `resources/user_pool/render.rs`.

use cognito_runtime::StandardAttributeName;

use super::{Item, Setting, prop};
use crate::json::Json;
use crate::template::Resource;

pub fn lift(r: &Resource, item: &mut Item) {
    let Some(Json::Arr(schema)) = prop(r, "Schema") else { return };
    let (mut required, mut standard, mut custom) = (Vec::new(), Vec::new(), Vec::new());
    for attribute in schema {
        let Some(name) = attribute.get("Name").and_then(Json::as_str) else { return };
        match attribute.get("AttributeDataType") {
            None => {
                let Some(key) =
                    StandardAttributeName::ALL.iter().find(|s| s.cognito_name() == name).map(|s| s.key())
                else {
                    return;
                };
                let flag = |k: &str| attribute.get(k).cloned();
                match (flag("Required"), flag("Mutable"), attribute.entries().len()) {
                    (Some(Json::Bool(true)), Some(Json::Bool(true)), 3) => {
                        required.push((key.to_string(), Setting::Text("true".into())));
                    }
                    (req, muta, _) => {
                        let entries = [("required", req), ("mutable", muta)]
                            .into_iter()
                            .filter_map(|(k, v)| v.map(|v| (k.to_string(), Setting::Json(v))))
                            .collect();
                        standard.push((key.to_string(), Setting::Map(entries)));
                    }
                }
            }
            Some(Json::Str(kind)) => match custom_attribute(kind, attribute) {
                Some(text) => custom.push((name.to_string(), Setting::Text(text))),
                None => return,
            },
            Some(_) => return,
        }
    }
    // The CDK writes the standard attributes before the custom ones; one form of the two.
    if !required.is_empty() && standard.is_empty() {
        item.map("required_attributes", required);
    } else if !standard.is_empty() || !required.is_empty() {
        let both = required.into_iter().map(|(k, _)| (k, required_and_mutable()));
        item.map("standard_attributes", both.chain(standard).collect());
    }
    if !custom.is_empty() {
        item.map("custom_attributes", custom);
    }
}

fn required_and_mutable() -> Setting {
    Setting::Map(vec![
        ("required".into(), Setting::Text("true".into())),
        ("mutable".into(), Setting::Text("true".into())),
    ])
}

/// `string { min_len, max_len, mutable }`, `number { min, max, mutable }`, `boolean`,
/// `date_time`.
fn custom_attribute(kind: &str, a: &Json) -> Option<String> {
    let mut settings = Vec::new();
    let (word, constraints, keys): (&str, Option<&Json>, &[(&str, &str)]) = match kind {
        "String" => (
            "string",
            a.get("StringAttributeConstraints"),
            &[("MinLength", "min_len"), ("MaxLength", "max_len")],
        ),
        "Number" => {
            ("number", a.get("NumberAttributeConstraints"), &[("MinValue", "min"), ("MaxValue", "max")])
        }
        "Boolean" => ("boolean", None, &[]),
        "DateTime" => ("date_time", None, &[]),
        _ => return None,
    };
    if let Some(c) = constraints {
        for (cfn, key) in keys {
            // The CDK writes the bounds as strings of their numbers.
            if let Some(n) = c.get(cfn).and_then(Json::as_str) {
                n.parse::<f64>().ok()?;
                settings.push(format!("{key}: {n}"));
            }
        }
    }
    if let Some(Json::Bool(m)) = a.get("Mutable") {
        settings.push(format!("mutable: {m}"));
    }
    Some(if settings.is_empty() { word.to_string() } else { format!("{word} {{ {} }}", settings.join(", ")) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::{resource, settings};

    fn lifted(json: &str) -> Vec<String> {
        let mut item = Item::new("user_pool", "p", 0);
        lift(&resource("AWS::Cognito::UserPool", json), &mut item);
        settings(&item)
    }

    #[test]
    fn the_seeds_attributes() {
        let schema = r#"{"Schema": [{"Mutable": true, "Name": "name", "Required": true},
            {"AttributeDataType": "String", "Name": "myappid", "StringAttributeConstraints": {"MaxLength": "15", "MinLength": "5"}},
            {"AttributeDataType": "Number", "Name": "callingcode", "NumberAttributeConstraints": {"MaxValue": "3", "MinValue": "1"}},
            {"AttributeDataType": "Boolean", "Name": "is_employee", "Mutable": false}]}"#;
        assert_eq!(
            lifted(schema),
            [
                "required_attributes: { fullname: true }",
                "custom_attributes: { myappid: string { min_len: 5, max_len: 15 }, callingcode: number { min: 1, max: 3 }, is_employee: boolean { mutable: false } }",
            ]
        );
    }

    #[test]
    fn standard_attributes_with_their_flags() {
        let schema = r#"{"Schema": [{"Mutable": false, "Name": "email", "Required": true}]}"#;
        assert_eq!(lifted(schema), ["standard_attributes: { email: { required: true, mutable: false } }"]);
    }
}
