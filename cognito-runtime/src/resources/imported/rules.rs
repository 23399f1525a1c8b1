//! Rules of imported pools.

use crate::context::check::{Check, Issue};
use crate::core::arn::{resource_name, split_arn};

/// CloudFormation schema (`UserPoolId`: 1 to 55 characters, `^[\w-]+_[0-9a-zA-Z]+$`): an
/// imported pool id has the shape `<region>_<id>`.
pub(crate) fn user_pool_id_shape(id: &str, path: &str, cx: &mut Check) {
    let shape_ok = id.rsplit_once('_').is_some_and(|(region, rest)| {
        !region.is_empty()
            && region.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            && !rest.is_empty()
            && rest.chars().all(|c| c.is_ascii_alphanumeric())
    });
    if !shape_ok || id.is_empty() || id.len() > 55 {
        cx.push(
            Issue::new(
                "import.user_pool_id",
                path,
                format!(
                    "a user pool id has the shape `<region>_<id>`, such as `us-east-1_oiuR12Abd` (got {id:?})"
                ),
            )
            .value(format!("{id:?}")),
        );
    }
}

/// AWS CDK `UserPool.fromUserPoolArn` (an ARN with a resource name) and Cognito (the ARN of a
/// `cognito-idp` `userpool`; the CDK accepts any service, we do not).
pub(crate) fn user_pool_arn_shape(arn: &str, cx: &mut Check) {
    let path = "from_user_pool_arn";
    let example = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_oiuR12Abd";
    let Some(parts) = split_arn(arn) else {
        cx.push(
            Issue::new(
                "import.user_pool_arn",
                path,
                format!("`from_user_pool_arn` must be a user pool ARN such as `{example}` (got {arn:?})"),
            )
            .value(format!("{arn:?}")),
        );
        return;
    };
    let name = resource_name(parts.resource);
    let kind = parts.resource.split('/').next().unwrap_or_default();
    let problem = if parts.service != "cognito-idp" {
        Some(format!("it is the ARN of a `{}` resource, not of a Cognito user pool", parts.service))
    } else if kind != "userpool" {
        Some(format!("its resource type is `{kind}`, not `userpool`"))
    } else if name.is_empty() {
        Some("it has no user pool id after `userpool/`".to_owned())
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.push(
            Issue::new(
                "import.user_pool_arn",
                path,
                format!("`from_user_pool_arn` must be a user pool ARN such as `{example}`: {problem} (got {arn:?})"),
            )
            .value(format!("{arn:?}")),
        );
        return;
    }
    user_pool_id_shape(name, path, cx);
}
