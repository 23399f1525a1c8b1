//! `replica`: a copy of the pool in another Region, for multi-Region replication
//! (`AWS::Cognito::UserPoolReplica`, the CDK's `CfnUserPoolReplica`).

use crate::context::cfn::{ToCfn, check_in_pool, render_in_pool, sort_tags};
use crate::context::check::{Check, Issue};
use crate::context::synth::Synth;
use crate::core::env::is_region;
use crate::core::error::Target;
use crate::core::json::Json;
use crate::core::node::NodeId;
use crate::core::value::Value;

/// The props table of `replica`: CloudFormation's own props (see [`crate::core::table`]).
#[macro_export]
#[doc(hidden)]
macro_rules! __replica_props {
    ($cb:path) => {
        $cb! {
        /// `AWS::Cognito::UserPoolReplica`: a replica of the enclosing pool (its `UserPoolId`).
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct UserPoolReplica "replica" {
            /// `RegionName`: the replica's Region, another than the pool's (`eu-central-1`).
            [required] region_name: Value = "RegionName",
            /// `UserPoolTagsAtCreate`: the replica's tags (the stack's tags join them).
            user_pool_tags_at_create: Option<Vec<(String, Value)>> = "UserPoolTagsAtCreate",
        }
        }
    };
}

__replica_props!(crate::define_cfn_props);

impl UserPoolReplica {
    pub(crate) fn synth(&self, cx: &mut Synth, node: NodeId) {
        let Some(mut props) = self.to_cfn(cx).and_then(Json::into_obj) else { return };
        sort_tags(&mut props, "UserPoolTagsAtCreate");
        render_in_pool(cx, node, "AWS::Cognito::UserPoolReplica", props);
    }

    pub(crate) fn check(&self, cx: &mut Check) {
        cx.values(self);
        let Some(pool) = check_in_pool(cx, "replica") else { return };
        let Some(region) = self.region_name.literal() else { return };
        if region_shape(region, cx) {
            another_region(region, pool, cx);
            one_per_region(region, pool, cx);
        }
        // One mistake, one error: the pool's settings matter once its plan allows replicas.
        if plan(pool, cx) {
            pool_settings(pool, cx);
        }
    }
}

/// Cognito (`CreateUserPoolReplica`, `RegionName`: "The AWS Region where you want to create
/// the replica user pool"): a Region's name, `us-east-1`, `eu-central-1`, `us-gov-west-1`. True
/// when the rule holds.
fn region_shape(region: &str, cx: &mut Check) -> bool {
    if is_region(region) {
        return true;
    }
    cx.push(
        Issue::new(
            "replica.region_name",
            "region_name",
            format!("`region_name` must be an AWS Region such as `eu-central-1` (got {region:?}); Cognito rejects it at deploy time"),
        )
        .value(format!("{region:?}")),
    );
    false
}

/// Cognito (multi-Region replication: a replica is "a replica user pool in an additional AWS
/// Region"): not the Region the pool is in (the stack's, for a pool it creates; the one its
/// id or ARN names, for an imported one).
fn another_region(region: &str, pool: NodeId, cx: &mut Check) {
    if cx.facts.pool_region(pool).as_deref() != Some(region) {
        return;
    }
    cx.push(
        Issue::new(
            "replica.region",
            "region_name",
            format!("`region_name` is {region:?}, the Region the pool is in; a replica goes to another Region. Cognito rejects it at deploy time"),
        )
        .value(format!("{region:?}")),
    );
}

/// CloudFormation (`AWS::Cognito::UserPoolReplica` is identified by `UserPoolId` and
/// `RegionName`): a pool has one replica per Region.
fn one_per_region(region: &str, pool: NodeId, cx: &mut Check) {
    let facts = cx.facts;
    let Some(me) = cx.node else { return };
    let same = |n: &&NodeId| {
        facts.props::<UserPoolReplica>(**n).is_some_and(|r| r.region_name.literal() == Some(region))
    };
    let Some(first) = facts.children(Some(pool)).iter().take_while(|n| **n != me).find(same) else { return };
    let first = facts.path(*first).join("/");
    cx.push(
        Issue::new(
            "replica.duplicate",
            "region_name",
            format!("the pool already has a replica in {region:?} (`{first}`), and a pool has one replica per Region; keep one. CloudFormation rejects the second at deploy time (it already exists)"),
        )
        .value(format!("{region:?}")),
    );
}

/// Cognito (multi-Region replication: "requires your user pool to be on the Essentials or
/// Plus feature plan. You can't enable MRR on user pools with the Lite feature plan"). True
/// when the rule holds.
fn plan(pool: NodeId, cx: &mut Check) -> bool {
    if cx.facts.feature_plan(pool) != Some("LITE") {
        return true;
    }
    cx.push(
        Issue::new(
            "replica.plan",
            "",
            "multi-Region replication is not available on the LITE feature plan; set the pool's `feature_plan` to ESSENTIALS or PLUS. Cognito rejects the replica at deploy time",
        )
        .reads(pool, "feature_plan")
        .target(Target::Id),
    );
    false
}

/// Cognito (multi-Region replication: "Before you enable replication, you must configure your
/// user pool with a multi-Region customer managed key", and it "must use a multi-Region OIDC
/// issuer"): a pool this stack creates has neither, as the CDK's `UserPool` has no props for
/// them (`KeyConfiguration`, `IssuerConfiguration`). An imported pool's are not known.
fn pool_settings(pool: NodeId, cx: &mut Check) {
    if cx.facts.feature_plan(pool).is_none() {
        return;
    }
    cx.push(
        Issue::new(
            "replica.pool_settings",
            "",
            "a replica needs its pool encrypted with a multi-Region customer managed KMS key and on the multi-Region issuer, which a `user_pool` created here does not set (the CDK's `UserPool` has no props for them); configure them on the pool, then declare the replica in `user_pool … = from_user_pool_id(\"…\") { replica … }`. Cognito rejects the replica at deploy time",
        )
        .target(Target::Id),
    );
}
