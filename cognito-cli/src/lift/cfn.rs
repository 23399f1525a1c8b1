//! The items the CDK has only as `Cfn*` classes (`terms`, `ui_customization`, …), lifted from
//! their props tables: each table field names its CloudFormation property, so the runtime's
//! own tables (`cognito_runtime::__terms_props!` and the others, given [`lift_table`] as their
//! callback) say which key each property is, and a new prop needs no change here.

use super::{Child, Item, Setting, item_name, ref_id};
use crate::json::Json;
use crate::template::{Resource, Template};
use crate::tree::Node;

/// One field of a table: the language's key, the CloudFormation property, the Rust type.
pub struct Field {
    pub key: &'static str,
    pub cfn: &'static str,
    pub ty: &'static str,
}

/// One struct of a table (the item's own, then the structs nested in it).
pub struct Table {
    pub name: &'static str,
    pub fields: Vec<Field>,
}

/// A field's name as the language spells its key (`r#type` is `type`), as the runtime's
/// tables say.
const fn key_name(field: &'static str) -> &'static str {
    match field.as_bytes() {
        [b'r', b'#', ..] => field.split_at(2).1,
        _ => field,
    }
}

/// The callback a props table is given: the table's structs as [`Table`]s (`fn tables()`).
macro_rules! lift_table {
    ($(
        $(#[$attr:meta])*
        $vis:vis $kind:ident $name:ident $what:literal { $($body:tt)* }
    )*) => {
        pub fn tables() -> Vec<super::Table> {
            [$( lift_table!(@one $kind $name { $($body)* }) ),*].into_iter().flatten().collect()
        }
    };
    (@one struct $name:ident {
        $(
            $(#[$fattr:meta])*
            $([$flag:ident])? $field:ident $(| $alias:ident)* : $ty:ty $(= $cfn:literal)? $(=> $lower:path)?
        ),* $(,)?
    }) => {
        Some(super::Table {
            name: stringify!($name),
            fields: vec![$($(super::Field {
                key: super::key_name(stringify!($field)),
                cfn: $cfn,
                ty: stringify!($ty),
            },)?)*],
        })
    };
    // Enums are members, not keys.
    (@one enum $name:ident { $($body:tt)* }) => {
        None
    };
}

pub(crate) use lift_table;

/// A module per item, holding its table's `tables()`.
macro_rules! tables {
    ($($module:ident: $props:ident),* $(,)?) => {$(
        mod $module {
            cognito_runtime::$props!(crate::lift::cfn::lift_table);
        }
    )*};
}

tables! {
    terms: __terms_props,
    ui_customization: __ui_customization_props,
    managed_login_branding: __managed_login_branding_props,
    log_delivery: __log_delivery_props,
    replica: __replica_props,
    regional_configuration: __regional_configuration_props,
    risk_configuration: __risk_configuration_props,
}

/// The item and the tables of a resource type nested in a pool.
fn kind_of(cfn_type: &str) -> Option<(&'static str, Vec<Table>)> {
    Some(match cfn_type {
        "AWS::Cognito::Terms" => ("terms", terms::tables()),
        "AWS::Cognito::UserPoolUICustomizationAttachment" => ("ui_customization", ui_customization::tables()),
        "AWS::Cognito::ManagedLoginBranding" => ("managed_login_branding", managed_login_branding::tables()),
        "AWS::Cognito::LogDeliveryConfiguration" => ("log_delivery", log_delivery::tables()),
        "AWS::Cognito::UserPoolReplica" => ("replica", replica::tables()),
        "AWS::Cognito::UserPoolRegionalConfigurationAttachment" => {
            ("regional_configuration", regional_configuration::tables())
        }
        "AWS::Cognito::UserPoolRiskConfigurationAttachment" => {
            ("risk_configuration", risk_configuration::tables())
        }
        _ => return None,
    })
}

/// `item` with the items of `Cfn*` tables nested in it written back as the resources they
/// stand for; whether it had any.
pub fn demote(item: &mut Item) -> bool {
    let mut changed = false;
    for c in &mut item.children {
        if let Child::Item(i) = c
            && KEYWORDS.contains(&i.kind)
        {
            *c = Child::Raw(i.main, i.id.clone(), Vec::new());
            changed = true;
        }
    }
    changed
}

/// The items this module lifts.
const KEYWORDS: &[&str] = &[
    "terms",
    "ui_customization",
    "managed_login_branding",
    "log_delivery",
    "replica",
    "regional_configuration",
    "risk_configuration",
];

/// The item for a resource the pool at `pool` (its construct path) holds directly, as
/// `new Cfn<Type>(pool, ID, { userPoolId: pool.userPoolId, … })` makes it.
pub fn lift(node: &Node, i: usize, r: &Resource, t: &Template, pool: &[String]) -> Option<Child> {
    let (keyword, tables) = kind_of(&r.kind)?;
    let own = tables.first()?;
    let mut item = Item::new(keyword, &node.id, i);
    for (property, v) in &r.properties {
        if property == "UserPoolId" {
            match ref_id(v).and_then(|id| t.resources.iter().find(|p| p.logical_id == id)) {
                Some(owner) => (owner.path.split_last()? == (&"Resource".to_string(), pool)).then_some(())?,
                // In an imported pool (`pool` empty), its id: `imported_pool` checks that
                // every item names the same.
                None if pool.is_empty() => {}
                None => return None,
            }
            continue;
        }
        let field = own.fields.iter().find(|f| f.cfn == property)?;
        // Every client of the pool (`"ALL"`) is what the item gives without `client`.
        if field.ty.contains("ClientRef") && v.as_str() == Some("ALL") {
            continue;
        }
        item.settings.push((field.key, value(field.ty, v, &tables, t, pool)?));
    }
    Some(Child::Item(item))
}

/// `v` as the setting of a field of type `ty`: a client of the pool by name, a word bare where
/// it can be, a nested struct by its own table's keys, anything else as the template has it.
fn value(ty: &str, v: &Json, tables: &[Table], t: &Template, pool: &[String]) -> Option<Setting> {
    let ty: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    let ty = ty.strip_prefix("Option<").and_then(|s| s.strip_suffix('>')).unwrap_or(&ty);
    if ty == "ClientRef" {
        let name = item_name(t, ref_id(v)?)?;
        let (owner, client) = name.rsplit_once('.')?;
        let pool_name: Option<Vec<String>> = pool.iter().map(|s| crate::print::ident_for(s)).collect();
        return (pool_name?.join(".") == owner).then(|| Setting::Text(client.to_string()));
    }
    if let (true, Some(word)) = (ty == "Word", v.as_str().filter(|w| crate::print::is_ident(w))) {
        return Some(Setting::Text(word.to_string()));
    }
    if let Some(element) = ty.strip_prefix("Vec<").and_then(|e| e.strip_suffix('>'))
        && tables.iter().any(|tb| tb.name == element)
    {
        // A list of nested structs, each by its table's keys.
        let Json::Arr(items) = v else { return None };
        let items = items.iter().map(|i| value(element, i, tables, t, pool)).collect::<Option<Vec<_>>>()?;
        return Some(Setting::List(items));
    }
    match tables.iter().find(|tb| tb.name == ty) {
        Some(table) => {
            let entries = v
                .entries()
                .iter()
                .map(|(k, inner)| {
                    let f = table.fields.iter().find(|f| f.cfn == k)?;
                    Some((f.key.to_string(), value(f.ty, inner, tables, t, pool)?))
                })
                .collect::<Option<Vec<_>>>()?;
            matches!(v, Json::Obj(_)).then_some(Setting::Map(entries))
        }
        None => Some(Setting::Json(v.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lift::test_support::settings;

    fn template() -> Template {
        let path = |p: &str| format!(r#""Metadata": {{"aws:cdk:path": "Stack/{p}"}}"#);
        let terms = r#""Properties": {"ClientId": {"Ref": "PoolwebB04E50B4"}, "Enforcement": "NONE", "Links": {"cognito:default": "https://example.com/terms"}, "TermsName": "terms-of-use", "TermsSource": "LINK", "UserPoolId": {"Ref": "PoolD3F588B8"}}"#;
        crate::template::read(&format!(
            r#"{{"Resources": {{"PoolD3F588B8": {{"Type": "AWS::Cognito::UserPool", {}}}, "PoolwebB04E50B4": {{"Type": "AWS::Cognito::UserPoolClient", {}}}, "PoolTermsB0E28942": {{"Type": "AWS::Cognito::Terms", {terms}, {}}}}}}}"#,
            path("Pool/Resource"),
            path("Pool/web/Resource"),
            path("Pool/Terms"),
        ))
        .unwrap()
    }

    #[test]
    fn a_table_names_each_property_s_key() {
        let t = template();
        let node = Node { id: "Terms".into(), resource: Some(2), children: Vec::new() };
        let Some(Child::Item(item)) = lift(&node, 2, &t.resources[2], &t, &["Pool".to_string()]) else {
            panic!("not lifted")
        };
        assert_eq!(item.kind, "terms");
        assert_eq!(
            settings(&item),
            [
                "client: web",
                "enforcement: NONE",
                "links: { \"cognito:default\": \"https://example.com/terms\" }",
                "terms_name: \"terms-of-use\"",
                "terms_source: LINK",
            ]
        );
        // Another pool's terms, or a property the table does not have, stay as they are.
        assert!(lift(&node, 2, &t.resources[2], &t, &["Other".to_string()]).is_none());
        let mut r = t.resources[2].clone();
        r.properties.push(("Unknown".into(), Json::Bool(true)));
        assert!(lift(&node, 2, &r, &t, &["Pool".to_string()]).is_none());
    }

    #[test]
    fn every_client_and_an_imported_pool() {
        let t = template();
        let node = Node { id: "Css".into(), resource: Some(2), children: Vec::new() };
        let css = |client: &str, pool: &str| {
            crate::lift::test_support::resource(
                "AWS::Cognito::UserPoolUICustomizationAttachment",
                &format!(r#"{{"CSS": "x", "ClientId": {client}, "UserPoolId": {pool}}}"#),
            )
        };
        let lifted = |r, pool: &[String]| match lift(&node, 2, &r, &t, pool) {
            Some(Child::Item(item)) => Some(settings(&item)),
            _ => None,
        };
        // `"ALL"` is the item without `client`.
        let all = css(r#""ALL""#, r#"{"Ref": "PoolD3F588B8"}"#);
        assert_eq!(lifted(all, &["Pool".to_string()]), Some(vec!["css: \"x\"".to_string()]));
        // In an imported pool (no path), the pool's id; in a created one, only a `Ref` to it.
        let imported = css(r#""ALL""#, r#""us-east-1_abc""#);
        assert_eq!(lifted(imported.clone(), &[]), Some(vec!["css: \"x\"".to_string()]));
        assert_eq!(lifted(imported, &["Pool".to_string()]), None);
    }

    #[test]
    fn a_list_of_nested_structs_by_their_tables_keys() {
        let (_, tables) = kind_of("AWS::Cognito::LogDeliveryConfiguration").unwrap();
        let field = tables[0].fields.iter().find(|f| f.cfn == "LogConfigurations").unwrap();
        let list = crate::json::parse(
            r#"[{"EventSource": "userAuthEvents", "LogLevel": "INFO", "S3Configuration": {"BucketArn": "arn:aws:s3:::b"}}]"#,
        )
        .unwrap();
        let got = value(field.ty, &list, &tables, &template(), &[]).map(|s| crate::program::flat_setting(&s));
        assert_eq!(
            got.as_deref(),
            Some(
                r#"[{ event_source: userAuthEvents, log_level: INFO, s3_configuration: { bucket_arn: "arn:aws:s3:::b" } }]"#
            )
        );
        // An element the table cannot read keeps the resource as it is.
        let odd = crate::json::parse(r#"[{"EventSource": "userAuthEvents", "Unknown": 1}]"#).unwrap();
        assert_eq!(value(field.ty, &odd, &tables, &template(), &[]), None);
    }

    #[test]
    fn every_table_reads() {
        for (kind, keyword) in [
            ("AWS::Cognito::Terms", "terms"),
            ("AWS::Cognito::UserPoolRiskConfigurationAttachment", "risk_configuration"),
            ("AWS::Cognito::LogDeliveryConfiguration", "log_delivery"),
        ] {
            let (k, tables) = kind_of(kind).unwrap();
            assert_eq!(k, keyword);
            assert!(tables.iter().all(|t| !t.fields.is_empty()), "{kind}");
        }
    }
}
