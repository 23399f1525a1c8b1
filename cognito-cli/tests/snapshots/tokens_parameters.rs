use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            parameter PoolName {
                type: "String",
            }
            parameter DomainPrefix {
                type: "String",
            }
            parameter EmailBody {
                type: "String",
            }
            construct pool {
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
                        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
                        EmailVerificationMessage: reference("EmailBody"),
                        EmailVerificationSubject: "Verify your new account",
                        SmsVerificationMessage: "The verification code to your new account is {####}",
                        UserPoolName: reference("PoolName"),
                        VerificationMessageTemplate: {
                            DefaultEmailOption: "CONFIRM_WITH_CODE",
                            EmailMessage: reference("EmailBody"),
                            EmailSubject: "Verify your new account",
                            SmsMessage: "The verification code to your new account is {####}",
                        },
                    },
                    overrides: { UpdateReplacePolicy: "Retain", DeletionPolicy: "Retain" },
                }
                construct domain {
                    // AWS::Cognito::UserPoolDomain: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource "Resource" {
                        type: "AWS::Cognito::UserPoolDomain",
                        properties: {
                            Domain: reference("DomainPrefix"),
                            UserPoolId: reference("pool056F3F7E"),
                        },
                    }
                }
            }
        }
    };
    cognito::cli::main(&stack);
}
