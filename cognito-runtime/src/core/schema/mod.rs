//! CloudFormation resource schemas (the public face is `crate::schema`): the generated table
//! (`generated.rs`, `unicode.rs`, by `scripts/gen_schemas.py`), its shape (`table.rs`), a
//! matcher of their Java patterns (`pattern/`), the validator of a property bag
//! (`validator.rs`) and its issues (`issue.rs`). The children name each other, never this
//! module: what they share of the table is in `lookup.rs`.

#[rustfmt::skip]
mod generated;
mod issue;
mod lookup;
mod pattern;
mod table;
#[rustfmt::skip]
pub(crate) mod unicode;
mod validator;

use crate::core::json::Json;
pub use issue::{Constraint, SchemaIssue};
use lookup::{node, property, root};
pub use pattern::{Pattern, PatternError};
pub use table::Lit;
use table::{CREATE_ONLY, Node, READ_ONLY, WRITE_ONLY};

/// The names of the resource types with a schema, sorted.
pub fn resource_types() -> impl Iterator<Item = &'static str> {
    generated::TYPES.iter().map(|t| t.name)
}

/// Every way `properties` (a resource's `Properties`) breaks the schema of `resource_type`;
/// `None` when the type has no schema here. Values CloudFormation resolves at deploy time
/// (`Ref`, `Fn::GetAtt`, `Fn::Join`, …) pass.
pub fn validate(resource_type: &str, properties: &Json) -> Option<Vec<SchemaIssue>> {
    let root = root(resource_type)?;
    let mut out = Vec::new();
    validator::validate(root, properties, &mut Vec::new(), &mut out);
    Some(out)
}

/// What the schema says of a property besides its value's constraints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PropertyFlags {
    /// Listed in `required` of its object.
    pub required: bool,
    /// `createOnlyProperties`: changing it replaces the resource.
    pub create_only: bool,
    /// `readOnlyProperties`: an attribute CloudFormation returns (`Fn::GetAtt`), never set.
    pub read_only: bool,
    /// `writeOnlyProperties`: set, never read back.
    pub write_only: bool,
}

/// The flags of the property at `path` (property names from the resource's `Properties`,
/// e.g. `["Code", "ZipFile"]`); `None` when the type or the property is unknown.
///
/// ```
/// let flags = cognito_runtime::schema::property_flags("AWS::Cognito::UserPool", &["UserPoolName"]).unwrap();
/// assert!(!flags.create_only);
/// let flags = cognito_runtime::schema::property_flags("AWS::Cognito::UserPoolClient", &["GenerateSecret"]).unwrap();
/// assert!(flags.create_only);
/// ```
pub fn property_flags(resource_type: &str, path: &[&str]) -> Option<PropertyFlags> {
    let (last, parents) = path.split_last()?;
    let parent = property(resource_type, parents)?;
    let prop = parent.properties.iter().find(|p| p.name == *last)?;
    Some(PropertyFlags {
        required: prop.flags & table::REQUIRED != 0,
        create_only: prop.flags & CREATE_ONLY != 0,
        read_only: prop.flags & READ_ONLY != 0,
        write_only: prop.flags & WRITE_ONLY != 0,
    })
}

/// CloudFormation schema (`createOnlyProperties`): the create-only property paths of
/// `resource_type` in the schema's order (`GenerateSecret`, `Tags/*/Key`); `None` for a type
/// without a schema here.
pub(crate) fn create_only(resource_type: &str) -> Option<&'static [&'static str]> {
    lookup::resource_type(resource_type).map(|t| t.create_only)
}

/// Whether a resource of `resource_type` has attribute `attr` (`Arn`,
/// `SnapStartResponse.ApplyOn`) for `Fn::GetAtt`: its read-only properties; `None` when the
/// type has no schema here.
pub(crate) fn is_attribute(resource_type: &str, attr: &str) -> Option<bool> {
    root(resource_type)?;
    let path: Vec<&str> = attr.split('.').collect();
    Some(property_flags(resource_type, &path).is_some_and(|f| f.read_only))
}

/// The attributes of `resource_type` (its read-only properties), as `Fn::GetAtt` names them.
pub(crate) fn attributes(resource_type: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending: Vec<(&'static Node, String)> =
        root(resource_type).map(|r| (r, String::new())).into_iter().collect();
    while let Some((node, prefix)) = pending.pop() {
        for prop in node.properties {
            let name =
                if prefix.is_empty() { prop.name.to_owned() } else { format!("{prefix}.{}", prop.name) };
            if prop.flags & READ_ONLY != 0 {
                out.push(name.clone());
            }
            if let Some(child) = self::node(prop.node).filter(|_| name.matches('.').count() < 3) {
                pending.push((child, name));
            }
        }
    }
    out.sort();
    out
}

/// Every way `value` breaks the schema of the property at `path` of `resource_type`; paths
/// in the issues are relative to the property. Empty when there is no such property.
pub(crate) fn validate_property(resource_type: &str, path: &[&str], value: &Json) -> Vec<SchemaIssue> {
    let mut out = Vec::new();
    if let Some(node) = property(resource_type, path) {
        validator::validate(node, value, &mut Vec::new(), &mut out);
    }
    out
}

/// The `minimum` and `maximum` of the property at `path` of `resource_type`.
pub(crate) fn range(resource_type: &str, path: &[&str]) -> (Option<f64>, Option<f64>) {
    property(resource_type, path).map_or((None, None), |n| (n.minimum, n.maximum))
}

/// The compiled form of a pattern of the schemas, by its source (`None` when no schema uses
/// it): for rules that apply a schema's pattern to a model value.
pub(crate) fn schema_pattern(source: &str) -> Option<&'static Pattern> {
    let i = generated::PATTERNS.iter().position(|p| *p == source)?;
    lookup::pattern(u16::try_from(i).ok()?).map(|(_, compiled)| compiled)
}

/// A node of a resource type's schema, followed down the path of a value: where the CDK's L1
/// classes render a property (each declares every property of its type, in order).
#[derive(Clone, Copy)]
pub(crate) struct Shape(&'static Node);

impl Shape {
    /// The `Properties` of `resource_type`.
    pub(crate) fn properties(resource_type: &str) -> Option<Shape> {
        root(resource_type).map(Shape)
    }

    /// The property `name` of an object.
    pub(crate) fn property(self, name: &str) -> Option<Shape> {
        let prop = self.0.properties.iter().find(|p| p.name == name)?;
        node(prop.node).map(Shape)
    }

    /// The elements of a list.
    pub(crate) fn items(self) -> Option<Shape> {
        node(self.0.items?).map(Shape)
    }

    /// Whether `name` is a property a template sets (not an attribute CloudFormation returns).
    pub(crate) fn declares(self, name: &str) -> bool {
        self.0.properties.iter().any(|p| p.name == name && p.flags & READ_ONLY == 0)
    }
}

/// The characters of tags and of attribute-mapping keys: letters, numbers, separators and
/// `_ . : / = + - @` (`UserPoolTags` and `AttributeMapping` keys in the Cognito schemas).
pub(crate) const TAG_CHARACTERS: &str = r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_pattern_compiles() {
        for (i, source) in generated::PATTERNS.iter().enumerate() {
            assert!(Pattern::new(source).is_ok(), "pattern {i} `{source}`: {:?}", Pattern::new(source).err());
        }
    }

    #[test]
    fn every_link_points_into_the_table() {
        let n = generated::NODES.len();
        let p = generated::PATTERNS.len();
        for t in &generated::TYPES {
            assert!(usize::from(t.root) < n, "{}", t.name);
        }
        for (i, node) in generated::NODES.iter().enumerate() {
            let links = node.items.iter().chain(node.properties.iter().map(|p| &p.node));
            let links = links.chain(node.pattern_properties.iter().map(|(_, n)| n));
            let links = links.chain(node.all_of.iter().map(|c| &c.then)).chain(node.any_of);
            assert!(links.into_iter().all(|&l| usize::from(l) < n), "node {i}");
            let patterns = node.pattern.iter().chain(node.pattern_properties.iter().map(|(p, _)| p));
            assert!(patterns.into_iter().all(|&q| usize::from(q) < p), "node {i}");
        }
    }

    #[test]
    fn the_patterns_rules_name_are_in_the_schemas() {
        assert!(schema_pattern(TAG_CHARACTERS).is_some_and(|p| p.is_match("Team: a/b") && !p.is_match("a!")));
    }

    #[test]
    fn the_create_only_list_and_flags_agree() {
        for t in &generated::TYPES {
            let listed: Vec<Vec<&str>> = t.create_only.iter().map(|p| p.split('/').collect()).collect();
            for path in &listed {
                let flags = property_flags(t.name, path);
                assert!(flags.is_some_and(|f| f.create_only), "{} {path:?}", t.name);
            }
            let root = node(t.root).expect("a root");
            for prop in root.properties.iter().filter(|p| p.flags & CREATE_ONLY != 0) {
                assert!(listed.contains(&vec![prop.name]), "{} {}", t.name, prop.name);
            }
        }
        assert_eq!(create_only("AWS::Cognito::UserPoolClient"), Some(&["GenerateSecret", "UserPoolId"][..]));
        assert_eq!(create_only("AWS::SQS::Queue"), None);
    }

    #[test]
    fn flags_come_from_the_schema() {
        let flags = |t, p: &[&str]| property_flags(t, p);
        assert!(flags("AWS::IAM::Role", &["RoleName"]).is_some_and(|f| f.create_only && !f.required));
        assert!(flags("AWS::Lambda::Function", &["Code", "ZipFile"]).is_some_and(|f| f.write_only));
        assert!(flags("AWS::Cognito::UserPool", &["Arn"]).is_some_and(|f| f.read_only));
        assert!(flags("AWS::IAM::Role", &["AssumeRolePolicyDocument"]).is_some_and(|f| f.required));
        assert_eq!(flags("AWS::Cognito::UserPool", &["NoSuchProperty"]), None);
        assert_eq!(flags("AWS::No::Such", &["Name"]), None);
    }
}
