//! `role`: an `aws_iam.Role` assumed by a service or a federated identity provider, as the
//! CDK renders it.

use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::cfn::policy_document;
use crate::core::json::{Json, Obj};
use crate::core::node::NodeId;
pub use crate::core::policy::ConditionValue;
use crate::core::policy::conditions_json;
use crate::core::value::Value;

/// The props table of `role`: the single source of its fields (see [`crate::core::table`]).
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
                    statement.insert("Condition", conditions_json(conditions, |v| cx.value(v)));
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
        if let Some(v) = &self.role_name {
            role_name_schema(v, cx);
        }
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
        crate::context::grants::default_policy(cx, node, &["Resource"]);
    }
}

/// A federated principal's conditions sit at `conditions.OPERATOR.KEY` (each value of a
/// list at the key's path).
impl crate::core::table::Walk for Principal {
    fn walk(&self, w: &mut crate::core::table::Walker) {
        if let Principal::Federated { conditions, .. } = self {
            for (operator, keys) in conditions {
                for (key, value) in keys {
                    w.at(&format!("conditions.{operator}.{key}"), value);
                }
            }
        }
    }
}

/// CloudFormation schema (`AWS::IAM::Role.RoleName`): 1 to 64 of `[\w+=,.@-]`.
fn role_name_schema(name: &Value, cx: &mut Check) {
    let property = ("AWS::IAM::Role", ["RoleName"].as_slice());
    crate::context::schema::literal(cx, "role.role_name", "role_name", property, name);
}
