//! The shape of the generated schema table (`generated.rs`): nodes linked by index, so the
//! table is plain static data that costs the compiler little.

/// JSON types a node accepts (`types` is a union of these bits; 0 accepts any).
pub(crate) const STR: u8 = 1;
pub(crate) const NUM: u8 = 2;
pub(crate) const INT: u8 = 4;
pub(crate) const BOOL: u8 = 8;
pub(crate) const OBJ: u8 = 16;
pub(crate) const ARR: u8 = 32;
pub(crate) const NULL: u8 = 64;

/// Flags of a property (`Prop::flags`).
pub(crate) const REQUIRED: u8 = 1;
/// `createOnlyProperties`: changing it replaces the resource.
pub(crate) const CREATE_ONLY: u8 = 2;
/// `readOnlyProperties`: an attribute CloudFormation returns, never written.
pub(crate) const READ_ONLY: u8 = 4;
/// `writeOnlyProperties`: written, never read back.
pub(crate) const WRITE_ONLY: u8 = 8;

/// A resource type, the node of its `Properties`, and its `createOnlyProperties` in the
/// schema's order (paths below `Properties`, `/`-separated, `*` for every element of a list;
/// the same properties carry `CREATE_ONLY` in the tree).
pub(crate) struct Type {
    pub name: &'static str,
    pub root: u16,
    pub create_only: &'static [&'static str],
}

/// A value of an `enum`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lit {
    /// A string.
    Str(&'static str),
    /// A number.
    Num(f64),
}

/// An `if: { required: [...] }, then: …` entry of `allOf` (with `not` when `negate`).
pub(crate) struct Cond {
    pub required: &'static [&'static str],
    pub negate: bool,
    pub then: u16,
}

/// A named property of an object node.
pub(crate) struct Prop {
    pub name: &'static str,
    pub node: u16,
    pub flags: u8,
}

/// The constraints on one value. Links (`items`, `Prop::node`, …) are indices into `NODES`;
/// `pattern` is an index into `PATTERNS`.
pub(crate) struct Node {
    pub types: u8,
    pub enum_values: &'static [Lit],
    pub min_length: Option<u32>,
    pub max_length: Option<u32>,
    pub pattern: Option<u16>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub min_items: Option<u32>,
    pub max_items: Option<u32>,
    pub unique_items: bool,
    pub items: Option<u16>,
    pub properties: &'static [Prop],
    pub pattern_properties: &'static [(u16, u16)],
    /// `additionalProperties: false`.
    pub closed: bool,
    pub min_properties: Option<u32>,
    pub max_properties: Option<u32>,
    pub all_of: &'static [Cond],
    pub any_of: &'static [u16],
}

/// A node without constraints; the generated nodes list only what differs from it.
pub(crate) const ANY: Node = Node {
    types: 0,
    enum_values: &[],
    min_length: None,
    max_length: None,
    pattern: None,
    minimum: None,
    maximum: None,
    min_items: None,
    max_items: None,
    unique_items: false,
    items: None,
    properties: &[],
    pattern_properties: &[],
    closed: false,
    min_properties: None,
    max_properties: None,
    all_of: &[],
    any_of: &[],
};
