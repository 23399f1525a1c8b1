use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            construct auth_challenge_fn {
                construct ServiceRole {
                    // AWS::IAM::Role: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::IAM::Role",
                        properties: {
                            AssumeRolePolicyDocument: {
                                Statement: [
                                    {
                                        Action: "sts:AssumeRole",
                                        Effect: "Allow",
                                        Principal: { Service: "lambda.amazonaws.com" },
                                    },
                                ],
                                Version: "2012-10-17",
                            },
                            ManagedPolicyArns: [
                                join("", ["arn:", reference("AWS::Partition"), ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]),
                            ],
                        },
                    }
                }
                // AWS::Lambda::Function: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource "Resource" {
                    type: "AWS::Lambda::Function",
                    properties: {
                        Code: { ZipFile: "exports.handler = async () => {}" },
                        Handler: "index.handler",
                        Role: get_att("authchallengefnServiceRole6AD17C2B", "Arn"),
                        Runtime: "nodejs20.x",
                    },
                    overrides: { DependsOn: ["authchallengefnServiceRole6AD17C2B"] },
                }
                construct LogGroup {
                    // AWS::Logs::LogGroup: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::Logs::LogGroup",
                        properties: {
                            LogGroupName: join("", ["/aws/lambda/", reference("authchallengefn9F42F2A7")]),
                            RetentionInDays: 731,
                        },
                        overrides: { UpdateReplacePolicy: "Retain", DeletionPolicy: "Retain" },
                    }
                }
            }
            construct myuserpool {
                // AWS::Lambda::Permission: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource CreateAuthChallengeCognito {
                    type: "AWS::Lambda::Permission",
                    properties: {
                        Action: "lambda:InvokeFunction",
                        FunctionName: get_att("authchallengefn9F42F2A7", "Arn"),
                        Principal: "cognito-idp.amazonaws.com",
                        SourceArn: get_att("myuserpool01998219", "Arn"),
                    },
                }
                // AWS::Cognito::UserPool: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource "Resource" {
                    type: "AWS::Cognito::UserPool",
                    properties: {
                        AccountRecoverySetting: {
                            RecoveryMechanisms: [
                                { Name: "verified_phone_number", Priority: 1 },
                                { Name: "verified_email", Priority: 2 },
                            ],
                        },
                        AdminCreateUserConfig: {
                            AllowAdminCreateUserOnly: false,
                            InviteMessageTemplate: {
                                EmailMessage: "Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}",
                                EmailSubject: "Invite to join our awesome app!",
                                SMSMessage: "Your temporary password for our awesome app is {####}",
                            },
                        },
                        AliasAttributes: ["email"],
                        AutoVerifiedAttributes: ["email", "phone_number"],
                        EmailConfiguration: {
                            From: "noreply@myawesomeapp.com",
                            ReplyToEmailAddress: "support@myawesomeapp.com",
                        },
                        EmailVerificationMessage: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                        EmailVerificationSubject: "Verify your email for our awesome app!",
                        EnabledMfas: ["SMS_MFA", "SOFTWARE_TOKEN_MFA"],
                        LambdaConfig: { CreateAuthChallenge: get_att("authchallengefn9F42F2A7", "Arn") },
                        MfaConfiguration: "ON",
                        Policies: {
                            PasswordPolicy: {
                                MinimumLength: 12,
                                RequireLowercase: true,
                                RequireNumbers: true,
                                RequireSymbols: true,
                                RequireUppercase: true,
                                TemporaryPasswordValidityDays: 3,
                            },
                        },
                        Schema: [
                            { Mutable: true, Name: "name", Required: true },
                            { Mutable: true, Name: "address", Required: true },
                            {
                                AttributeDataType: "String",
                                Name: "myappid",
                                StringAttributeConstraints: { MaxLength: "15", MinLength: "5" },
                            },
                            {
                                AttributeDataType: "Number",
                                Name: "callingcode",
                                NumberAttributeConstraints: { MaxValue: "3", MinValue: "1" },
                            },
                            { AttributeDataType: "Boolean", Name: "is_employee" },
                            { AttributeDataType: "DateTime", Name: "joined_on" },
                        ],
                        SmsConfiguration: {
                            ExternalId: "c87467be-4f34-11ea-b77f-2e728ce88125",
                            SnsCallerArn: "arn:aws:iam::123456789012:role/userpoolsmsrole",
                        },
                        SmsVerificationMessage: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                        UserPoolName: "myawesomeapp-userpool",
                        VerificationMessageTemplate: {
                            DefaultEmailOption: "CONFIRM_WITH_CODE",
                            EmailMessage: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                            EmailSubject: "Verify your email for our awesome app!",
                            SmsMessage: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                        },
                    },
                    overrides: { UpdateReplacePolicy: "Retain", DeletionPolicy: "Retain" },
                }
                construct "customer-app-client" {
                    // AWS::Cognito::UserPoolClient: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::Cognito::UserPoolClient",
                        properties: {
                            AllowedOAuthFlows: ["code"],
                            AllowedOAuthFlowsUserPoolClient: true,
                            AllowedOAuthScopes: ["openid"],
                            CallbackURLs: ["https://my-app-domain.com/welcome"],
                            ExplicitAuthFlows: [
                                "ALLOW_USER_PASSWORD_AUTH",
                                "ALLOW_USER_SRP_AUTH",
                                "ALLOW_REFRESH_TOKEN_AUTH",
                            ],
                            SupportedIdentityProviders: ["COGNITO"],
                            UserPoolId: reference("myuserpool01998219"),
                        },
                    }
                }
            }
            construct "other-awesome-user-pool" {
                construct web {
                    // AWS::Cognito::UserPoolClient: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::Cognito::UserPoolClient",
                        properties: {
                            AllowedOAuthFlows: ["implicit", "code"],
                            AllowedOAuthFlowsUserPoolClient: true,
                            AllowedOAuthScopes: [
                                "profile",
                                "phone",
                                "email",
                                "openid",
                                "aws.cognito.signin.user.admin",
                            ],
                            CallbackURLs: ["https://example.com"],
                            ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                            SupportedIdentityProviders: ["COGNITO"],
                            UserPoolId: "us-east-1_mtRyYQ14D",
                        },
                    }
                }
            }
            construct "customer-app-client" {
                // AWS::Cognito::UserPoolClient: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource "Resource" {
                    type: "AWS::Cognito::UserPoolClient",
                    properties: {
                        AllowedOAuthFlows: ["implicit", "code"],
                        AllowedOAuthFlowsUserPoolClient: true,
                        AllowedOAuthScopes: [
                            "profile",
                            "phone",
                            "email",
                            "openid",
                            "aws.cognito.signin.user.admin",
                        ],
                        CallbackURLs: ["https://example.com"],
                        SupportedIdentityProviders: ["COGNITO"],
                        UserPoolId: "us-east-1_oiuR12Abd",
                    },
                }
            }
        }
    };
    cognito::cli::main(&stack);
}
