use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            user_pool Pool {
                group "Editors" {
                    group_name: "editors",
                }
                // AWS::Cognito::UserPoolUser: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource Alice {
                    type: "AWS::Cognito::UserPoolUser",
                    properties: {
                        UserPoolId: reference("PoolD3F588B8"),
                        Username: "alice",
                        MessageAction: "SUPPRESS",
                    },
                    // AWS::Cognito::UserPoolUserToGroupAttachment: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Editors" {
                        type: "AWS::Cognito::UserPoolUserToGroupAttachment",
                        properties: {
                            GroupName: reference("PoolEditorsA66A77AC"),
                            Username: reference("PoolAlice3452D087"),
                            UserPoolId: reference("PoolD3F588B8"),
                        },
                    }
                    construct Audit {
                        // AWS::Logs::LogGroup: as CloudFormation has it (no item of the importer gives this resource)
                        cfn_resource Trail {
                            type: "AWS::Logs::LogGroup",
                            properties: { RetentionInDays: 30 },
                        }
                    }
                }
            }
        }
    };
    cognito::cli::main(&stack);
}
