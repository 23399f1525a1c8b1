use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            feature_flags: RECOMMENDED,
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
                    depends_on: [ServiceRole],
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
            user_pool myuserpool {
                user_pool_name: "myawesomeapp-userpool",
                self_sign_up_enabled: true,
                user_verification: {
                    email_subject: "Verify your email for our awesome app!",
                    email_body: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                    sms_message: "Hello {username}, Thanks for signing up to our awesome app! Your verification code is {####}",
                },
                user_invitation: {
                    email_subject: "Invite to join our awesome app!",
                    email_body: "Hello {username}, you have been invited to join our awesome app! Your temporary password is {####}",
                    sms_message: "Your temporary password for our awesome app is {####}",
                },
                sign_in_aliases: { username, email },
                auto_verify: { email, phone },
                required_attributes: { fullname: true, address: true },
                custom_attributes: {
                    myappid: string { min_len: 5, max_len: 15 },
                    callingcode: number { min: 1, max: 3 },
                    is_employee: boolean,
                    joined_on: date_time,
                },
                sms_role: "arn:aws:iam::123456789012:role/userpoolsmsrole",
                sms_role_external_id: "c87467be-4f34-11ea-b77f-2e728ce88125",
                mfa: REQUIRED,
                mfa_second_factor: { sms, otp },
                password_policy: {
                    min_length: 12,
                    require_lowercase: true,
                    require_uppercase: true,
                    require_digits: true,
                    require_symbols: true,
                    temp_password_validity: days(3),
                },
                email_transmission: {
                    from: "noreply@myawesomeapp.com",
                    reply_to: "support@myawesomeapp.com",
                },
                // the template's own values where the settings above do not give them
                overrides: {
                    "Properties.LambdaConfig": {
                        CreateAuthChallenge: get_att("authchallengefn9F42F2A7", "Arn"),
                    },
                },
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
                client "customer-app-client" {
                    auth_flows: { user_password, user_srp },
                    o_auth: {
                        flows: { authorization_code_grant },
                        scopes: [OPENID],
                        callback_urls: ["https://my-app-domain.com/welcome"],
                    },
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
