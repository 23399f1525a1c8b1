use cognito::cognito;

fn main() {
    let _ = cognito! {
        cfn_resource admins { type: "AWS::Cognito::UserPoolGroups", properties: { GroupName: "admins" } }
    };
}
