//! `role`: an `aws_iam.Role` assumed by a service, as the CDK renders it.

use crate::check::{Check, Issue};
use crate::json::{Json, Obj};
use crate::stack::{NodeId, Synth};
use crate::value::Value;

/// The props of an IAM role.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Role {
    /// `assumedBy`.
    pub assumed_by: Principal,
    /// `roleName`.
    pub role_name: Option<Value>,
    /// `description`.
    pub description: Option<Value>,
}

/// Who may assume a role.
#[derive(Clone, Debug, PartialEq)]
pub enum Principal {
    /// `new ServicePrincipal(service)`: a bare name gets `.amazonaws.com` appended, as the
    /// CDK does.
    Service(String),
}

impl Default for Principal {
    fn default() -> Principal {
        Principal::Service(String::new())
    }
}

impl Principal {
    fn statement(&self) -> Json {
        let Principal::Service(service) = self;
        let service =
            if service.contains('.') { service.clone() } else { format!("{service}.amazonaws.com") };
        let mut statement = Obj::new();
        statement.insert("Action", "sts:AssumeRole");
        statement.insert("Effect", "Allow");
        statement.insert("Principal", Json::obj1("Service", service));
        Json::Obj(statement)
    }
}

impl Role {
    pub(crate) fn check(&self, cx: &mut Check) {
        let Principal::Service(service) = &self.assumed_by;
        if service.is_empty() {
            cx.push(Issue::new(
                "role.assumed_by.empty",
                "assumed_by",
                "`assumed_by` must name a service, e.g. `service_principal(\"cognito-idp.amazonaws.com\")`",
            ));
        }
        if let Some(v) = &self.role_name {
            cx.value("role_name", v);
        }
        if let Some(v) = &self.description {
            cx.value("description", v);
        }
    }

    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let mut props = Obj::new();
        props.insert("AssumeRolePolicyDocument", policy_document(vec![self.assumed_by.statement()]));
        props.insert_opt("Description", self.description.as_ref().map(|v| cx.value(v)));
        props.insert_opt("RoleName", self.role_name.as_ref().map(|v| cx.value(v)));
        let mut role = Obj::new();
        role.insert("Type", "AWS::IAM::Role");
        role.insert("Properties", props);
        cx.resource(cx.logical_id(node, &["Resource"]), Json::Obj(role));
    }
}

/// `{"Statement": statements, "Version": "2012-10-17"}`.
pub(crate) fn policy_document(statements: Vec<Json>) -> Json {
    let mut doc = Obj::new();
    doc.insert("Statement", Json::Arr(statements));
    doc.insert("Version", "2012-10-17");
    Json::Obj(doc)
}
