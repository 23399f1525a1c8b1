use cognito::cognito;

// A `cfn_resource` holds what a `construct` holds (`new CfnResource(user, ID, …)`); a client
// belongs to a pool, not to the resource.
fn main() {
    let _ = cognito! {
        user_pool Pool {
            cfn_resource Alice {
                type: "AWS::Cognito::UserPoolUser",
                properties: { UserPoolId: Pool.user_pool_id },
                client web {}
            }
        }
    };
}
