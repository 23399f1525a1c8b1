use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            cfn_resource admins {
                type: "AWS::Cognito::UserPoolGroup",
                properties: { UserPoolId: pool.user_pool_id, GroupName: "admins", Precedence: -1 },
            }
        }
    };
}
