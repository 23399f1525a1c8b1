//! `replica` (`CfnUserPoolReplica`): parity with the AWS CDK through the builders and through
//! `cognito!`, and one test per rule.

mod common;

use cognito::*;
use common::*;

const ARN: &str = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123XYZ";

fn replica(region: &str) -> UserPoolReplica {
    UserPoolReplica { region_name: region.into(), user_pool_tags_at_create: None }
}

fn us_east_1() -> Env {
    Env { account: Some("123456789012".into()), region: Some("us-east-1".into()) }
}

mod builders {
    use super::*;

    #[test]
    fn x_replica() {
        let mut s = Stack::new("Stack").with_env(us_east_1());
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc123XYZ".into()));
        s.add_child(pool, "West", replica("us-west-2"));
        assert_parity(&s, "x_replica");
    }

    #[test]
    fn x_replica_tags() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", ImportedUserPool::FromArn(ARN.into()));
        let tags = vec![("team".to_owned(), "identity".into()), ("cost-center".to_owned(), "4711".into())];
        let frankfurt = UserPoolReplica { user_pool_tags_at_create: Some(tags), ..replica("eu-central-1") };
        s.add_child(pool, "Frankfurt", frankfurt);
        s.add_child(pool, "Stockholm", replica("eu-north-1"));
        s.add_stack_tag("team", "platform");
        s.add_stack_tag("env", "prod");
        assert_parity(&s, "x_replica_tags");
    }
}

mod dsl {
    use super::*;

    #[test]
    fn x_replica() {
        let stack = cognito! {
            stack Stack {
                env: { account: "123456789012", region: "us-east-1" },
                user_pool Pool = from_user_pool_id("us-east-1_abc123XYZ") {
                    replica West { region_name: "us-west-2" }
                }
            }
        };
        assert_parity(&stack, "x_replica");
    }

    #[test]
    fn x_replica_tags() {
        let stack = cognito! {
            stack Stack {
                tags: { team: "platform", env: "prod" },
                user_pool Pool = from_user_pool_arn("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123XYZ") {
                    replica Frankfurt {
                        region_name: "eu-central-1",
                        user_pool_tags_at_create: { team: "identity", "cost-center": "4711" },
                    }
                    replica Stockholm { region_name: "eu-north-1" }
                }
            }
        };
        assert_parity(&stack, "x_replica_tags");
    }
}

mod rules {
    use super::*;

    /// An imported pool of `eu-west-1` with `replica` in it.
    fn imported_with(replicas: &[(&str, &str)]) -> Stack {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", ImportedUserPool::FromArn(ARN.into()));
        for (id, region) in replicas {
            s.add_child(pool, *id, replica(region));
        }
        s
    }

    #[test]
    fn parent() {
        let mut s = Stack::new("Stack");
        s.add("West", replica("us-west-2"));
        let m = violation(&s, "cfn_item.parent", "");
        assert_eq!(m, "a `replica` belongs to a user pool: declare it inside `user_pool … { }`");
    }

    #[test]
    fn region_name() {
        let m = violation(&imported_with(&[("West", "US West")]), "replica.region_name", "region_name");
        assert_eq!(
            m,
            "`region_name` must be an AWS Region such as `eu-central-1` (got \"US West\"); Cognito rejects it at deploy time"
        );
        assert!(imported_with(&[("Gov", "us-gov-west-1")]).check().is_empty());
    }

    #[test]
    fn another_region() {
        let m = violation(&imported_with(&[("Home", "eu-west-1")]), "replica.region", "region_name");
        assert_eq!(
            m,
            "`region_name` is \"eu-west-1\", the Region the pool is in; a replica goes to another Region. Cognito rejects it at deploy time"
        );
        let mut s = Stack::new("Stack").with_env(us_east_1());
        let pool = s.add("Pool", ImportedUserPool::FromId("us-east-1_abc".into()));
        s.add_child(pool, "Home", replica("us-east-1"));
        assert_eq!(violation(&s, "replica.region", "region_name"), m.replace("eu-west-1", "us-east-1"));
    }

    #[test]
    fn one_per_region() {
        let s = imported_with(&[("Frankfurt", "eu-central-1"), ("Again", "eu-central-1")]);
        let found: Vec<Violation> = s.check().into_iter().filter(|v| v.rule == "replica.duplicate").collect();
        let [v] = found.as_slice() else { panic!("expected one violation: {found:#?}") };
        assert_eq!((v.item.as_str(), v.path.as_str()), ("Pool/Again", "region_name"));
        assert_eq!(
            v.message,
            "the pool already has a replica in \"eu-central-1\" (`Pool/Frankfurt`), and a pool has one replica per Region; keep one. CloudFormation rejects the second at deploy time (it already exists)"
        );
    }

    #[test]
    fn plan() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool { feature_plan: Some(FeaturePlan::Lite), ..Default::default() });
        s.add_child(pool, "West", replica("us-west-2"));
        let m = violation(&s, "replica.plan", "");
        assert_eq!(
            m,
            "multi-Region replication is not available on the LITE feature plan; set the pool's `feature_plan` to ESSENTIALS or PLUS. Cognito rejects the replica at deploy time"
        );
        // One mistake, one error: the pool's multi-Region settings wait for a plan that allows replicas.
        assert_eq!(s.check().len(), 1, "{:#?}", s.check());
    }

    #[test]
    fn pool_settings() {
        let mut s = Stack::new("Stack");
        let pool = s.add("Pool", UserPool::default());
        s.add_child(pool, "West", replica("us-west-2"));
        let m = violation(&s, "replica.pool_settings", "");
        assert_eq!(
            m,
            "a replica needs its pool encrypted with a multi-Region customer managed KMS key and on the multi-Region issuer, which a `user_pool` created here does not set (the CDK's `UserPool` has no props for them); configure them on the pool, then declare the replica in `user_pool … = from_user_pool_id(\"…\") { replica … }`. Cognito rejects the replica at deploy time"
        );
    }

    #[test]
    fn schema_violation_at_the_setting() {
        let m = violation(
            &imported_with(&[("Far", "ap-southeastnorthwesterncentral-9")]),
            "schema.resource",
            "region_name",
        );
        assert_eq!(
            m,
            "`region_name` must be 5 to 32 characters long (got 33); CloudFormation rejects it at deploy time (the `AWS::Cognito::UserPoolReplica` schema, `RegionName`)"
        );
    }
}
