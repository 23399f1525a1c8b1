//! The AWS CDK's feature flags that change what `cognito!` emits. Apps made with `cdk init`
//! set the CDK's recommended flags in `cdk.json`; a stack built with the same flags gives the
//! same template.

/// The feature flags a stack is synthesized with. The default is a bare `new App()` (no flag
/// set), what the CDK's reference templates are made with.
///
/// ```
/// use cognito_runtime::{FeatureFlags, Stack};
///
/// let stack = Stack::new("Stack").with_feature_flags(FeatureFlags::recommended());
/// assert!(stack.feature_flags().lambda_log_groups);
/// let mut flags = FeatureFlags::default();
/// flags.set("@aws-cdk/core:enablePartitionLiterals", true)?;
/// assert!(flags.partition_literals);
/// assert!(flags.set("@aws-cdk/core:noSuchFlag", true).is_err());
/// # Ok::<(), String>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FeatureFlags {
    /// `@aws-cdk/aws-lambda:useCdkManagedLogGroup`: each function gets its own
    /// `AWS::Logs::LogGroup` (`/aws/lambda/<name>`, kept two years, retained on removal).
    pub lambda_log_groups: bool,
    /// `@aws-cdk/core:enablePartitionLiterals`: in a stack whose region is known, ARNs the
    /// stack formats carry the region's partition (`aws`) instead of `{"Ref": "AWS::Partition"}`.
    pub partition_literals: bool,
    /// `@aws-cdk/aws-iam:minimizePolicies`: the statements of a policy that differ only in
    /// their actions (or only in their resources) are merged into one, its actions (or
    /// resources) de-duplicated and sorted.
    pub minimize_policies: bool,
}

/// The flags this type models, by name.
const MODELLED: &[&str] = &[
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup",
    "@aws-cdk/core:enablePartitionLiterals",
    "@aws-cdk/aws-iam:minimizePolicies",
];

impl FeatureFlags {
    /// The flags `cdk init` writes into `cdk.json` (aws-cdk-lib 2.276.0's
    /// `CURRENTLY_RECOMMENDED_FLAGS`): of those, the ones that change what `cognito!` emits.
    pub fn recommended() -> FeatureFlags {
        FeatureFlags { lambda_log_groups: true, partition_literals: true, minimize_policies: true }
    }

    /// Sets the flag `name` (as the CDK spells it in `cdk.json`). A flag the CDK recommends
    /// that changes nothing `cognito!` emits is accepted and has no effect; an unknown name
    /// is an error.
    pub fn set(&mut self, name: &str, value: bool) -> Result<(), String> {
        match name {
            "@aws-cdk/aws-lambda:useCdkManagedLogGroup" => self.lambda_log_groups = value,
            "@aws-cdk/core:enablePartitionLiterals" => self.partition_literals = value,
            "@aws-cdk/aws-iam:minimizePolicies" => self.minimize_policies = value,
            _ if RECOMMENDED.contains(&name) => {}
            _ => {
                return Err(format!(
                    "`{name}` is not a feature flag of aws-cdk-lib 2.276.0; the flags that change what \
                     `cognito!` emits are {}",
                    MODELLED.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                ));
            }
        }
        Ok(())
    }
}

/// The names of aws-cdk-lib 2.276.0's recommended flags (`CURRENTLY_RECOMMENDED_FLAGS`).
const RECOMMENDED: &[&str] = &[
    "@aws-cdk-containers/ecs-service-extensions:enableDefaultLogDriver",
    "@aws-cdk/aws-apigateway:authorizerChangeDeploymentLogicalId",
    "@aws-cdk/aws-apigateway:disableCloudWatchRole",
    "@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard",
    "@aws-cdk/aws-apigateway:requestValidatorUniqueId",
    "@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission",
    "@aws-cdk/aws-appsync:useArnForSourceApiAssociationIdentifier",
    "@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig",
    "@aws-cdk/aws-batch:defaultToAL2023",
    "@aws-cdk/aws-cloudfront:defaultFunctionRuntimeV2_0",
    "@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps",
    "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction",
    "@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup",
    "@aws-cdk/aws-codepipeline-actions:useNewDefaultBranchForCodeCommitSource",
    "@aws-cdk/aws-codepipeline:crossAccountKeyAliasStackSafeResourceName",
    "@aws-cdk/aws-codepipeline:crossAccountKeysDefaultValueToFalse",
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2",
    "@aws-cdk/aws-dynamodb:resourcePolicyPerReplica",
    "@aws-cdk/aws-dynamodb:retainTableReplica",
    "@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault",
    "@aws-cdk/aws-ec2:ebsDefaultGp3Volume",
    "@aws-cdk/aws-ec2:ec2SumTImeoutEnabled",
    "@aws-cdk/aws-ec2:launchTemplateDefaultUserData",
    "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway",
    "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup",
    "@aws-cdk/aws-ec2:uniqueImdsv2TemplateName",
    "@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener",
    "@aws-cdk/aws-ecs-patterns:uniqueTargetGroupId",
    "@aws-cdk/aws-ecs:arnFormatIncludesClusterName",
    "@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker",
    "@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions",
    "@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm",
    "@aws-cdk/aws-ecs:removeEmptyLoadBalancers",
    "@aws-cdk/aws-efs:denyAnonymousAccess",
    "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId",
    "@aws-cdk/aws-eks:defaultToAL2023",
    "@aws-cdk/aws-eks:nodegroupNameAttribute",
    "@aws-cdk/aws-eks:useNativeOidcProvider",
    "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault",
    "@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault",
    "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy",
    "@aws-cdk/aws-events:eventsTargetQueueSameAccount",
    "@aws-cdk/aws-events:requireEventBusPolicySid",
    "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName",
    "@aws-cdk/aws-iam:minimizePolicies",
    "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections",
    "@aws-cdk/aws-kms:aliasNameRef",
    "@aws-cdk/aws-kms:applyImportedAliasPermissionsToPrincipal",
    "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope",
    "@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages",
    "@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion",
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy",
    "@aws-cdk/aws-lambda:recognizeLayerVersion",
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup",
    "@aws-cdk/aws-opensearchservice:enableOpensearchMultiAzWithStandby",
    "@aws-cdk/aws-rds:auroraClusterChangeScopeOfInstanceParameterGroupWithEachParameters",
    "@aws-cdk/aws-rds:databaseProxyUniqueResourceName",
    "@aws-cdk/aws-rds:preventRenderingDeprecatedCredentials",
    "@aws-cdk/aws-rds:setCorrectValueForDatabaseInstanceReadReplicaInstanceResourceId",
    "@aws-cdk/aws-redshift:columnId",
    "@aws-cdk/aws-route53-patterns:useDistribution",
    "@aws-cdk/aws-route53-patters:useCertificate",
    "@aws-cdk/aws-route53-targets:userPoolDomainNameMethodWithoutCustomResource",
    "@aws-cdk/aws-s3:createDefaultLoggingPolicy",
    "@aws-cdk/aws-s3:keepNotificationInImportedBucket",
    "@aws-cdk/aws-s3:publicAccessBlockedByDefault",
    "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy",
    "@aws-cdk/aws-s3:setUniqueReplicationRoleName",
    "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments",
    "@aws-cdk/aws-signer:signingProfileNamePassedToCfn",
    "@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption",
    "@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2",
    "@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy",
    "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2",
    "@aws-cdk/core:annotationsInValidationReport",
    "@aws-cdk/core:aspectPrioritiesMutating",
    "@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics",
    "@aws-cdk/core:checkSecretUsage",
    "@aws-cdk/core:defaultCrossStackReferences",
    "@aws-cdk/core:enableAdditionalMetadataCollection",
    "@aws-cdk/core:enablePartitionLiterals",
    "@aws-cdk/core:explicitStackTags",
    "@aws-cdk/core:includePrefixInUniqueNameGeneration",
    "@aws-cdk/core:target-partitions",
    "@aws-cdk/core:validateAgainstDefaultRules",
    "@aws-cdk/core:validateSnapshotRemovalPolicy",
    "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault",
    "@aws-cdk/customresources:installLatestAwsSdkDefault",
    "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions",
];

/// AWS CDK `RegionInfo` (`partition`): the partition of a region, by its prefix.
pub(crate) fn partition_of(region: &str) -> &'static str {
    const PREFIXES: &[(&str, &str)] = &[
        ("cn-", "aws-cn"),
        ("us-gov-", "aws-us-gov"),
        ("us-isob-", "aws-iso-b"),
        ("us-isof-", "aws-iso-f"),
        ("us-iso-", "aws-iso"),
        ("eu-isoe-", "aws-iso-e"),
        ("eusc-", "aws-eusc"),
    ];
    PREFIXES.iter().find(|(prefix, _)| region.starts_with(prefix)).map_or("aws", |(_, p)| p)
}
