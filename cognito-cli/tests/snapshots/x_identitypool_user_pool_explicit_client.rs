use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            user_pool Pool {
                client Client {}
            }
            construct IdentityPool {
                // AWS::Cognito::IdentityPool: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource "Resource" {
                    type: "AWS::Cognito::IdentityPool",
                    properties: {
                        AllowUnauthenticatedIdentities: false,
                        CognitoIdentityProviders: [
                            {
                                ClientId: reference("PoolClient8A3E5EB7"),
                                ProviderName: join("", ["cognito-idp.", reference("AWS::Region"), ".", reference("AWS::URLSuffix"), "/", reference("PoolD3F588B8")]),
                                ServerSideTokenCheck: false,
                            },
                        ],
                    },
                    overrides: { DependsOn: ["PoolClient8A3E5EB7", "PoolD3F588B8"] },
                }
                construct AuthenticatedRole {
                    // AWS::IAM::Role: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::IAM::Role",
                        properties: {
                            AssumeRolePolicyDocument: {
                                Statement: [
                                    {
                                        Action: "sts:AssumeRoleWithWebIdentity",
                                        Condition: {
                                            StringEquals: {
                                                "cognito-identity.amazonaws.com:aud": reference("IdentityPoolEC8A1A0D"),
                                            },
                                            "ForAnyValue:StringLike": {
                                                "cognito-identity.amazonaws.com:amr": "authenticated",
                                            },
                                        },
                                        Effect: "Allow",
                                        Principal: { Federated: "cognito-identity.amazonaws.com" },
                                    },
                                ],
                                Version: "2012-10-17",
                            },
                            Description: join("", ["Default Authenticated Role for Identity Pool ", get_att("IdentityPoolEC8A1A0D", "Name")]),
                        },
                        overrides: { DependsOn: ["PoolClient8A3E5EB7", "PoolD3F588B8"] },
                    }
                }
                construct UnauthenticatedRole {
                    // AWS::IAM::Role: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::IAM::Role",
                        properties: {
                            AssumeRolePolicyDocument: {
                                Statement: [
                                    {
                                        Action: "sts:AssumeRoleWithWebIdentity",
                                        Condition: {
                                            StringEquals: {
                                                "cognito-identity.amazonaws.com:aud": reference("IdentityPoolEC8A1A0D"),
                                            },
                                            "ForAnyValue:StringLike": {
                                                "cognito-identity.amazonaws.com:amr": "unauthenticated",
                                            },
                                        },
                                        Effect: "Allow",
                                        Principal: { Federated: "cognito-identity.amazonaws.com" },
                                    },
                                ],
                                Version: "2012-10-17",
                            },
                            Description: join("", ["Default Unauthenticated Role for Identity Pool ", get_att("IdentityPoolEC8A1A0D", "Name")]),
                        },
                        overrides: { DependsOn: ["PoolClient8A3E5EB7", "PoolD3F588B8"] },
                    }
                }
                construct DefaultRoleAttachment {
                    // AWS::Cognito::IdentityPoolRoleAttachment: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::Cognito::IdentityPoolRoleAttachment",
                        properties: {
                            IdentityPoolId: reference("IdentityPoolEC8A1A0D"),
                            Roles: {
                                authenticated: get_att("IdentityPoolAuthenticatedRole42131CF5", "Arn"),
                                unauthenticated: get_att("IdentityPoolUnauthenticatedRole68AEFF8B", "Arn"),
                            },
                        },
                        overrides: { DependsOn: ["PoolClient8A3E5EB7", "PoolD3F588B8"] },
                    }
                }
            }
        }
    };
    cognito::cli::main(&stack);
}
