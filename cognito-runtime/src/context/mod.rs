//! The second layer: the contexts of the two passes and what they let a resource ask of the
//! others. `check` (where a rule is, how it reports), `synth` (where elements go, logical
//! ids), `facts` (the narrow interface to the other items, which the stack implements), and
//! the knowledge several kinds of item share: rule helpers, belonging to a pool, grants, the
//! items the CDK has only as `Cfn*` classes (`cfn`). Uses only `core`.

pub(crate) mod cfn;
pub(crate) mod check;
pub(crate) mod facts;
pub(crate) mod grants;
pub(crate) mod pool;
pub(crate) mod rules;
pub(crate) mod schema;
pub(crate) mod synth;
