//! `role`: an `aws_iam.Role` assumed by a service or a federated identity provider, as the
//! CDK renders it.

use crate::check::{Check, Issue};
use crate::json::{Json, Obj};
use crate::stack::{NodeId, Synth};
use crate::value::Value;

/// The props table of `role`: the single source of its fields (see [`crate::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __role_props {
    ($cb:path) => {
        $cb! {
        /// The props of an IAM role.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Role "role" {
            /// `assumedBy`.
            [required] assumed_by: Principal,
            /// `roleName`.
            role_name: Option<Value>,
            /// `description`.
            description: Option<Value>,
        }
        }
    };
}

__role_props!(crate::define_props);

/// Who may assume a role.
#[derive(Clone, Debug, PartialEq)]
pub enum Principal {
    /// `new ServicePrincipal(service)`: a bare name gets `.amazonaws.com` appended, as the
    /// CDK does.
    Service(String),
    /// `new FederatedPrincipal(federated, conditions, assumeRoleAction)`, e.g. Cognito
    /// identity pools: `cognito-identity.amazonaws.com` with `sts:AssumeRoleWithWebIdentity`.
    Federated {
        /// The federated identity provider.
        federated: String,
        /// The conditions: operator (`StringEquals`) → condition key → value(s), in the
        /// order written; none renders no `Condition`.
        conditions: Vec<(String, Vec<(String, ConditionValue)>)>,
        /// The action (the CDK's default is `sts:AssumeRole`).
        assume_role_action: String,
    },
}

/// The value of an IAM condition key: one value, or a list (rendered as written).
#[derive(Clone, Debug, PartialEq)]
pub enum ConditionValue {
    /// `"authenticated"`, or a value such as an identity pool's id.
    One(Value),
    /// `["a", "b"]`.
    List(Vec<Value>),
}

impl Default for ConditionValue {
    fn default() -> ConditionValue {
        ConditionValue::One(Value::default())
    }
}

impl From<&str> for ConditionValue {
    fn from(s: &str) -> ConditionValue {
        ConditionValue::One(s.into())
    }
}
impl From<String> for ConditionValue {
    fn from(s: String) -> ConditionValue {
        ConditionValue::One(s.into())
    }
}
impl From<Value> for ConditionValue {
    fn from(v: Value) -> ConditionValue {
        ConditionValue::One(v)
    }
}
impl From<Vec<Value>> for ConditionValue {
    fn from(vs: Vec<Value>) -> ConditionValue {
        ConditionValue::List(vs)
    }
}

impl Default for Principal {
    fn default() -> Principal {
        Principal::Service(String::new())
    }
}

impl Principal {
    fn statement(&self, cx: &Synth) -> Json {
        let mut statement = Obj::new();
        match self {
            Principal::Service(service) => {
                let service =
                    if service.contains('.') { service.clone() } else { format!("{service}.amazonaws.com") };
                statement.insert("Action", "sts:AssumeRole");
                statement.insert("Effect", "Allow");
                statement.insert("Principal", Json::obj1("Service", service));
            }
            Principal::Federated { federated, conditions, assume_role_action } => {
                statement.insert("Action", assume_role_action.clone());
                if !conditions.is_empty() {
                    let mut condition = Obj::new();
                    for (operator, keys) in conditions {
                        let mut o = Obj::new();
                        for (key, value) in keys {
                            let value = match value {
                                ConditionValue::One(v) => cx.value(v),
                                ConditionValue::List(vs) => {
                                    Json::Arr(vs.iter().map(|v| cx.value(v)).collect())
                                }
                            };
                            o.insert(key.clone(), value);
                        }
                        condition.insert(operator.clone(), o);
                    }
                    statement.insert("Condition", condition);
                }
                statement.insert("Effect", "Allow");
                statement.insert("Principal", Json::obj1("Federated", federated.clone()));
            }
        }
        Json::Obj(statement)
    }
}

impl Role {
    pub(crate) fn check(&self, cx: &mut Check) {
        match &self.assumed_by {
            Principal::Service(service) if service.is_empty() => cx.push(Issue::new(
                "role.assumed_by.empty",
                "assumed_by",
                "`assumed_by` must name a service, e.g. `service_principal(\"cognito-idp.amazonaws.com\")`",
            )),
            Principal::Federated { federated, .. } if federated.is_empty() => cx.push(Issue::new(
                "role.assumed_by.empty",
                "assumed_by",
                "`federated_principal` must name the identity provider, e.g. `federated_principal(\"cognito-identity.amazonaws.com\", {}, \"sts:AssumeRoleWithWebIdentity\")`",
            )),
            Principal::Federated { assume_role_action, .. } if assume_role_action.is_empty() => cx.push(Issue::new(
                "role.assumed_by.empty",
                "assumed_by",
                "the action of `federated_principal` must not be empty; Cognito identity pools use `\"sts:AssumeRoleWithWebIdentity\"`",
            )),
            _ => {}
        }
        cx.values(self);
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let mut props = Obj::new();
        props.insert("AssumeRolePolicyDocument", policy_document(vec![self.assumed_by.statement(cx)]));
        props.insert_opt("Description", self.description.as_ref().map(|v| cx.value(v)));
        props.insert_opt("RoleName", self.role_name.as_ref().map(|v| cx.value(v)));
        let mut role = Obj::new();
        role.insert("Type", "AWS::IAM::Role");
        role.insert("Properties", props);
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(role));
        crate::grant::default_policy(cx, node, &["Resource"]);
    }
}

/// `{"Statement": statements, "Version": "2012-10-17"}`.
pub(crate) fn policy_document(statements: Vec<Json>) -> Json {
    let mut doc = Obj::new();
    doc.insert("Statement", Json::Arr(statements));
    doc.insert("Version", "2012-10-17");
    Json::Obj(doc)
}

/// A federated principal's conditions sit at `conditions.OPERATOR.KEY` (each value of a
/// list at the key's path).
impl crate::table::Walk for Principal {
    fn walk(&self, w: &mut crate::table::Walker) {
        if let Principal::Federated { conditions, .. } = self {
            for (operator, keys) in conditions {
                for (key, value) in keys {
                    w.at(&format!("conditions.{operator}.{key}"), value);
                }
            }
        }
    }
}

impl crate::table::Walk for ConditionValue {
    fn walk(&self, w: &mut crate::table::Walker) {
        match self {
            ConditionValue::One(v) => v.walk(w),
            ConditionValue::List(vs) => vs.iter().for_each(|v| v.walk(w)),
        }
    }
}

/// The AWS CDK's `mergeStatements` under `@aws-cdk/aws-iam:minimizePolicies`, for statements
/// of `Action`, `Effect` and `Resource` (what grants write): two statements of the same effect
/// that share their actions or their resources become one, with the union of the others,
/// de-duplicated and sorted as JavaScript sorts strings; passes repeat until nothing merges.
/// Resources that are references keep their order (the CDK sorts their token strings, which
/// follow creation order).
pub(crate) fn merge_statements(statements: Vec<Json>) -> Vec<Json> {
    let mut parts: Vec<(Json, Vec<Json>, Vec<Json>)> = statements.iter().filter_map(split).collect();
    if parts.len() != statements.len() {
        return statements;
    }
    let mut merged = true;
    while merged {
        merged = false;
        let mut i = 0;
        while i < parts.len() {
            let mut j = i + 1;
            while j < parts.len() {
                let (a, b) = (&parts[i], &parts[j]);
                let combinable = a.0 == b.0 && (same_set(&a.1, &b.1) || same_set(&a.2, &b.2));
                if combinable {
                    let b = parts.remove(j);
                    let a = &mut parts[i];
                    a.1 = union_sorted(&a.1, &b.1);
                    a.2 = union_sorted(&a.2, &b.2);
                    merged = true;
                } else {
                    j += 1;
                }
            }
            i += 1;
        }
    }
    parts.into_iter().map(|(effect, actions, resources)| join(effect, actions, resources)).collect()
}

/// A statement's effect, actions and resources; `None` for one with anything else.
fn split(statement: &Json) -> Option<(Json, Vec<Json>, Vec<Json>)> {
    let Json::Obj(o) = statement else { return None };
    let mut parts = (None, Vec::new(), Vec::new());
    for (key, value) in &o.0 {
        let list = |v: &Json| match v {
            Json::Arr(items) => items.clone(),
            one => vec![one.clone()],
        };
        match key.as_ref() {
            "Effect" => parts.0 = Some(value.clone()),
            "Action" => parts.1 = list(value),
            "Resource" => parts.2 = list(value),
            _ => return None,
        }
    }
    Some((parts.0?, parts.1, parts.2))
}

fn join(effect: Json, actions: Vec<Json>, resources: Vec<Json>) -> Json {
    let one_or_list = |mut v: Vec<Json>| if v.len() == 1 { v.remove(0) } else { Json::Arr(v) };
    let mut statement = Obj::new();
    statement.insert("Action", one_or_list(actions));
    statement.insert("Effect", effect);
    statement.insert("Resource", one_or_list(resources));
    Json::Obj(statement)
}

fn same_set(a: &[Json], b: &[Json]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// `Array.from(new Set([...a, ...b])).sort()`: strings in UTF-16 order; other values (references)
/// after them, in their first order.
fn union_sorted(a: &[Json], b: &[Json]) -> Vec<Json> {
    let mut out: Vec<Json> = Vec::with_capacity(a.len() + b.len());
    for v in a.iter().chain(b) {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out.sort_by(|x, y| match (x, y) {
        (Json::Str(x), Json::Str(y)) => x.encode_utf16().cmp(y.encode_utf16()),
        (Json::Str(_), _) => std::cmp::Ordering::Less,
        (_, Json::Str(_)) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    out
}
